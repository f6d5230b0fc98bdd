/**
 * What an account is. Mirrors the Prisma enum `AccountKind`: a PERSON signs in with a password;
 * a SERVICE account (a CMS, a script) has no password, never signs in, and acts only through
 * the API tokens an administrator gives it.
 */
export const ACCOUNT_KINDS = ["PERSON", "SERVICE"] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
