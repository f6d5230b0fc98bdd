import "server-only";
import { db } from "../../db";
import { parseInput } from "../../validation";
import { recordAudit } from "../../audit";
import type { Actor } from "../../auth/permissions";
import { updateUiLanguageInput, type UiLanguageDto } from "./update-ui-language.schema";

/**
 * Remembers the actor's interface language. Only the actor changes their own preference,
 * so it does not bump the row version that guards the fields administrators manage.
 */
export async function updateUiLanguage({ actor, language }: { actor: Actor; language: unknown }): Promise<UiLanguageDto> {
  const { language: chosen } = parseInput(updateUiLanguageInput, { language });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { uiLanguage: chosen }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.language-changed",
      entityType: "User",
      entityId: actor.id,
      data: { language: chosen },
    });
  });
  return { language: chosen };
}
