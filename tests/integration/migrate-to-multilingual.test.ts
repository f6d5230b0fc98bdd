import { spawnSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";

// A database made by the schema as it was before articles became multilingual and living
// (everything up to the migration below), filled with a document the old way, then migrated:
// nothing of the document may be lost, and it must come out as the new model expects it.
const MIGRATION = "20261126205721_multilingual_living_articles";
const root = path.resolve(import.meta.dirname, "../..");
const isPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");
const provider = isPostgres ? ["prisma", "postgres"] : ["prisma"];

/** A project root holding only the migrations before MIGRATION, to build the old database. */
function oldRoot(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vav-old-schema-"));
  const migrations = path.join(dir, ...provider, "migrations");
  mkdirSync(migrations, { recursive: true });
  cpSync(path.join(root, ...provider, "schema.prisma"), path.join(dir, ...provider, "schema.prisma"));
  cpSync(path.join(root, ...provider, "migrations", "migration_lock.toml"), path.join(migrations, "migration_lock.toml"));
  for (const name of readdirSync(path.join(root, ...provider, "migrations"))) {
    if (name < MIGRATION && !name.endsWith(".toml")) cpSync(path.join(root, ...provider, "migrations", name), path.join(migrations, name), { recursive: true });
  }
  return dir;
}

function migrate(projectRoot: string, url: string) {
  const script = `import { applyMigrations } from ${JSON.stringify(path.join(root, "scripts/lib/migrations.js"))};
    console.log(JSON.stringify(await applyMigrations({ root: process.argv[1], url: process.argv[2] })));`;
  const result = spawnSync(
    process.execPath,
    ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "--input-type=module", "-e", script, projectRoot, url],
    { cwd: root, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as string[];
}

type Sql = { run: (sql: string, params?: unknown[]) => Promise<void>; all: <T>(sql: string, params?: unknown[]) => Promise<T[]>; close: () => Promise<void> };

async function connect(url: string): Promise<Sql> {
  if (isPostgres) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const numbered = (sql: string) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    return {
      run: async (sql, params = []) => void (await client.query(numbered(sql), params)),
      all: async <T,>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as T[],
      close: () => client.end(),
    };
  }
  const connection = new Database(url.replace(/^file:/, ""));
  return {
    run: async (sql, params = []) => void connection.prepare(sql).run(...params),
    all: async <T,>(sql: string, params: unknown[] = []) => connection.prepare(sql).all(...params) as T[],
    close: async () => void connection.close(),
  };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freshDatabase(): Promise<string> {
  if (isPostgres) {
    const adminUrl = inject("postgresAdminUrl");
    const name = `vav_migrate_${randomUUID().replace(/-/g, "")}`;
    const admin = await connectAdmin(adminUrl);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    cleanups.push(async () => {
      const again = await connectAdmin(adminUrl);
      await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await again.end();
    });
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "vav-migrate-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return `file:${path.join(dir, "old.db")}`;
}

async function connectAdmin(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

describe("migrating a database of single-language documents", () => {
  it("keeps every paragraph, state, history row and publication, as the English translation of revision 1", async () => {
    const url = await freshDatabase();
    const before = oldRoot();
    cleanups.push(() => rmSync(before, { recursive: true, force: true }));
    const applied = migrate(before, url);
    expect(applied).not.toContain(MIGRATION);

    const sql = await connect(url);
    try {
      const now = new Date("2026-11-01T10:00:00Z");
      const stamp = isPostgres ? now : now.getTime();
      await sql.run(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ('u1', 'ana@example.org', 'Ana', 'x', 'REVIEWER', ?)`, [stamp]);
      await sql.run(
        `INSERT INTO "Document" ("id", "title", "sourceLang", "targetLang", "status", "createdById", "updatedAt") VALUES ('d1', 'Putin in Delhi', 'fr', 'en', 'PUBLISHED', 'u1', ?)`,
        [stamp],
      );
      const paragraphs = [
        ["s0", 0, "TITLE", "Poutine à New Delhi", "Putin in New Delhi", "APPROVED"],
        ["s2", 2, "BODY", "L’Inde achète des S-400.", "", "UNTRANSLATED"],
        ["s1", 1, "BODY", "Le président russe est arrivé jeudi.", "The Russian president arrived on Thursday.", "TRANSLATED"],
      ] as const;
      for (const [id, position, kind, source, target, state] of paragraphs) {
        await sql.run(
          `INSERT INTO "Segment" ("id", "documentId", "position", "kind", "sourceText", "targetText", "state", "version", "updatedAt") VALUES (?, 'd1', ?, ?, ?, ?, ?, 3, ?)`,
          [id, position, kind, source, target, state, stamp],
        );
      }
      await sql.run(`INSERT INTO "Revision" ("id", "segmentId", "authorId", "before", "after", "reason") VALUES ('r1', 's1', 'u1', '', 'The Russian president arrived on Thursday.', 'EDIT')`);
      await sql.run(`INSERT INTO "Comment" ("id", "segmentId", "authorId", "body", "updatedAt") VALUES ('c1', 's1', 'u1', 'Check the day', ?)`, [stamp]);
      await sql.run(`INSERT INTO "Publication" ("id", "documentId", "number", "publishedById", "content", "contentHash") VALUES ('p1', 'd1', 1, 'u1', '{}', 'h')`);
    } finally {
      await sql.close();
    }

    // This migration first, then any that came after it.
    const appliedNow = migrate(root, url);
    expect(appliedNow[0]).toBe(MIGRATION);
    expect(appliedNow.slice(1).every((name) => name > MIGRATION)).toBe(true);

    const after = await connect(url);
    try {
      const segments = await after.all<Record<string, unknown>>(
        `SELECT "id", "lang", "paragraphId", "position", "sourceText", "targetText", "state", "version", "sourceRevision", "removedInRevision" FROM "Segment" ORDER BY "position"`,
      );
      expect(segments.map((s) => [s.id, s.lang, s.paragraphId, s.targetText, s.state, Number(s.version), Number(s.sourceRevision), s.removedInRevision])).toEqual([
        ["s0", "en", "s0", "Putin in New Delhi", "APPROVED", 3, 1, null],
        ["s1", "en", "s1", "The Russian president arrived on Thursday.", "TRANSLATED", 3, 1, null],
        ["s2", "en", "s2", "", "UNTRANSLATED", 3, 1, null],
      ]);
      const translations = await after.all<{ documentId: string; lang: string; status: string }>(`SELECT "documentId", "lang", "status" FROM "Translation"`);
      expect(translations).toEqual([{ documentId: "d1", lang: "en", status: "PUBLISHED" }]);

      const [revision] = await after.all<{ number: number; authorId: string; content: string; contentHash: string }>(
        `SELECT "number", "authorId", "content", "contentHash" FROM "SourceRevision" WHERE "documentId" = 'd1'`,
      );
      const french = ["Poutine à New Delhi", "Le président russe est arrivé jeudi.", "L’Inde achète des S-400."];
      expect(Number(revision.number)).toBe(1);
      expect(revision.authorId).toBe("u1");
      expect(JSON.parse(revision.content)).toEqual(french);
      expect(revision.contentHash).toBe(createHash("sha256").update(revision.content).digest("hex"));

      const [publication] = await after.all<{ lang: string; number: number; sourceRevision: number }>(`SELECT "lang", "number", "sourceRevision" FROM "Publication"`);
      expect([publication.lang, Number(publication.number), Number(publication.sourceRevision)]).toEqual(["en", 1, 1]);
      expect(await after.all(`SELECT "id" FROM "Revision"`)).toHaveLength(1);
      expect(await after.all(`SELECT "id" FROM "Comment"`)).toHaveLength(1);
      const [document] = await after.all<{ sourceRevision: number }>(`SELECT "sourceRevision" FROM "Document"`);
      expect(Number(document.sourceRevision)).toBe(1);
    } finally {
      await after.close();
    }
  });
});
