// The Vis-à-vis command line, on the database named by DATABASE_URL:
//
//   npm run --silent cli -- import <source-file> <target-file> [--target-lang <tag>] [--into <document-id>] [--title "..."] [--as <email>]
//       aligns the two files exactly as the import screen does and writes a new article whose
//       target language is --target-lang (English when omitted); prints {"id": "<document id>", "lang": "<tag>"}.
//       One bilingual XLIFF file may stand for both. With --into, adds the language to that article
//       instead: the source file must be the article's current French, and the target is aligned
//       to its paragraphs as the editor's "Add a language" does.
//   npm run --silent cli -- check <source-file> <target-file> [--glossary <file.csv|file.tbx>] [--target-lang <tag>] [--format json|text]
//       aligns and classifies the files exactly as the import does, runs every quality check,
//       and prints the findings; no database. Exit code 0 without error-severity findings, 1 with.
//       --target-lang is the translation's BCP 47 tag (es, pt-BR, de): numbers and typography are
//       judged by its conventions. Default: an XLIFF file's target language, else en.
//   npm run --silent cli -- check <file.po|file.xlf> [--glossary ...] [--target-lang <tag>] [--format json|text]
//       the same on one already-paired file: a bilingual XLIFF, or a gettext PO file (msgid the
//       French, msgstr the translation, a fuzzy message a draft; the target language from the
//       header's Language, else en), as pofilter reads it.
//   VAV_ADMIN_PASSWORD=... npm run --silent cli -- create-admin <email> <name>
//       creates the first administrator of an installation without demo data (refused once one
//       exists); the password comes from the environment so that it stays out of shell history.
//   npm run --silent cli -- create-token <email> --name <name> [--role <ROLE>] [--languages "<tags>"] [--expires <days>]
//       creates an API token and prints {"token": "vav_..."}, the only time it is shown. With --role:
//       a service token for the service account <email>, created if missing (no password: it can
//       never sign in), given that role and, with --languages, those target languages; recorded in
//       the name of the first active administrator. Without --role: a personal token that acts as
//       the person <email>. --expires: days until it stops working (default: never).
//   npm run --silent cli -- update-source <document-id> <file> [--minor] [--as <email>] [--force]
//       records a new version of the document's French (text, Markdown, HTML) with the pairing the
//       comparison computes, as the editor does without corrections; prints {"sourceRevision", "unchanged",
//       "outdated", "inserted", "removed"} (paragraphs). --minor: a typo-level change, translations stay
//       valid. A file matching fewer than a third of the paragraphs is refused unless --force.
//   npm run --silent cli -- segments <document-id> [--lang <tag>] [--format json|text]
//       prints the current article of one translation (English by default), in order:
//       {"documentId", "sourceRevision", "segments": [{"position", "kind", "state", "source", "target"}]}.
//   npm run --silent cli -- backup <file>
//       copies the SQLite database to a new file while the app runs (SQLite's online backup API:
//       consistent as of one moment); prints {"file", "bytes", "migrations", "documents"}. On
//       PostgreSQL, refused: use pg_dump (README, "Backups").
//   npm run --silent cli -- restore <file>
//       puts a backup in place of the SQLite database, refused while a server started by
//       `npm start` uses it; the replaced database is kept beside it (.replaced-<time>).
//   npm run --silent cli -- suggest --text "<French text>" [--lang <tag>] [--format json|text]
//       prints the translation memory's matches for a text from outside (75 % and above, best
//       first), as GET /api/segments/{id}/suggestions does for a paragraph: {"matches": [...],
//       "sentences": [{"index", "source", "matches"}], ...}: a text of several sentences also gets
//       each sentence's matches.
//   npm run --silent cli -- memory-import <file.tmx> [--lang <tag>] [--as <email>]
//       imports a TMX file's French-to-<lang> units (English by default) into the translation memory
//       in one transaction; on a terminal, a progress bar on stderr; Ctrl+C cancels and keeps
//       nothing of the import. Prints {"added", "duplicates", "skipped"}.
//   npm run --silent cli -- memory-export [--lang <tag>] [--out <file.tmx>]
//       writes the translation memory of French to <lang> as TMX 1.4 (stdout without --out).
//   npm run --silent cli -- memory-rebuild
//       adds the approved paragraphs that have no memory unit yet (those approved before the
//       memory existed; `npm start` adds up to 50,000 of them itself); prints {"paragraphs": <added>, "isComplete": true}.
//   npm run --silent cli -- export <document-id> --format <html|md|txt|json|docx|xliff12|xliff20|tmx>
//                                  [--lang <tag>] [--version N] [--draft] [--out <file>]
//
// Whoever can run it can read the database file, so it acts with operator rights: exports read
// as an administrator; imports are recorded in the name of the account given with --as, or of
// the first active administrator. Exit codes: 0 done, 1 failure, 2 bad input.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { GlossaryEntry } from "@/domain/qa/types";

const USAGE = `usage:
  cli check <source-file> <target-file> [--glossary <file.csv|file.tbx>] [--target-lang <BCP 47 tag>] [--format json|text]
  cli check <file.po|file.xlf> [--glossary ...] [--target-lang ...] [--format json|text]   (already paired)
  cli create-admin <email> <name>   (password in VAV_ADMIN_PASSWORD)
  cli import <source-file> <target-file> [--target-lang <tag>] [--into <document-id>] [--title "..."] [--as <email>]
  cli export <document-id> --format <html|md|txt|json|docx|xliff12|xliff20|tmx> [--lang <tag>] [--version N] [--draft] [--out <file>]
  cli create-token <email> --name <name> [--role <ROLE>] [--languages "<tags>"] [--expires <days>]
  cli update-source <document-id> <file> [--minor] [--as <email>] [--force]
  cli segments <document-id> [--lang <BCP 47 tag>] [--format json|text]
  cli backup <file>    (SQLite; on PostgreSQL use pg_dump)
  cli restore <file>   (SQLite, with the app stopped)
  cli suggest --text "<French text>" [--lang <BCP 47 tag>] [--format json|text]
  cli memory-import <file.tmx> [--lang <BCP 47 tag>] [--as <email>]
  cli memory-export [--lang <BCP 47 tag>] [--out <file.tmx>]
  cli memory-rebuild`;

class UsageError extends Error {}

/** The identity exports read as: an export writes nothing, so it needs no account row (imports act as an account). */
const OPERATOR = { id: "cli-operator", email: "cli@localhost", name: "Command line", role: "ADMIN" as const, uiLanguage: "en" };

async function runExport(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string" }, lang: { type: "string" }, version: { type: "string" }, draft: { type: "boolean", default: false }, out: { type: "string" } },
  });
  const [documentId] = positionals;
  if (!documentId || !values.format) throw new UsageError(USAGE);
  const { exportDocument } = await import("@/server/services/publishing/export-document");
  const file = await exportDocument({
    actor: OPERATOR,
    input: { documentId, format: values.format, lang: values.lang, version: values.version, draft: values.draft },
  });
  const body = typeof file.body === "string" ? file.body : Buffer.from(file.body);
  if (values.out) {
    writeFileSync(values.out, body);
    process.stderr.write(`wrote ${values.out} (${file.filename})\n`);
  } else {
    process.stdout.write(body);
  }
}

async function importActor(email: string | undefined) {
  const { db } = await import("@/server/db");
  const { loadActor } = await import("@/server/auth/find-actor");
  const user = await db.user.findFirst({
    where: email ? { email: email.trim().toLowerCase(), isActive: true } : { role: "ADMIN", isActive: true },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const actor = user ? await loadActor(user.id) : null;
  if (!actor) throw new UsageError(email ? `no active account ${email}` : "no active administrator: create one, or pass --as <email>");
  return actor;
}

function fileInput(file: string) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  return { name: path.basename(file), content: bytes.toString("base64"), encoding: "base64" as const };
}

async function runImport(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { title: { type: "string" }, as: { type: "string" }, "target-lang": { type: "string" }, into: { type: "string" } },
  });
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError(USAGE);
  const { canonicalLanguageTag } = await import("@/domain/languages/language-tag");
  const lang = values["target-lang"] === undefined ? undefined : canonicalLanguageTag(values["target-lang"]);
  if (lang === null) throw new UsageError(`not a BCP 47 language tag: ${values["target-lang"]}`);
  const actor = await importActor(values.as);
  const [source, target] = positionals;
  if (values.into) {
    if (!target) throw new UsageError("--into needs the source file and the new language's file");
    if (!lang) throw new UsageError("--into needs --target-lang");
    await addLanguage(actor, values.into, lang, source, target);
    process.stdout.write(`${JSON.stringify({ id: values.into, lang })}\n`);
    return;
  }
  const { previewImport } = await import("@/server/services/imports/preview-import");
  const { createDocument } = await import("@/server/services/documents/create-document");
  const proposal = await previewImport({ actor, input: { title: values.title, targetLang: lang, source: fileInput(source), ...(target ? { target: fileInput(target) } : {}) } });
  const targetLang = lang ?? proposal.targetLang;
  const { id } = await createDocument({
    actor,
    input: { title: proposal.title, sourceLang: proposal.sourceLang, targetLang, pairs: proposal.rows },
  });
  process.stdout.write(`${JSON.stringify({ id, lang: canonicalLanguageTag(targetLang) ?? targetLang })}\n`);
}

/**
 * Adds a language to an existing article. The article's French paragraphs are fixed (other
 * languages hang on them), so the source file must be today's French: compared paragraph by
 * paragraph, whitespace aside. A different French is a source update, which comes first.
 */
async function addLanguage(actor: Awaited<ReturnType<typeof importActor>>, documentId: string, lang: string, source: string, target: string) {
  const { decodeText } = await import("@/domain/import/decode-text");
  const { readArticle, resolveFormat } = await import("@/domain/import/read-article");
  const { db } = await import("@/server/db");
  const { findArticleParagraphs } = await import("@/server/services/translations/article-paragraphs");
  const { previewTranslation } = await import("@/server/services/translations/preview-translation");
  const { addTranslation } = await import("@/server/services/translations/add-translation");
  const decoded = decodeText(readBytes(source));
  if (!decoded.ok) throw new UsageError(`cannot read ${source}: ${decoded.code}`);
  const read = readArticle(decoded.text, resolveFormat("auto", path.basename(source), decoded.text));
  const french = read.format === "xliff" ? (read.xliff.ok ? read.xliff.units.map((unit) => unit.sourceText) : []) : read.ok ? read.paragraphs.map((p) => p.text) : [];
  const { paragraphs } = await findArticleParagraphs(db, documentId);
  const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
  const current = paragraphs.map((paragraph) => squeeze(paragraph.sourceText));
  const given = french.map(squeeze).filter((text) => text !== "");
  const differs = current.length !== given.length || current.some((text, index) => text !== given[index]);
  if (differs) {
    const at = current.findIndex((text, index) => text !== given[index]);
    throw new UsageError(
      `${source} is not the article's current French (${given.length} paragraphs against ${current.length}; first difference at paragraph ${(at < 0 ? current.length : at) + 1}). ` +
        "Update the article's source first, then add the language.",
    );
  }
  const preview = await previewTranslation({ actor, input: { documentId, lang, target: fileInput(target) } });
  await addTranslation({ actor, input: { documentId, lang, targets: preview.rows.map((row) => row.targetText), sourceRevision: preview.sourceRevision } });
}

/** A BCP 47 tag in its canonical form ("pt-BR"); anything else is a usage error. */
function canonicalTag(tag: string, option = "--target-lang"): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // Intl throws a RangeError for a malformed tag: reported below as bad input.
  }
  throw new UsageError(`${option}: "${tag}" is not a BCP 47 language tag (for example en, es, pt-BR)`);
}

function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
}

/**
 * A gettext PO file as already-paired rows (pofilter's input): msgid is the French, msgstr the
 * translation; a fuzzy message is a draft. Kinds are classified as an import would.
 */
async function readPoPairs(file: string) {
  const { readPo } = await import("@/domain/interchange/read-po");
  const { classifySegment } = await import("@/domain/segmentation/classify-segment");
  const read = readPo(readBytes(file));
  if (!read.ok) throw new UsageError(`cannot read ${file}: ${read.code}${read.params ? ` (limit ${read.params.limit})` : ""}`);
  const { canonicalLanguageTag } = await import("@/domain/languages/language-tag");
  // gettext writes locales with an underscore ("pt_BR"); a header that is no language tag is ignored.
  const language = (tag: string | null, fallback: string) => (tag ? (canonicalLanguageTag(tag.replace(/_/g, "-")) ?? fallback) : fallback);
  const rows = read.units.map((unit, index) => ({
    kind: classifySegment({ source: unit.sourceText, target: unit.targetText, index, isBulleted: false }),
    sourceText: unit.sourceText,
    targetText: unit.targetText,
    state: unit.state,
  }));
  return { rows, sourceLang: language(read.sourceLang, "fr").split("-")[0], targetLang: language(read.targetLang, "en") };
}

async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { glossary: { type: "string" }, "target-lang": { type: "string" }, format: { type: "string", default: "json" } },
  });
  if (positionals.length < 1 || positionals.length > 2 || !["json", "text"].includes(String(values.format))) throw new UsageError(USAGE);
  const declaredTargetLang = values["target-lang"] === undefined ? undefined : canonicalTag(values["target-lang"]);
  const { proposeImport } = await import("@/domain/import/propose-import");
  const { hasOpenError } = await import("@/domain/qa/open-findings");
  const { checkDocument, findingMessageKey } = await import("@/domain/qa/engine");
  const { STARTER_GLOSSARY } = await import("@/domain/qa/starter-glossary");
  const { initialSegmentState } = await import("@/domain/workflow/initial-state");
  const { parseGlossaryCsv, parseTbx } = await import("@/domain/qa/glossary-files");
  const { getLocaleConventions } = await import("@/domain/qa/locale-conventions");
  const { createInstance } = await import("i18next");
  const english = (await import("@/locales/en/qa.json")).default;

  const [source, target] = positionals;
  const isPo = (file: string) => /\.pot?$/i.test(file);
  if (positionals.some(isPo) && positionals.length > 1) throw new UsageError("a PO file holds both languages: give it alone");
  const paired = isPo(source) ? await readPoPairs(source) : null;
  const result = paired
    ? null
    : proposeImport({
        source: { name: path.basename(source), bytes: readBytes(source) },
        ...(target ? { target: { name: path.basename(target), bytes: readBytes(target) } } : {}),
        targetLang: declaredTargetLang,
      });
  if (result && !result.ok) throw new UsageError(`import refused: ${result.reason}${result.side ? ` (${result.side})` : ""}`);
  const { rows, sourceLang } = paired ?? result!.proposal;
  const targetLang = declaredTargetLang ?? paired?.targetLang ?? result!.proposal.targetLang;
  if (!getLocaleConventions(targetLang).isKnown) process.stderr.write(`note: no CLDR data for "${targetLang}": its numbers and typography are not judged by its conventions\n`);
  // The starter glossary is French to English: into another language its English names would be errors.
  let glossary: GlossaryEntry[] = targetLang.split("-")[0] === "en" ? [...STARTER_GLOSSARY] : [];
  if (values.glossary) {
    const text = new TextDecoder().decode(readBytes(values.glossary));
    const parsed = values.glossary.toLowerCase().endsWith(".tbx") ? parseTbx(text, sourceLang, targetLang) : parseGlossaryCsv(text);
    if (!parsed.ok) throw new UsageError(`glossary ${values.glossary}: ${parsed.code}${parsed.row ? ` (row ${parsed.row})` : ""}`);
    glossary = parsed.records.map((r) => ({ ...r, isCaseSensitive: false }));
  }
  // The states the paragraphs would start in once imported by a reviewer, so excluded page furniture is not checked.
  const segments = rows.map((row) => ({ ...row, state: initialSegmentState(row, { canReview: true }) }));
  const findings = checkDocument(segments, { glossary, sourceLang, targetLang });
  const i18n = createInstance();
  await i18n.init({ lng: "en", resources: { en: { qa: english } }, defaultNS: "qa", interpolation: { escapeValue: false }, initAsync: false });
  (await import("@/locales/formatters")).addFormatters(i18n);
  const report = segments.map((segment, index) => ({
    index,
    kind: segment.kind,
    source: segment.sourceText,
    target: segment.targetText,
    findings: findings[index].map((f) => ({ check: f.checkId, severity: f.severity, message: i18n.t(`messages.${findingMessageKey(f)}`, f.params), ...(f.fix !== undefined ? { fix: f.fix } : {}) })),
  }));
  if (values.format === "json") {
    process.stdout.write(`${JSON.stringify({ segments: report })}\n`);
  } else {
    for (const segment of report.filter((s) => s.findings.length > 0)) {
      process.stdout.write(`¶ ${segment.index + 1} (${segment.kind}): ${segment.target}\n`);
      for (const f of segment.findings) process.stdout.write(`  ${f.severity.toUpperCase()} ${f.check}: ${f.message}${"fix" in f ? ` Fix: ${f.fix}` : ""}\n`);
    }
    const counts = report.flatMap((s) => s.findings).reduce<Record<string, number>>((all, f) => ({ ...all, [f.severity]: (all[f.severity] ?? 0) + 1 }), {});
    // English plural forms through Intl, as the interface counts through i18next: "1 error", "2 errors".
    const rules = new Intl.PluralRules("en");
    const count = (n: number, one: string, other: string) => `${new Intl.NumberFormat("en").format(n)} ${rules.select(n) === "one" ? one : other}`;
    process.stdout.write(
      `${count(report.length, "paragraph", "paragraphs")} checked: ${count(counts.error ?? 0, "error", "errors")}, ${count(counts.warning ?? 0, "warning", "warnings")}.\n`,
    );
  }
  return findings.some(hasOpenError) ? 1 : 0;
}

async function runUpdateSource(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { minor: { type: "boolean", default: false }, as: { type: "string" }, force: { type: "boolean", default: false } },
  });
  if (positionals.length !== 2) throw new UsageError(USAGE);
  const [documentId, file] = positionals;
  const source = fileInput(file);
  const actor = await importActor(values.as);
  const { previewSourceUpdate } = await import("@/server/services/sources/preview-source-update");
  const { updateSource } = await import("@/server/services/sources/update-source");
  const preview = await previewSourceUpdate({ actor, input: { documentId, source } });
  if (preview.isDifferentArticle && !preview.looksEnglish && !preview.isUnchanged && !values.force) {
    throw new UsageError(
      `${file} matches only ${Math.round(preview.matchedRatio * 100)}% of the paragraphs of document ${documentId}: it does not look like the same article. ` +
        "Check the file, or pass --force to record it anyway.",
    );
  }
  const result = await updateSource({
    actor,
    input: {
      documentId,
      source,
      links: preview.links.map((link) => ({ old: link.old, new: link.new })),
      baseRevision: preview.currentRevision,
      isMinor: values.minor,
      confirmDifferentArticle: values.force,
    },
  });
  const { sourceRevision, unchanged, outdated, inserted, removed } = result;
  process.stdout.write(`${JSON.stringify({ sourceRevision, unchanged, outdated, inserted, removed })}\n`);
}

async function runSegments(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { lang: { type: "string", default: "en" }, format: { type: "string", default: "json" } } });
  if (positionals.length !== 1 || !["json", "text"].includes(String(values.format))) throw new UsageError(USAGE);
  const [documentId] = positionals;
  const lang = canonicalTag(values.lang, "--lang");
  const { getDocument } = await import("@/server/services/documents/get-document");
  const document = await getDocument({ actor: OPERATOR, documentId, lang });
  const segments = document.segments.map((segment) => ({ position: segment.position, kind: segment.kind, state: segment.state, source: segment.sourceText, target: segment.targetText }));
  if (values.format === "json") {
    process.stdout.write(`${JSON.stringify({ documentId, sourceRevision: document.sourceRevision, segments })}\n`);
  } else {
    process.stdout.write(`${document.title} (${lang}, French revision ${document.sourceRevision})\n`);
    for (const segment of segments) process.stdout.write(`\n${segment.position + 1}. ${segment.kind} ${segment.state}\n  fr: ${segment.source}\n  ${lang}: ${segment.target}\n`);
  }
}

async function runSuggest(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { text: { type: "string" }, lang: { type: "string", default: "en" }, format: { type: "string", default: "json" } },
  });
  if (positionals.length > 0 || values.text === undefined || !["json", "text"].includes(String(values.format))) throw new UsageError(USAGE);
  const { suggestTranslations } = await import("@/server/services/memory/suggest-translations");
  const suggestions = await suggestTranslations({ actor: OPERATOR, input: { text: values.text, lang: canonicalTag(values.lang, "--lang") } });
  if (values.format === "json") {
    process.stdout.write(`${JSON.stringify(suggestions)}\n`);
  } else {
    const print = (matches: typeof suggestions.matches, indent: string) => {
      if (matches.length === 0) process.stdout.write(`${indent}no match\n`);
      for (const match of matches) process.stdout.write(`${indent}${match.score}% ${match.origin} ${match.documentTitle ? `"${match.documentTitle}" ` : ""}${match.approvedAt}\n${indent}  fr: ${match.source}\n${indent}  → ${match.target}\n`);
    };
    print(suggestions.matches, "");
    for (const sentence of suggestions.sentences) {
      process.stdout.write(`sentence ${sentence.index + 1}: ${sentence.source}\n`);
      print(sentence.matches, "  ");
    }
    if (suggestions.sentenceCount > suggestions.sentences.length && suggestions.sentences.length > 0) {
      process.stdout.write(`(only the first ${suggestions.sentenceLimit} of ${suggestions.sentenceCount} sentences are looked up one by one)\n`);
    }
  }
}

/** A progress bar on stderr, redrawn in place; only on a terminal, so logs and pipes stay clean. */
function progressBar(label: string) {
  const isTerminal = process.stderr.isTTY === true;
  let last = -1;
  return {
    update(done: number, total: number) {
      if (!isTerminal) return;
      const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round((width * percent) / 100);
      process.stderr.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${String(percent).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")}`);
    },
    end() {
      if (isTerminal && last !== -1) process.stderr.write("\n");
    },
  };
}

async function runMemoryImport(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { lang: { type: "string", default: "en" }, as: { type: "string" } } });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const actor = await importActor(values.as);
  const content = readFileSync(positionals[0], "utf8");
  const { importMemoryTmx } = await import("@/server/services/memory/import-memory-tmx");
  const controller = new AbortController();
  // Ctrl+C cancels: the transaction rolls back, so no half import is left behind.
  const cancel = () => controller.abort();
  process.once("SIGINT", cancel);
  const bar = progressBar("import");
  try {
    const result = await importMemoryTmx({ actor, input: { content, lang: canonicalTag(values.lang, "--lang") }, onProgress: bar.update, signal: controller.signal });
    bar.end();
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    bar.end();
    if (error instanceof Error && error.name === "ImportCancelledError") {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 130;
      return;
    }
    throw error;
  } finally {
    process.off("SIGINT", cancel);
  }
}

async function runMemoryExport(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { lang: { type: "string", default: "en" }, out: { type: "string" } } });
  if (positionals.length > 0) throw new UsageError(USAGE);
  const { exportMemoryTmx } = await import("@/server/services/memory/export-memory-tmx");
  const { content, units } = await exportMemoryTmx({ actor: OPERATOR, input: { lang: canonicalTag(values.lang, "--lang") } });
  if (values.out) {
    writeFileSync(values.out, content);
    process.stderr.write(`wrote ${units} units to ${values.out}\n`);
  } else {
    process.stdout.write(content);
  }
}

async function runMemoryRebuild(args: string[]) {
  if (args.length > 0) throw new UsageError(USAGE);
  const { rebuildMemory } = await import("@/server/services/memory/rebuild-memory");
  const result = await rebuildMemory({ actor: OPERATOR });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function runCreateAdmin(args: string[]) {
  const [email, ...nameParts] = args;
  const password = process.env.VAV_ADMIN_PASSWORD;
  if (!email || nameParts.length === 0 || !password) throw new UsageError(USAGE);
  const { bootstrapAdmin } = await import("@/server/services/users/bootstrap-admin");
  const { id } = await bootstrapAdmin({ input: { email, name: nameParts.join(" "), password } });
  process.stdout.write(`${JSON.stringify({ id })}\n`);
}

/** The person in whose name the command line gives out service tokens: the first active administrator. */
async function operatorAdministrator() {
  const { db } = await import("@/server/db");
  const { loadActor } = await import("@/server/auth/find-actor");
  const user = await db.user.findFirst({ where: { role: "ADMIN", isActive: true, kind: "PERSON" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const actor = user ? await loadActor(user.id) : null;
  if (!actor) throw new UsageError("no active administrator: create one with create-admin first");
  return actor;
}

async function runCreateToken(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string" }, languages: { type: "string" }, expires: { type: "string" } },
  });
  if (positionals.length !== 1 || values.name === undefined) throw new UsageError(USAGE);
  const [email] = positionals;
  let expiresInDays: number | undefined;
  if (values.expires !== undefined) {
    expiresInDays = Number(values.expires);
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1) throw new UsageError(`--expires: "${values.expires}" is not a whole number of days`);
  }
  if (values.languages !== undefined && values.role === undefined) {
    throw new UsageError("--languages is for service tokens, with --role: a personal token has its person's own languages");
  }
  const { createToken } = await import("@/server/services/tokens/create-token");
  const { isAppError } = await import("@/server/errors");
  if (values.role !== undefined) {
    const serviceAccount = { email, role: values.role, ...(values.languages !== undefined ? { targetLangs: values.languages } : {}) };
    try {
      const { token } = await createToken({ actor: await operatorAdministrator(), input: { name: values.name, expiresInDays, serviceAccount } });
      process.stdout.write(`${JSON.stringify({ token })}\n`);
    } catch (error) {
      if (isAppError(error) && error.params.reason === "person-account") {
        throw new UsageError(`${email} is a person's account: --role is for service accounts. Without --role the token is a personal one, acting as ${email} with their own role.`);
      }
      throw error;
    }
    return;
  }
  const { db } = await import("@/server/db");
  const account = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { kind: true } });
  if (account?.kind === "SERVICE") throw new UsageError(`${email} is a service account: pass --role to give it a service token`);
  const { token } = await createToken({ actor: await importActor(email), input: { name: values.name, expiresInDays } });
  process.stdout.write(`${JSON.stringify({ token })}\n`);
}

/** The SQLite file behind DATABASE_URL; backups of PostgreSQL are pg_dump's work. */
async function sqliteFile(): Promise<string> {
  const { isPostgresUrl, resolveDatabaseUrl, sqliteFilePath } = await import("./lib/database-url.js");
  const url = resolveDatabaseUrl();
  if (isPostgresUrl(url)) throw new UsageError("DATABASE_URL is PostgreSQL: back it up with pg_dump and restore with pg_restore (README, \"Backups\")");
  return sqliteFilePath(url);
}

async function runBackupOrRestore(command: "backup" | "restore", args: string[]) {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { BackupError, backupSqlite, restoreSqlite } = await import("./lib/sqlite-backup");
  const database = await sqliteFile();
  try {
    const result = command === "backup" ? await backupSqlite(database, positionals[0]) : await restoreSqlite(database, positionals[0]);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    if (error instanceof BackupError) throw new UsageError(error.message);
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "check") return await runCheck(rest);
    if (command === "export") await runExport(rest);
    else if (command === "import") await runImport(rest);
    else if (command === "create-admin") await runCreateAdmin(rest);
    else if (command === "create-token") await runCreateToken(rest);
    else if (command === "update-source") await runUpdateSource(rest);
    else if (command === "segments") await runSegments(rest);
    else if (command === "backup" || command === "restore") await runBackupOrRestore(command, rest);
    else if (command === "suggest") await runSuggest(rest);
    else if (command === "memory-import") await runMemoryImport(rest);
    else if (command === "memory-export") await runMemoryExport(rest);
    else if (command === "memory-rebuild") await runMemoryRebuild(rest);
    else throw new UsageError(USAGE);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    const { isAppError } = await import("@/server/errors");
    if (error instanceof UsageError || (error instanceof Error && error.name === "TypeError" && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (isAppError(error)) {
      const detail = Object.entries(error.params).map(([key, value]) => `${key}=${value}`).join(" ");
      process.stderr.write(`error: ${error.code}${detail ? ` (${detail})` : ""}\n`);
      return error.code === "INVALID_INPUT" || error.code === "INVALID_IMPORT" ? 2 : 1;
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    // `check` works on files alone and never opens the database.
    if (command !== "check" && command !== "backup" && command !== "restore") {
      const { db } = await import("@/server/db");
      await db.$disconnect();
    }
  }
}

// Writes to a pipe finish asynchronously: exiting at once can cut the end off a long report piped
// to another program (`cli check big.po | tail`). Exit once standard output and error are flushed.
// A reader that stops early (`| head`) closes the pipe: the rest of the report is dropped quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write("", () => resolve()));
main(process.argv.slice(2)).then(async (code) => {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});
