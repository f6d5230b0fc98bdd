// Applies and creates Prisma migrations with Prisma's WebAssembly schema engine, because
// the native schema-engine binary cannot be downloaded on our machines
// (docs/decisions/002-migrations-on-the-wasm-schema-engine.md).
//
//   node --experimental-wasm-modules scripts/migrate.js deploy        apply pending migrations
//   node --experimental-wasm-modules scripts/migrate.js create <name>  write a migration for schema changes,
//       for both providers at once, under the same name (PostgreSQL at MIGRATION_POSTGRES_URL,
//       default postgresql://postgres@127.0.0.1:5432/postgres, only for its temporary shadow database)
//   node --experimental-wasm-modules scripts/migrate.js check          exit 1 if the schema has unmigrated changes
//
// The database comes from DATABASE_URL (default: file:./data/vis-a-vis.db); a postgres:// URL
// uses prisma/postgres/ (schema derived from prisma/schema.prisma, its own migrations).
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writePostgresSchema } from "./lib/postgres-schema.js";
import { fileURLToPath } from "node:url";
import { applyMigrations, createMigration, pendingSchemaChange } from "./lib/migrations.js";
import { resolveDatabaseUrl, isPostgresUrl, sqliteFilePath } from "./lib/database-url.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main() {
  const [command, name] = process.argv.slice(2);
  const url = resolveDatabaseUrl();
  if (!isPostgresUrl(url)) mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });

  if (command === "deploy") {
    const applied = await applyMigrations({ root, url });
    console.log(applied.length === 0 ? "migrate: database is up to date" : `migrate: applied ${applied.join(", ")}`);
  } else if (command === "create") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      throw new Error("usage: npm run db:migration:create -- <name in snake_case>");
    }
    writePostgresSchema(root);
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    // The SQLite diff needs a database only as a scratch pad: a temporary file.
    const scratch = path.join(os.tmpdir(), `vav-migrate-${process.pid}.db`);
    const sqlite = await createMigration({ root, url: `file:${scratch}`, name, stamp });
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${scratch}${suffix}`, { force: true });
    const postgresUrl = process.env.MIGRATION_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const postgres = await createMigration({ root, url: postgresUrl, name, stamp });
    for (const created of [sqlite, postgres]) console.log(created ? `migrate: wrote ${created}` : "migrate: no schema change for this provider");
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
