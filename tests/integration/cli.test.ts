import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createDocument } from "@/server/services/documents/create-document";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { publishDocument } from "@/server/services/publishing/publish-document";
import { createActor } from "./support/actors";

const root = path.resolve(import.meta.dirname, "../..");

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "scripts/cli.js", ...args], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run cli -- export", () => {
  let documentId: string;

  beforeAll(async () => {
    const reviewer = await createActor("REVIEWER");
    ({ id: documentId } = await createDocument({
      actor: reviewer,
      input: {
        title: "Putin in India",
        pairs: [
          { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
          { kind: "BODY", sourceText: "Moscou & New Delhi.", targetText: "Moscow & New Delhi." },
          { kind: "BOILERPLATE", sourceText: "Lire aussi", targetText: "Read more" },
        ],
      },
    }));
    const preview = await previewBulkApproval({ actor: reviewer, documentId });
    await bulkApproveSegments({ actor: reviewer, input: { documentId, segments: preview.segments } });
    await publishDocument({ actor: await createActor("PUBLISHER"), input: { documentId } });
  });

  it("writes the latest publication in the chosen format to a file", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "vav-cli-")), "article.md");
    const result = cli("export", documentId, "--format", "md", "--out", out);
    expect(result.status, result.stderr).toBe(0);
    const markdown = readFileSync(out, "utf8");
    expect(markdown).toContain('title: "Putin in India"');
    expect(markdown).toContain("Moscow &amp; New Delhi.");
    expect(markdown).not.toContain("Read more");
  });

  it("prints to standard output without --out, and exports a marked draft with --draft", () => {
    const published = cli("export", documentId, "--format", "txt", "--version", "1");
    expect(published).toMatchObject({ status: 0, stdout: "Putin in India\n\nMoscow & New Delhi.\n" });
    const draft = cli("export", documentId, "--format", "txt", "--draft");
    expect(draft.stdout.startsWith("DRAFT: not approved for publication\n")).toBe(true);
  });

  it.each([
    [["export", "x", "--format", "pdf"], 2, "INVALID_INPUT (field=format)"],
    [["export"], 2, "usage:"],
    [["frobnicate"], 2, "usage:"],
    [["export", "no-such-document", "--format", "html"], 1, "NOT_FOUND"],
  ])("%j exits %i with a clear message", (args, status, message) => {
    const result = cli(...args);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});

describe("npm run cli -- import", () => {
  it("aligns two files as the import screen does, writes the document and prints its id", async () => {
    const { getDocument } = await import("@/server/services/documents/get-document");
    const admin = await createActor("ADMIN");
    const result = cli("import", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--title", "Imported from the command line", "--as", admin.email);
    expect(result.status, result.stderr).toBe(0);
    const { id, lang } = JSON.parse(result.stdout) as { id: string; lang: string };
    expect(lang).toBe("en");
    const document = await getDocument({ actor: admin, documentId: id });
    expect(document).toMatchObject({ title: "Imported from the command line", sourceLang: "fr", targetLang: "en" });
    expect(document.segments).toHaveLength(42);
    expect(document.segments[0]).toMatchObject({ kind: "TITLE", sourceText: "Vladimir Poutine en Inde pour resserrer les liens et maintenir un équilibre" });
  });

  it.each([
    [["import", "no-such-file.txt", "prisma/seed/article.en.txt"], 2, "cannot read no-such-file.txt"],
    [["import", "prisma/seed/article.en.txt", "prisma/seed/article.en.txt"], 2, "INVALID_IMPORT (reason=same-language"],
    [["import", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--as", "nobody@example.com"], 2, "no active account nobody@example.com"],
  ])("%j exits %i and writes nothing", async (args, status, message) => {
    const { db } = await import("@/server/db");
    const before = await db.document.count();
    const result = cli(...args);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(await db.document.count()).toBe(before);
  });
});

describe("npm run cli -- import --target-lang", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "vav-cli-lang-"));
  const spanish = path.join(dir, "articulo.es.txt");
  // A stand-in Spanish version: the English paragraphs, marked, so that every paragraph is recognisable.
  writeFileSync(
    spanish,
    readFileSync(path.join(root, "prisma/seed/article.en.txt"), "utf8")
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim() !== "")
      .map((paragraph) => `ES ${paragraph.trim()}`)
      .join("\n\n"),
  );

  it("creates a new article in the language given, and adds another language to it with --into", async () => {
    const { getDocument } = await import("@/server/services/documents/get-document");
    const admin = await createActor("ADMIN");
    const created = cli("import", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--target-lang", "en-GB", "--as", admin.email);
    expect(created.status, created.stderr).toBe(0);
    const { id, lang } = JSON.parse(created.stdout) as { id: string; lang: string };
    expect(lang).toBe("en-GB");
    const added = cli("import", "prisma/seed/article.fr.txt", spanish, "--target-lang", "es", "--into", id, "--as", admin.email);
    expect(added.status, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ id, lang: "es" });
    const document = await getDocument({ actor: admin, documentId: id, lang: "es" });
    expect(document.languages.map((language) => language.lang)).toEqual(["en-GB", "es"]);
    expect(document.segments).toHaveLength(42);
    expect(document.segments[0].targetText).toBe("ES Vladimir Putin in India to strengthen ties and maintain a balance");
    expect(document.segments.every((segment) => segment.targetText.startsWith("ES "))).toBe(true);
  });

  it("refuses --into when the source file is not the article's current French, and writes nothing", async () => {
    const { db } = await import("@/server/db");
    const admin = await createActor("ADMIN");
    const { id } = JSON.parse(cli("import", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--as", admin.email).stdout) as { id: string };
    const before = await db.segment.count();
    const result = cli("import", "prisma/seed/article.en.txt", spanish, "--target-lang", "es", "--into", id, "--as", admin.email);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is not the article's current French");
    expect(result.stderr).toContain("Update the article's source first");
    expect(await db.segment.count()).toBe(before);
  });

  it("creates a new article from real Spanish with --target-lang es (the French/English detector does not judge it)", async () => {
    const { getDocument } = await import("@/server/services/documents/get-document");
    const admin = await createActor("ADMIN");
    const french = path.join(dir, "article.fr.txt");
    const realSpanish = path.join(dir, "articulo-real.es.txt");
    writeFileSync(french, "Poutine en Inde\n\nLe président russe arrive jeudi à New Delhi pour une visite de deux jours, la première depuis l'invasion de l'Ukraine.\n");
    writeFileSync(realSpanish, "Putin en la India\n\nEl presidente ruso llega el jueves a Nueva Delhi para una visita de dos días, la primera desde la invasión de Ucrania.\n");
    const created = cli("import", french, realSpanish, "--target-lang", "es", "--as", admin.email);
    expect(created.status, created.stderr).toBe(0);
    const { id, lang } = JSON.parse(created.stdout) as { id: string; lang: string };
    expect(lang).toBe("es");
    const document = await getDocument({ actor: admin, documentId: id, lang: "es" });
    expect(document.segments.map((segment) => segment.targetText)).toEqual([
      "Putin en la India",
      "El presidente ruso llega el jueves a Nueva Delhi para una visita de dos días, la primera desde la invasión de Ucrania.",
    ]);
  });

  it("exports the language asked for with --lang", async () => {
    const admin = await createActor("ADMIN");
    const { id } = JSON.parse(cli("import", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--as", admin.email).stdout) as { id: string };
    expect(cli("import", "prisma/seed/article.fr.txt", spanish, "--target-lang", "es", "--into", id, "--as", admin.email).status).toBe(0);
    const result = cli("export", id, "--format", "html", "--draft", "--lang", "es");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('<html lang="es">');
    expect(result.stdout).toContain("ES Vladimir Putin in India");
  });
});

describe("npm run cli -- check", () => {
  it("prints every paragraph with its findings as JSON and exits 1 when there is an error-severity finding", () => {
    const result = cli("check", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--format", "json");
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { segments: { index: number; kind: string; source: string; target: string; findings: { check: string; severity: string; message: string }[] }[] };
    expect(report.segments).toHaveLength(42);
    expect(report.segments[40]).toMatchObject({
      index: 40,
      kind: "TAG",
      target: "Vladimir Poutine",
      findings: [{ check: "glossary", severity: "error", message: "“Poutine” is not the English spelling: use “Putin”." }],
    });
    // The byline's Follow button (with its fix), S 400 against S400, "she" for India, the Poutine tag.
    expect(report.segments.filter((s) => s.findings.length > 0).map((s) => s.index)).toEqual([2, 18, 21, 22, 40]);
    expect(report.segments[2].findings).toEqual([{ check: "boilerplate", severity: "warning", message: "“Follow” is a page button stuck to the byline: remove it.", fix: "Text by: RFI" }]);
    expect(report.segments[21].findings).toEqual([
      { check: "gender-leak", severity: "warning", message: "“she” seems to refer to “India”: in English a country, city, institution or thing is “it” (“its”), not “she” (“her”)." },
    ]);
  });

  it("reads a bilingual XLIFF file as already paired input and reports the review accuracy checks", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vav-check-xlf-"));
    const file = path.join(dir, "article.xlf");
    const unit = (id: number, source: string, target: string) => `<trans-unit id="${id}"><source>${source}</source><target state="translated">${target}</target></trans-unit>`;
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="fr" target-language="en" datatype="plaintext" original="article"><body>
${unit(1, "La Russie et l'Inde", "Russia and India")}
${unit(2, "Le ministre est actuellement à New Delhi.", "The minister is actually in New Delhi.")}
${unit(3, "L'Inde diversifie ses achats. Elle achète français.", "India is diversifying its purchases. She buys French.")}
${unit(4, "Selon lui, c'est une décision historique.", "According to him, c'est une décision historique.")}
</body></file></xliff>`,
    );
    const result = cli("check", file, "--format", "json");
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { segments: { index: number; findings: { check: string; message: string }[] }[] };
    expect(report.segments.map((s) => s.findings.map((f) => f.check))).toEqual([[], ["false-friend"], ["gender-leak"], ["untranslated-fragment"]]);
    expect(report.segments[1].findings[0].message).toBe("“actually” renders the French “actuellement”, which usually means currently, at present: check the meaning.");
    expect(report.segments[3].findings[0].message).toBe("“c'est une décision historique” is French copied into the English: translate it.");
  });

  it("reads the gettext PO file translate-toolkit makes of the same XLIFF (pofilter's input) and finds the same", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vav-check-po-"));
    const xliff = path.join(dir, "article.xlf");
    const po = path.join(dir, "article.po");
    const unit = (id: number, source: string, target: string) => `<trans-unit id="${id}"><source>${source}</source><target state="translated">${target}</target></trans-unit>`;
    writeFileSync(
      xliff,
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="fr" target-language="en" datatype="plaintext" original="article"><body>
${unit(1, "Vladimir Poutine en Inde", "Vladimir Poutine in India")}
${unit(2, "Le ministre est actuellement à New Delhi.", "The minister is actually in New Delhi.")}
${unit(3, "Selon lui, 36 accords ont été signés.", "According to him, 36 agreements were signed.")}
</body></file></xliff>`,
    );
    const converted = spawnSync("xliff2po", [xliff, po], { encoding: "utf8" });
    expect(converted.status, `xliff2po (Debian package translate-toolkit): ${converted.stderr}`).toBe(0);
    const fromPo = cli("check", po, "--format", "json");
    const fromXliff = cli("check", xliff, "--format", "json");
    expect(fromPo.status, fromPo.stderr).toBe(1);
    const checks = (stdout: string) => (JSON.parse(stdout) as { segments: { target: string; findings: { check: string }[] }[] }).segments.map((s) => [s.target, s.findings.map((f) => f.check)]);
    expect(checks(fromPo.stdout)).toEqual([
      ["Vladimir Poutine in India", ["glossary"]],
      ["The minister is actually in New Delhi.", ["false-friend"]],
      ["According to him, 36 agreements were signed.", []],
    ]);
    expect(checks(fromPo.stdout)).toEqual(checks(fromXliff.stdout));
  });

  it("counts its findings in English plural forms: 1 error, 1 warning", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vav-check-po-count-"));
    const po = path.join(dir, "one-each.po");
    writeFileSync(
      po,
      ['msgid ""', 'msgstr ""', '"Language: en\\n"', "", 'msgid "Vladimir Poutine en Inde"', 'msgstr "Vladimir Poutine in India"', "", 'msgid "Le ministre est actuellement à New Delhi."', 'msgstr "The minister is actually in New Delhi."', ""].join("\n"),
    );
    const result = cli("check", po, "--format", "text");
    expect(result.stdout).toContain("2 paragraphs checked: 1 error, 1 warning.");
  });

  it("refuses a malformed PO file, and a PO file given with a second file, exit 2", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vav-check-po-bad-"));
    const po = path.join(dir, "broken.po");
    writeFileSync(po, 'msgid "Bonjour"\nmsgstr "Hello" "unterminated\nmsgid');
    const broken = cli("check", po);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("po-malformed");
    const twice = cli("check", po, "prisma/seed/article.en.txt");
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain("a PO file holds both languages");
  });

  it("exits 0 without error findings, reading the glossary from a CSV file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vav-check-"));
    const glossary = path.join(dir, "glossary.csv");
    writeFileSync(glossary, "source,target,forbidden,note\nMoscou,Moscow,Moscou,\n");
    const result = cli("check", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--glossary", glossary, "--format", "text");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("42 paragraphs checked: 0 errors, 4 warnings.");
  });

  describe("into another language, with --target-lang", () => {
    type Report = { segments: { index: number; findings: { check: string; severity: string; message: string; fix?: string }[] }[] };
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), "vav-check-es-"));
      writeFileSync(
        path.join(dir, "fr.txt"),
        "Le taux de chômage\n\nLe taux de chômage a atteint 1,5 % en 2019, selon le ministre, qui a parlé de « progrès réels » devant les députés.\n\nLe gouvernement prévoit 54 milliards d'euros d'investissements publics pour la transition énergétique.\n",
      );
      writeFileSync(
        path.join(dir, "es.txt"),
        "La tasa de desempleo\n\nLa tasa de desempleo alcanzó el 1,5 % en 2019, según el ministro, que habló de “progresos reales” ante los diputados.\n\nEl gobierno prevé 54.000 millones de euros de inversiones públicas para la transición energética.\n",
      );
    });
    const check = (...lang: string[]) => cli("check", path.join(dir, "fr.txt"), path.join(dir, "es.txt"), ...lang, "--format", "json");
    const findingsOf = (stdout: string) => (JSON.parse(stdout) as Report).segments.flatMap((s) => s.findings.map((f) => ({ index: s.index, check: f.check })));

    it("reads Spanish numbers and quotation marks the Spanish way: 1,5, 54.000 millones and “ ” are no findings", () => {
      const result = check("--target-lang", "es");
      expect(result.status, result.stderr).toBe(0);
      expect(findingsOf(result.stdout)).toEqual([]);
    });

    it("judges the same text by another language's conventions: Mexican Spanish writes 1.5 and 54,000", () => {
      const result = check("--target-lang", "es-MX");
      expect(result.status).toBe(1);
      expect(findingsOf(result.stdout)).toEqual([
        { index: 1, check: "number-mismatch" },
        { index: 1, check: "source-typography" },
        { index: 2, check: "number-mismatch" },
      ]);
    });

    it("takes English by default, and the French-or-English language detector then reads the Spanish as French", () => {
      const result = check();
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("import refused: same-language");
    });

    it.each([["e s"], [""], ["-"]])("refuses the tag %j as bad input, exit 2", (tag) => {
      const result = check("--target-lang", tag);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("is not a BCP 47 language tag");
      expect(result.stdout).toBe("");
    });
  });

  it.each([
    [["check", "prisma/seed/article.en.txt", "prisma/seed/article.en.txt"], "import refused: same-language"],
    [["check", "missing.txt", "prisma/seed/article.en.txt"], "cannot read missing.txt"],
    [["check", "article.po", "--format", "json"], "cannot read article.po"],
    [["check", "prisma/seed/article.fr.txt", "prisma/seed/article.en.txt", "--format", "xml"], "usage:"],
  ])("%j exits 2 with a clear message", (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe("npm run cli -- create-admin", () => {
  it("creates the first administrator of an installation without accounts, and only the first", async () => {
    const { db } = await import("@/server/db");
    const { authenticateUser } = await import("@/server/auth/authenticate-user");
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
    const env = { ...process.env, VAV_ADMIN_PASSWORD: "first-admin-password" };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--conditions=react-server", "scripts/cli.js", ...args], { cwd: root, env, encoding: "utf8" });
    const first = run("create-admin", "chief@newsroom.example", "Chief", "Editor");
    expect(first.status, first.stderr).toBe(0);
    await expect(authenticateUser({ email: "chief@newsroom.example", password: "first-admin-password" })).resolves.toMatchObject({ role: "ADMIN", name: "Chief Editor" });
    const second = run("create-admin", "intruder@example.com", "Intruder");
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("FORBIDDEN (reason=admin-exists)");
  });
});
