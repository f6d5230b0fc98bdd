import "server-only";
import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { assertCan } from "../../auth/assert-can";
import { generateApiToken } from "../../auth/api-token";
import type { Actor } from "../../auth/permissions";
import { API_TOKEN_SELECT, toApiTokenDto } from "./api-token-dto";
import { createTokenInput, MAX_ACTIVE_TOKENS_PER_ACCOUNT, type CreatedApiTokenDto, serviceAccountInput } from "./create-token.schema";
import type { z } from "zod";

const DAY_MS = 24 * 60 * 60 * 1000;

type ServiceAccount = z.output<typeof serviceAccountInput>;

/**
 * Creates an API token and answers it once; only its sha256 is stored. A personal token acts
 * as the person who creates it; a service token (administrators) acts as a service account,
 * created here if missing, with the role and languages given. The account, its changes, the
 * token and their audit events are written in one transaction.
 */
export async function createToken({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<CreatedApiTokenDto> {
  const { name, expiresInDays, serviceAccount } = parseInput(createTokenInput, input);
  if (serviceAccount) assertCan(actor, "users:manage");
  const generated = generateApiToken();
  const expiresAt = expiresInDays === undefined ? null : new Date(now.getTime() + expiresInDays * DAY_MS);

  const row = await db.$transaction(async (tx) => {
    const ownerId = serviceAccount ? await prepareServiceAccount(tx, actor, serviceAccount, name) : await assertPersonalTokenAllowed(tx, actor);
    const usable = await tx.apiToken.count({ where: { userId: ownerId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
    if (usable >= MAX_ACTIVE_TOKENS_PER_ACCOUNT) throw new AppError("INVALID_INPUT", { field: "name", reason: "too-many-tokens", limit: MAX_ACTIVE_TOKENS_PER_ACCOUNT });
    const token = await tx.apiToken.create({
      data: { userId: ownerId, name, prefix: generated.prefix, tokenHash: generated.tokenHash, createdById: actor.id, expiresAt, createdAt: now },
      select: API_TOKEN_SELECT,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.created",
      entityType: "ApiToken",
      entityId: token.id,
      data: {
        userId: ownerId,
        kind: serviceAccount ? "service" : "personal",
        name,
        prefix: generated.prefix,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
    });
    return token;
  });
  return { ...toApiTokenDto(row), token: generated.token };
}

/** A personal token is for a person: a service account gets its tokens from an administrator. */
async function assertPersonalTokenAllowed(tx: Tx, actor: Actor): Promise<string> {
  const account = await tx.user.findUnique({ where: { id: actor.id }, select: { kind: true, isActive: true } });
  if (!account || !account.isActive) throw new AppError("UNAUTHENTICATED");
  if (account.kind !== "PERSON") throw new AppError("FORBIDDEN", { reason: "service-account" });
  return actor.id;
}

/**
 * The service account a service token acts as, by email: created without a password (it can
 * never sign in) when missing; given the role and languages named when it exists. A person's
 * account is refused: a person makes their own, personal tokens.
 */
async function prepareServiceAccount(tx: Tx, actor: Actor, account: ServiceAccount, tokenName: string): Promise<string> {
  const existing = await tx.user.findUnique({
    where: { email: account.email },
    select: { id: true, kind: true, isActive: true, role: true, targetLangs: true, version: true },
  });
  if (!existing) {
    const targetLangs = account.targetLangs ?? "";
    const created = await tx.user.create({
      data: { email: account.email, name: account.name ?? tokenName, role: account.role, targetLangs, kind: "SERVICE", passwordHash: "" },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.created",
      entityType: "User",
      entityId: created.id,
      data: { email: account.email, role: account.role, kind: "SERVICE", targetLangs },
    });
    return created.id;
  }
  if (existing.kind !== "SERVICE") throw new AppError("INVALID_INPUT", { field: "serviceAccount.email", reason: "person-account" });
  if (!existing.isActive) throw new AppError("INVALID_INPUT", { field: "serviceAccount.email", reason: "inactive-account" });
  const targetLangs = account.targetLangs ?? existing.targetLangs;
  if (existing.role === account.role && existing.targetLangs === targetLangs) return existing.id;
  // The version in the WHERE clause makes the check and the write one atomic step.
  const updated = await tx.user.updateMany({
    where: { id: existing.id, version: existing.version },
    data: { role: account.role, targetLangs, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", { entity: "user" });
  if (existing.role !== account.role) {
    await recordAudit(tx, { actorId: actor.id, action: "user.role-changed", entityType: "User", entityId: existing.id, data: { from: existing.role, to: account.role } });
  }
  if (existing.targetLangs !== targetLangs) {
    await recordAudit(tx, { actorId: actor.id, action: "user.languages-changed", entityType: "User", entityId: existing.id, data: { from: existing.targetLangs, to: targetLangs } });
  }
  return existing.id;
}
