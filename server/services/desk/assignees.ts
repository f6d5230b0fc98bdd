import "server-only";
import { ASSIGNMENT_SLOTS, fitsSlot, mayHoldSlot, type AssignmentSlot } from "@/domain/desk/assignment-roles";
import { isLanguageAllowed, parseLanguageList } from "@/domain/languages/language-tag";
import { isRole } from "@/domain/users/roles";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";

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

/** The most accounts offered in the assignment choosers (a newsroom's staff). */
export const MAX_ASSIGNABLE_PEOPLE = 500;

/** The active people, by name, with their role and languages: the assignment choosers filter them with fitsSlot. */
export async function listAssignablePeople(client: Db | Tx) {
  const people = await client.user.findMany({
    where: { isActive: true, kind: "PERSON" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_ASSIGNABLE_PEOPLE,
    select: { id: true, name: true, role: true, targetLangs: true },
  });
  return people.flatMap((person) => (isRole(person.role) ? [{ id: person.id, name: person.name, role: person.role, targetLangs: parseLanguageList(person.targetLangs) }] : []));
}

/** The active people who may hold each slot on a language. */
export async function listCandidates(client: Db | Tx, lang: string) {
  const people = await listAssignablePeople(client);
  const fit = (slot: AssignmentSlot) => people.filter((person) => fitsSlot(person, slot, lang)).map(({ id, name }) => ({ id, name }));
  return { translator: fit("translator"), reviewer: fit("reviewer"), publisher: fit("publisher") };
}

/** The assignable people for the import's desk section: only for those who may assign. */
export async function listAssignablePeopleFor({ actor }: { actor: Actor }) {
  assertCan(actor, "assignment:manage");
  return listAssignablePeople(db);
}
