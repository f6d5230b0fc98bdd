// Applies and creates Prisma migrations with Prisma's WebAssembly schema engine, because
// the native schema-engine binary cannot be downloaded on our machines
// (docs/decisions/002-migrations-on-the-wasm-schema-engine.md).
//
//   node --experimental-wasm-modules scripts/migrate.js deploy        apply pending migrations
//   node --experimental-wasm-modules scripts/migrate.js create <name>  write a migration for schema changes
//   node --experimental-wasm-modules scripts/migrate.js check          exit 1 if the schema has unmigrated changes
//
// The database comes from DATABASE_URL (default: file:./data/vis-a-vis.db).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations, createMigration, pendingSchemaChange } from "./lib/migrations.js";
import { resolveDatabaseUrl, isPostgresUrl, sqliteFilePath } from "./lib/database-url.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main() {
  const [command, name] = process.argv.slice(2);
  const url = resolveDatabaseUrl();
  if (isPostgresUrl(url)) {
    throw new Error("PostgreSQL migrations are not supported yet: use a file: DATABASE_URL.");
  }
  mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });

  if (command === "deploy") {
    const applied = await applyMigrations({ root, url });
    console.log(applied.length === 0 ? "migrate: database is up to date" : `migrate: applied ${applied.join(", ")}`);
  } else if (command === "create") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      throw new Error("usage: npm run db:migration:create -- <name in snake_case>");
    }
    const created = await createMigration({ root, url, name });
    console.log(created ? `migrate: wrote ${created}` : "migrate: the schema has no changes, nothing written");
  } else if (command === "check") {
    const sql = await pendingSchemaChange({ root, url });
    if (sql !== null) {
      console.error(`migrate: prisma/schema.prisma has changes no migration covers:\n${sql}`);
      process.exitCode = 1;
    } else {
      console.log("migrate: migrations cover the schema, no changes");
    }
  } else {
    throw new Error("usage: scripts/migrate.js deploy | create <name> | check");
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
