import type { Role } from "@/domain/users/roles";

/**
 * Every right in the product. Services call `assertCan`; the UI calls `can` only to hide
 * what the actor may not do.
 */
export type Permission =
  | "document:view"
  | "document:import"
  | "document:publish"
  /** Publish although the checklist fails, with a recorded reason. */
  | "document:publish-override"
  /** Export the current, unpublished state, marked as a draft. */
  | "document:export-draft"
  | "segment:edit"
  | "segment:submit"
  | "segment:approve"
  | "segment:reject"
  | "segment:exclude"
  | "segment:comment"
  | "glossary:manage"
  | "text:replace"
  | "users:manage"
  /** Register, change and watch the webhook endpoints (decision 017). */
  | "webhooks:manage"
  /** Assign people, due times and priorities; set an article's embargo and confidentiality (decision 023). */
  | "assignment:manage"
  /** See every confidential article, assigned or not (decision 023). */
  | "document:view-confidential"
  /** See the desk's dashboard: publications, open work, quality (decision 024). */
  | "dashboard:view"
  /** Set the quality threshold and whether it blocks publication (decision 024). */
  | "quality:settings";

const TRANSLATOR: readonly Permission[] = [
  "document:view",
  "document:import",
  "document:export-draft",
  "segment:edit",
  "segment:submit",
  "segment:comment",
];
const REVIEWER: readonly Permission[] = [
  ...TRANSLATOR,
  "segment:approve",
  "segment:reject",
  "segment:exclude",
  "glossary:manage",
  "text:replace",
  "dashboard:view",
];
const PUBLISHER: readonly Permission[] = ["document:view", "document:publish", "segment:comment", "assignment:manage", "document:view-confidential", "dashboard:view"];

const RIGHTS: Record<Role, ReadonlySet<Permission>> = {
  TRANSLATOR: new Set(TRANSLATOR),
  REVIEWER: new Set<Permission>([...REVIEWER, "assignment:manage"]),
  PUBLISHER: new Set(PUBLISHER),
  ADMIN: new Set<Permission>([...REVIEWER, ...PUBLISHER, "document:publish-override", "users:manage", "webhooks:manage", "assignment:manage", "document:view-confidential", "quality:settings"]),
};

/** Who is acting. Services receive it explicitly; it is loaded fresh from the database per request. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  uiLanguage: string;
  /** The target languages the account may work on (BCP 47); absent or empty: every language. */
  targetLangs?: readonly string[];
  /** For a signed-in person: the session version their session was checked against. */
  sessionVersion?: number;
  /** For a request authenticated by an API token: the token's id (rate limits and audit name it). */
  tokenId?: string;
};

/** The roles that hold a permission, for the API reference. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(RIGHTS) as Role[]).filter((role) => RIGHTS[role].has(permission));
}

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return actor ? RIGHTS[actor.role].has(permission) : false;
}
