import { AppError } from "../errors";
import { isLanguageAllowed } from "@/domain/languages/language-tag";
import { can, type Actor, type Permission } from "./permissions";

/** Throws FORBIDDEN unless the actor holds the permission. Every service starts here. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError("FORBIDDEN", { permission });
  }
}

/**
 * Throws LANGUAGE_NOT_ALLOWED unless the actor may work on the target language: an account may
 * be limited to some languages (an administrator's setting). Every service that reads or writes
 * a translation checks it, beside its permission.
 */
export function assertCanWorkOn(actor: Actor, lang: string): void {
  if (!isLanguageAllowed(actor.targetLangs, lang)) {
    throw new AppError("LANGUAGE_NOT_ALLOWED", { lang });
  }
}
