import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { updateQualitySettingsInput, type QualitySettingsDto } from "./quality-settings.schema";
import { QUALITY_SETTING_ID, readQualitySettings } from "./read-quality-settings";

/** Sets the quality threshold; the change and its audit event commit together. */
export async function updateQualitySettings({ actor, input }: { actor: Actor; input: unknown }): Promise<QualitySettingsDto> {
  assertCan(actor, "quality:settings");
  const { maxPenaltyPer1000Words, isBlocking, version } = parseInput(updateQualitySettingsInput, input);
  return db.$transaction(async (tx) => {
    const current = await readQualitySettings(tx);
    if (current.version !== version) throw new AppError("CONFLICT", { entity: "quality-settings" });
    if (current.maxPenaltyPer1000Words === maxPenaltyPer1000Words && current.isBlocking === isBlocking) return current;
    if (version === 0) {
      // Two administrators saving the first threshold at once: the unique id makes the second fail.
      try {
        await tx.qualitySetting.create({ data: { id: QUALITY_SETTING_ID, maxPenaltyPer1000Words, isBlocking, updatedById: actor.id }, select: { id: true } });
      } catch {
        throw new AppError("CONFLICT", { entity: "quality-settings" });
      }
    } else {
      const updated = await tx.qualitySetting.updateMany({
        where: { id: QUALITY_SETTING_ID, version },
        data: { maxPenaltyPer1000Words, isBlocking, updatedById: actor.id, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new AppError("CONFLICT", { entity: "quality-settings" });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "quality.settings-changed",
      entityType: "QualitySetting",
      entityId: QUALITY_SETTING_ID,
      data: { from: { maxPenaltyPer1000Words: current.maxPenaltyPer1000Words, isBlocking: current.isBlocking }, to: { maxPenaltyPer1000Words, isBlocking } },
    });
    return { maxPenaltyPer1000Words, isBlocking, version: version + 1 };
  });
}
