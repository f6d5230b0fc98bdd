import type { Role } from "../users/roles";
import { isLanguageAllowed } from "../languages/language-tag";

/** The three people of an assignment (decision 023). */
export const ASSIGNMENT_SLOTS = ["translator", "reviewer", "publisher"] as const;
export type AssignmentSlot = (typeof ASSIGNMENT_SLOTS)[number];

/**
 * The roles that may hold each slot: the translator must be able to edit, the reviewer to
 * approve, the publisher to publish (the rights in server/auth/permissions.ts).
 */
export const SLOT_ROLES: Record<AssignmentSlot, readonly Role[]> = {
  translator: ["TRANSLATOR", "REVIEWER", "ADMIN"],
  reviewer: ["REVIEWER", "ADMIN"],
  publisher: ["PUBLISHER", "ADMIN"],
};

export function mayHoldSlot(role: Role, slot: AssignmentSlot): boolean {
  return SLOT_ROLES[slot].includes(role);
}

/** Whether an account may be assigned to a slot on a language: its role fits and it may work on the language (empty list: every language). */
export function fitsSlot(person: { role: Role; targetLangs: readonly string[] }, slot: AssignmentSlot, lang: string): boolean {
  return mayHoldSlot(person.role, slot) && isLanguageAllowed(person.targetLangs, lang);
}
