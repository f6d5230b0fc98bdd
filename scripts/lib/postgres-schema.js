// prisma/schema.prisma (SQLite) is the one source of truth for the data model. The PostgreSQL
// schema is derived from it, never edited by hand: only the provider and the client's output
// folder differ (one generated client cannot serve two providers).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:schema:postgres`. Do not edit: edit prisma/schema.prisma.\n";

export function derivePostgresSchema(sqliteSchema) {
  const derived = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/server\/generated\/prisma"/, 'output       = "../../server/generated/prisma-postgres"')
    // A line only PostgreSQL understands (a GIN index) is written in the SQLite schema as a
    // comment starting with "// postgres: " and becomes a line of its own here.
    .replace(/^(\s*)\/\/ postgres: (.*)$/gm, "$1$2");
  if (!derived.includes('"postgresql"') || !derived.includes("prisma-postgres")) {
    throw new Error("prisma/schema.prisma no longer has the expected provider or output lines");
  }
  return HEADER + derived;
}

export function writePostgresSchema(root) {
  const target = path.join(root, POSTGRES_SCHEMA);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, derivePostgresSchema(readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8")));
  return target;
}

// `node scripts/lib/postgres-schema.js` rewrites the derived schema.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote ${path.relative(process.cwd(), writePostgresSchema(process.cwd()))}`);
}
