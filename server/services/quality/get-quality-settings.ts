import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { QualitySettingsDto } from "./quality-settings.schema";
import { readQualitySettings } from "./read-quality-settings";

export async function getQualitySettings({ actor }: { actor: Actor }): Promise<QualitySettingsDto> {
  assertCan(actor, "quality:settings");
  return readQualitySettings(db);
}
