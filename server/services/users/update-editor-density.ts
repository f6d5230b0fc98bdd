import "server-only";
import { z } from "zod";
import { EDITOR_DENSITIES, type EditorDensity } from "@/domain/users/editor-density";
import { db } from "../../db";
import { AppError } from "../../errors";
import { parseInput } from "../../validation";
import { recordAudit } from "../../audit";
import type { Actor } from "../../auth/permissions";

const updateEditorDensityInput = z.object({ density: z.enum(EDITOR_DENSITIES) });

/**
 * Remembers the actor's editor density on their account, so it follows them to any browser.
 * Only the actor changes their own preference: the row version administrators use is left alone.
 */
export async function updateEditorDensity({ actor, input }: { actor: Actor; input: unknown }): Promise<{ density: EditorDensity }> {
  const { density } = parseInput(updateEditorDensityInput, input);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { editorDensity: true } });
    if (!user) throw new AppError("NOT_FOUND", { entity: "user" });
    if (user.editorDensity === density) return;
    await tx.user.update({ where: { id: actor.id }, data: { editorDensity: density }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "user.density-changed", entityType: "User", entityId: actor.id, data: { from: user.editorDensity, to: density } });
  });
  return { density };
}

/** The actor's editor density, for the editor page. */
export async function getEditorDensity({ actor }: { actor: Actor }): Promise<EditorDensity> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { editorDensity: true } });
  return user?.editorDensity === "compact" ? "compact" : "comfortable";
}
