/**
 * Where to go after signing in. Only a path on this site is accepted, so a crafted link
 * cannot bounce a user to another site ("//evil.example", "https://...", "/\\evil").
 */
export function safeReturnPath(value: unknown, fallback = "/documents"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  if (/[\u0000-\u001f]/.test(value) || value.startsWith("/sign-in") || value.startsWith("/api/")) return fallback;
  return value;
}
