import "server-only";
import { ASSIGNMENT_SLOTS, SLOT_ROLES, mayHoldSlot, type AssignmentSlot } from "@/domain/desk/assignment-roles";
import { isLanguageAllowed, parseLanguageList } from "@/domain/languages/language-tag";
import { isRole } from "@/domain/users/roles";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";

export type AssigneeIds = { translatorId: string | null; reviewerId: string | null; publisherId: string | null };

const FIELD: Record<AssignmentSlot, keyof AssigneeIds> = { translator: "translatorId", reviewer: "reviewerId", publisher: "publisherId" };

/**
 * Checks the people of an assignment (decision 023): each named account must exist, be an
 * active person (not a service account), hold a role fit for its slot and may work on the
 * language. Refusals are INVALID_INPUT naming the field and the reason (assignee-inactive,
 * assignee-role, assignee-language), translated for the user; nothing is written.
 */
export async function assertAssigneesFit(client: Db | Tx, lang: string, ids: AssigneeIds): Promise<void> {
  const named = ASSIGNMENT_SLOTS.flatMap((slot) => (ids[FIELD[slot]] ? [{ slot, id: ids[FIELD[slot]] as string }] : []));
  if (named.length === 0) return;
  const users = await client.user.findMany({
    where: { id: { in: named.map((entry) => entry.id) } },
    select: { id: true, role: true, isActive: true, kind: true, targetLangs: true },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  for (const { slot, id } of named) {
    const field = FIELD[slot];
    const user = byId.get(id);
    if (!user || !user.isActive || user.kind !== "PERSON") throw new AppError("INVALID_INPUT", { field, reason: "assignee-inactive" });
    if (!isRole(user.role) || !mayHoldSlot(user.role, slot)) throw new AppError("INVALID_INPUT", { field, reason: "assignee-role" });
    if (!isLanguageAllowed(parseLanguageList(user.targetLangs), lang)) throw new AppError("INVALID_INPUT", { field, reason: "assignee-language", lang });
  }
}

/** The active people who may hold each slot on a language, by name; bounded (a newsroom's staff). */
export async function listCandidates(client: Db | Tx, lang: string) {
  const MAX_CANDIDATES = 500;
  const people = await client.user.findMany({
    where: { isActive: true, kind: "PERSON" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_CANDIDATES,
    select: { id: true, name: true, role: true, targetLangs: true },
  });
  const fit = (slot: AssignmentSlot) =>
    people
      .filter((person) => (SLOT_ROLES[slot] as readonly string[]).includes(person.role) && isLanguageAllowed(parseLanguageList(person.targetLangs), lang))
      .map(({ id, name }) => ({ id, name }));
  return { translator: fit("translator"), reviewer: fit("reviewer"), publisher: fit("publisher") };
}
