import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { splitParagraphs } from "@/domain/segmentation/split-paragraphs";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { createActor } from "./support/actors";

// Every call starts a process (about 4 s under tsx): the tests get room for a dozen.
const CLI_TEST_TIMEOUT = 120_000;
const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "vav-cli-source-"));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "scripts/cli.js", ...args], { cwd: root, env: process.env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, paragraphs: string[]) {
  const file = path.join(dir, name);
  writeFileSync(file, paragraphs.join("\n\n"));
  return file;
}

/** The seed article, French and English, as the import writes it. */
async function importSeed(actor: Actor) {
  const french = splitParagraphs(readFileSync(path.join(root, "prisma/seed/article.fr.txt"), "utf8")).map((paragraph) => paragraph.text);
  const result = cli("import", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--as", actor.email);
  expect(result.status, result.stderr).toBe(0);
  return { id: (JSON.parse(result.stdout) as { id: string }).id, french };
}

type Segments = { documentId: string; sourceRevision: number; segments: { position: number; kind: string; state: string; source: string; target: string }[] };

describe("npm run cli -- update-source and segments", () => {
  let admin: Actor;
  beforeAll(async () => {
    admin = await createActor("ADMIN");
  });

  it("records a new French version with the computed pairing and prints the counts; segments prints the current article", async () => {
    const { id, french } = await importSeed(admin);
    const before = JSON.parse(cli("segments", id, "--format", "json").stdout) as Segments;
    expect(before.sourceRevision).toBe(1);
    expect(before.segments.map((s) => s.source)).toEqual(french);

    const next = [...french];
    const edited = french.findIndex((paragraph) => paragraph.length > 200);
    next[edited] = french[edited].replace(/\.$/, ", selon la rédaction.");
    next.splice(edited + 2, 0, "Un paragraphe entièrement nouveau sur la visite du président russe en Inde.");
    next.splice(next.length - 1, 1);
    const result = cli("update-source", id, write("v2.txt", next), "--as", admin.email);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ sourceRevision: 2, unchanged: french.length - 2, outdated: 1, inserted: 1, removed: 1 });

    const after = JSON.parse(cli("segments", id, "--format", "json").stdout) as Segments;
    expect(after).toMatchObject({ documentId: id, sourceRevision: 2 });
    expect(after.segments.map((s) => s.source)).toEqual(next);
    expect(after.segments.map((s) => s.position)).toEqual(next.map((_, index) => index));
    expect(after.segments[edited]).toMatchObject({ state: "OUTDATED", target: before.segments[edited].target });
    expect(after.segments[edited + 2]).toMatchObject({ state: "UNTRANSLATED", target: "", kind: "BODY" });
    expect(Object.keys(after.segments[0])).toEqual(["position", "kind", "state", "source", "target"]);

    const text = cli("segments", id, "--format", "text");
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("French revision 2");

    const minor = [...next];
    minor[1] = next[1].replace(/e\b/, "é");
    const typo = cli("update-source", id, write("v3.txt", minor), "--minor");
    expect(typo.status, typo.stderr).toBe(0);
    expect(JSON.parse(typo.stdout)).toMatchObject({ sourceRevision: 3, outdated: 0 });
    expect(await db.sourceRevision.findFirstOrThrow({ where: { documentId: id, number: 3 } })).toMatchObject({ isMinor: true, authorId: admin.id });
  }, CLI_TEST_TIMEOUT);

  describe("refusals", () => {
    let id: string;
    let other: string;
    beforeAll(async () => {
      ({ id } = await importSeed(admin));
      other = write("other.txt", [
        "La sécheresse menace les récoltes dans le sud du pays",
        "Les agriculteurs demandent une aide d'urgence au gouvernement après trois mois sans pluie.",
      ]);
    }, CLI_TEST_TIMEOUT);

    // Each case gets a process of its own and room for it.
    it.each<[string, (id: string, other: string) => string[], number, string]>([
      ["another article", (id, other) => ["update-source", id, other], 2, "does not look like the same article"],
      ["an empty file", (id) => ["update-source", id, write("empty.txt", [""])], 2, "reason=empty-source"],
      ["the English", (id) => ["update-source", id, "prisma/seed/article.en.txt"], 2, "reason=source-is-english"],
      ["the same French", (id) => ["update-source", id, "prisma/seed/article.fr.txt"], 2, "reason=source-unchanged"],
      ["an unknown document", (_, other) => ["update-source", "no-such-document", other], 1, "NOT_FOUND"],
      ["segments of an unknown document", () => ["segments", "no-such-document"], 1, "NOT_FOUND"],
      ["a bad language tag", (id) => ["segments", id, "--lang", "not a tag"], 2, "--lang"],
    ])("refuses %s with a clear message, writing nothing", async (_, args, status, message) => {
      const result = cli(...args(id, other));
      expect(result.status, result.stderr).toBe(status);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe("");
      expect(await db.sourceRevision.count({ where: { documentId: id } })).toBe(1);
    }, CLI_TEST_TIMEOUT);

    it("records another article with --force", async () => {
      const forced = cli("update-source", id, other, "--force");
      expect(forced.status, forced.stderr).toBe(0);
      expect(JSON.parse(forced.stdout)).toMatchObject({ sourceRevision: 2, unchanged: 0, inserted: 2 });
    }, CLI_TEST_TIMEOUT);
  });
});
