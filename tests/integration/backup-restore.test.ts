// `cli backup` while the app writes, then `cli restore`: every save acknowledged before the
// backup began is in the restored database, with its revision. SQLite only (PostgreSQL is
// backed up with pg_dump, README "Backups").
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { isPostgres } from "@/server/db";
import { saveSegment } from "@/server/services/segments/save-segment";
import { markServerRunning } from "../../scripts/lib/running-servers.js";
import { createActor } from "./support/actors";
import { createSmallDocument } from "./support/documents";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs the command line without blocking this process, which keeps writing meanwhile. */
function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "scripts/cli.js", ...args], { cwd: root, env: process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

type Ack = { segmentId: string; text: string; version: number; at: number };

describe.skipIf(isPostgres)("cli backup and restore (SQLite)", () => {
  it("backs up while saves go on; the restored database has every save acknowledged before the backup began, each with its revision", async () => {
    const { monday, rare, untranslated } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const acknowledged: Ack[] = [];
    let isWriting = true;
    const writer = async (segmentId: string, startVersion: number) => {
      let version = startVersion;
      for (let n = 0; isWriting && n < 2_000; n += 1) {
        const text = `Save ${n} of ${segmentId}`;
        const result = await saveSegment({ actor: translator, input: { segmentId, targetText: text, version } });
        version = result.segment.version;
        acknowledged.push({ segmentId, text, version, at: Date.now() });
        // Like requests arriving over the network: timers and the child's output get their turn.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    const writers = [writer(monday.id, monday.version), writer(rare.id, rare.version), writer(untranslated.id, untranslated.version)];
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const folder = mkdtempSync(path.join(tmpdir(), "vav-backup-"));
    const file = path.join(folder, "backup.db");
    const backupStartedAt = Date.now();
    const backup = await cli("backup", file);
    const backupEndedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 200));
    isWriting = false;
    await Promise.all(writers);

    expect(backup.status, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ file, documents: 1 });
    expect(existsSync(`${file}.partial`)).toBe(false);
    const before = acknowledged.filter((ack) => ack.at < backupStartedAt);
    const during = acknowledged.filter((ack) => ack.at >= backupStartedAt && ack.at <= backupEndedAt);
    const after = acknowledged.filter((ack) => ack.at > backupEndedAt);
    expect(before.length).toBeGreaterThan(3);
    expect(after.length).toBeGreaterThan(0);

    // A second backup under the same name is refused rather than overwriting the first.
    expect(await cli("backup", file)).toMatchObject({ status: 2 });

    // Restoring under a running server is refused.
    const databaseFile = (process.env.DATABASE_URL as string).replace(/^file:/, "");
    const unmark = markServerRunning(databaseFile);
    const refused = await cli("restore", file);
    unmark();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/the app is running .*stop it first/);

    const restored = await cli("restore", file);
    expect(restored.status, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ file: databaseFile, documents: 1 });

    // Read the restored file as the app will after a restart.
    const connection = new Database(databaseFile, { readonly: true });
    try {
      const segment = connection.prepare('SELECT "targetText", "version" FROM "Segment" WHERE "id" = ?');
      const revision = connection.prepare('SELECT COUNT(*) AS n FROM "Revision" WHERE "segmentId" = ? AND "after" = ?');
      for (const segmentId of [monday.id, rare.id, untranslated.id]) {
        const row = segment.get(segmentId) as { targetText: string; version: number };
        const mine = acknowledged.filter((ack) => ack.segmentId === segmentId);
        const last = before.filter((ack) => ack.segmentId === segmentId).at(-1);
        // As of one moment: at least every save acknowledged before the backup began, at most
        // one acknowledged by the time it ended; never a text without its version.
        const atBackup = mine.find((ack) => ack.version === row.version);
        expect(atBackup, `${segmentId} at version ${row.version}`).toBeDefined();
        expect(row.targetText).toBe(atBackup?.text);
        if (last) expect(row.version).toBeGreaterThanOrEqual(last.version);
        expect(during.concat(before).some((ack) => ack.segmentId === segmentId && ack.version >= row.version) || row.version === last?.version).toBe(true);
      }
      for (const ack of before) expect((revision.get(ack.segmentId, ack.text) as { n: number }).n, ack.text).toBe(1);
      for (const ack of after) expect((revision.get(ack.segmentId, ack.text) as { n: number }).n, ack.text).toBe(0);
    } finally {
      connection.close();
    }
  }, 60_000);
});

describe("cli backup on PostgreSQL", () => {
  it("is refused, and says to use pg_dump", async () => {
    const result = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--conditions=react-server", "scripts/cli.js", "backup", "/tmp/never.db"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" },
      });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("close", (status) => resolve({ status, stderr }));
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/pg_dump/);
  });
});
