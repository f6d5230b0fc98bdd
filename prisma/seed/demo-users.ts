import type { Role } from "@/domain/users/roles";

/** One demo account per role. Listed in the README; never use them outside a demo. */
export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role; password: string; uiLanguage: "en" | "fr" }> = [
  { email: "translator@example.com", name: "Tara Translator", role: "TRANSLATOR", password: "demo-translator", uiLanguage: "en" },
  { email: "reviewer@example.com", name: "Rémi Reviewer", role: "REVIEWER", password: "demo-reviewer", uiLanguage: "fr" },
  { email: "publisher@example.com", name: "Paula Publisher", role: "PUBLISHER", password: "demo-publisher", uiLanguage: "en" },
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN", password: "demo-admin", uiLanguage: "en" },
];
