// Resolves the database the scripts work on. Kept in plain JavaScript (not server/env.ts)
// because these scripts run before anything is built or compiled.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/vis-a-vis.db";

export function resolveDatabaseUrl(env = process.env) {
  return env.DATABASE_URL && env.DATABASE_URL.trim() !== "" ? env.DATABASE_URL : DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The file behind a `file:` URL, resolved from the current directory as Prisma does. */
export function sqliteFilePath(url) {
  return path.resolve(url.replace(/^file:/, ""));
}
