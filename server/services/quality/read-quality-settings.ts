import "server-only";
import { DEFAULT_MAX_PENALTY_PER_1000_WORDS } from "@/domain/quality/mqm";
import type { Db, Tx } from "../../db";
import type { QualitySettingsDto } from "./quality-settings.schema";

/** The one row's id. */
export const QUALITY_SETTING_ID = "quality";

/** The threshold in force: the administrator's, else the default (version 0). */
export async function readQualitySettings(client: Db | Tx): Promise<QualitySettingsDto> {
  const row = await client.qualitySetting.findUnique({ where: { id: QUALITY_SETTING_ID }, select: { maxPenaltyPer1000Words: true, isBlocking: true, version: true } });
  return row ?? { maxPenaltyPer1000Words: DEFAULT_MAX_PENALTY_PER_1000_WORDS, isBlocking: false, version: 0 };
}
