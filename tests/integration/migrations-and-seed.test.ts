import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { authenticateUser } from "@/server/auth/authenticate-user";
import { listDocuments } from "@/server/services/documents/list-documents";
import { reviewSegment } from "@/server/services/review/review-segment";

const root = path.resolve(import.meta.dirname, "../..");
const isPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");
const migrationsDir = path.join(root, "prisma", ...(isPostgres ? ["postgres"] : []), "migrations");
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

function runScript(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env }, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const migrate = (command: string, ...rest: string[]) =>
  runScript(["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", command, ...rest]);

describe("migrations", () => {
  it("are recorded like Prisma's CLI records them, with a checksum of each migration.sql", async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: unknown }[]>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(folders(migrationsDir));
    for (const row of rows) {
      const sql = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("apply nothing the second time", () => {
    const result = migrate("deploy");
    expect(result.status).toBe(0);
    expect(result.output).toContain("up to date");
  });

  it("cover the whole schema: creating a migration now finds no change", () => {
    // Fails when someone edits prisma/schema.prisma without `npm run db:migration:create`.
    const result = migrate("check");
    expect(result.status).toBe(0);
    expect(result.output).toContain("no changes");
  });
});

describe("migrations for SQLite and PostgreSQL", () => {
  it("are kept in step: every migration exists for both providers, under the same name", () => {
    expect(folders(path.join(root, "prisma", "postgres", "migrations"))).toEqual(folders(path.join(root, "prisma", "migrations")));
  });

  it("come from one schema: prisma/postgres/schema.prisma is derived from prisma/schema.prisma", async () => {
    const { derivePostgresSchema } = (await import("@/scripts/lib/postgres-schema.js")) as { derivePostgresSchema: (s: string) => string };
    const derived = derivePostgresSchema(readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8"));
    expect(readFileSync(path.join(root, "prisma", "postgres", "schema.prisma"), "utf8")).toBe(derived);
  });
});

describe("demo seed", () => {
  const seed = () => runScript(["--conditions=react-server", "--import", "tsx", "prisma/seed/seed.ts"]);

  it("creates one demo account per role and the demo article, on the first run only", async () => {
    const first = seed();
    expect(first.status, first.output).toBe(0);
    const second = seed();
    expect(second.status, second.output).toBe(0);

    expect(await db.user.count()).toBe(DEMO_USERS.length);
    expect(new Set(DEMO_USERS.map((user) => user.role))).toEqual(new Set(["TRANSLATOR", "REVIEWER", "PUBLISHER", "ADMIN"]));
    for (const user of DEMO_USERS) {
      await expect(authenticateUser({ email: user.email, password: user.password })).resolves.toMatchObject({ role: user.role });
    }

    const admin = await authenticateUser({ email: "admin@example.com", password: "demo-admin" });
    if (!admin) throw new Error("the demo admin cannot sign in");
    const { documents } = await listDocuments({ actor: admin });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      title: "Vladimir Putin in India to strengthen ties and maintain a balance",
      sourceLang: "fr",
    });
    expect(documents[0].languages.map((language) => language.lang)).toEqual(["en"]);
    expect(documents[0].languages[0].progress.total).toBe(42);
  });

  it("fills the translation memory on a later start with approved paragraphs it lacks (after an upgrade), once", async () => {
    const reviewer = await authenticateUser({ email: "reviewer@example.com", password: "demo-reviewer" });
    if (!reviewer) throw new Error("the demo reviewer cannot sign in");
    const segment = await db.segment.findFirstOrThrow({ where: { state: { not: "APPROVED" }, targetText: { not: "" } }, orderBy: { id: "asc" } });
    await reviewSegment({ actor: reviewer, input: { action: "approve", segmentId: segment.id, version: segment.version } });
    // As before the memory existed: the approved paragraph without units.
    await db.memoryUnit.deleteMany({ where: { segmentId: segment.id } });

    const start = seed();
    expect(start.status, start.output).toBe(0);
    expect(start.output).toContain("seed: added 1 approved paragraph to the translation memory");
    expect(await db.memoryUnit.findMany({ where: { segmentId: segment.id, sentence: 0 }, select: { targetText: true, origin: true } })).toEqual([
      { targetText: segment.targetText.replace(/\s+/gu, " ").trim(), origin: "APPROVED" },
    ]);
    const next = seed();
    expect(next.status, next.output).toBe(0);
    expect(next.output).not.toContain("translation memory");
  }, 120_000); // two runs of the seed script, each starting Node with tsx
});
