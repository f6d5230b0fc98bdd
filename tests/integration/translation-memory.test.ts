import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportMemoryTmx } from "@/server/services/memory/export-memory-tmx";
import { importMemoryTmx } from "@/server/services/memory/import-memory-tmx";
import { rebuildMemory } from "@/server/services/memory/rebuild-memory";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { undoBatch } from "@/server/services/batches/undo-batch";
import { db, isPostgres } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { reviewSegment } from "@/server/services/review/review-segment";
import { saveSegment } from "@/server/services/segments/save-segment";
import { applySegmentChange } from "@/server/services/segments/apply-segment-change";
import { getSegmentHistory } from "@/server/services/segments/get-segment-history";
import { getSegmentSuggestions } from "@/server/services/memory/get-segment-suggestions";
import { searchMemory } from "@/server/services/memory/search-memory";
import { suggestTranslations } from "@/server/services/memory/suggest-translations";
import { insertSentenceTranslation } from "@/domain/memory/insert-sentence";
import { countRows, createActor } from "./support/actors";

const KREMLIN_FR = "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré lundi que la rencontre aurait lieu à Moscou.";
const KREMLIN_EN = "Kremlin spokesman Dmitry Peskov said on Monday that the meeting would take place in Moscow.";
const TWO_SENTENCES_FR = "Le président est arrivé à Berlin jeudi. Il doit rencontrer le chancelier vendredi.";
const TWO_SENTENCES_EN = "The president arrived in Berlin on Thursday. He is due to meet the chancellor on Friday.";

/** An article of the given paragraphs (French, English), imported by `actor`; its segments in order. */
async function importArticle(actor: Actor, title: string, pairs: [string, string][], targetLang = "en") {
  const { id } = await createDocument({
    actor,
    input: { title, targetLang, pairs: pairs.map(([sourceText, targetText]) => ({ kind: "BODY", sourceText, targetText })) },
  });
  const document = await getDocument({ actor, documentId: id, lang: targetLang });
  return { id, segments: document.segments };
}

async function approve(actor: Actor, segment: { id: string; version: number }) {
  return (await reviewSegment({ actor, input: { action: "approve", segmentId: segment.id, version: segment.version } })).segment;
}

/**
 * The units of a language pair whose French holds a word, found through the full-text index: on
 * SQLite the FTS5 table (which holds only what its triggers wrote), on PostgreSQL the trigram
 * operator the GIN index serves.
 */
async function indexed(word: string, targetLang: string): Promise<number> {
  if (isPostgres) {
    const rows = await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "MemoryUnit" WHERE "sourceText" ILIKE $1 AND "targetLang" = $2`,
      `%${word}%`,
      targetLang,
    );
    return Number(rows[0].count);
  }
  const rows = await db.$queryRawUnsafe<{ count: bigint | number }[]>(
    `SELECT count(*) AS count FROM "MemoryUnitSearch" s JOIN "MemoryUnit" u ON u."id" = s.rowid WHERE "MemoryUnitSearch" MATCH ? AND u."targetLang" = ?`,
    `"${word}"`,
    targetLang,
  );
  return Number(rows[0].count);
}

/**
 * The same through the word index the suggestions' prefilter uses: on SQLite the FTS5 table
 * "MemoryUnitWords" (which holds only what its triggers wrote), on PostgreSQL the "sourceWords"
 * tsvector its trigger writes, under a GIN index.
 */
async function wordIndexed(word: string, targetLang: string): Promise<number> {
  const rows = isPostgres
    ? await db.$queryRawUnsafe<{ count: bigint }[]>(
        `SELECT count(*) AS count FROM "MemoryUnit" WHERE "sourceWords" @@ phraseto_tsquery('vav_search', $1) AND "targetLang" = $2`,
        word,
        targetLang,
      )
    : await db.$queryRawUnsafe<{ count: bigint | number }[]>(
        `SELECT count(*) AS count FROM "MemoryUnitWords" w JOIN "MemoryUnit" u ON u."id" = w.rowid WHERE "MemoryUnitWords" MATCH ? AND u."targetLang" = ?`,
        `"${word}"`,
        targetLang,
      );
  return Number(rows[0].count);
}

// The memory is shared by every article of a language pair: each test below works in a language
// of its own so that the others' units do not answer its searches.
describe("translation memory: filled from approvals in the same transaction", () => {
  it("records an approved paragraph with its document, approver and date, and its sentences when both sides split alike", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const article = await importArticle(translator, "Berlin visit", [[TWO_SENTENCES_FR, TWO_SENTENCES_EN]], "de");
    const before = Date.now();
    await approve(reviewer, article.segments[0]);
    const units = await db.memoryUnit.findMany({
      where: { segmentId: article.segments[0].id },
      orderBy: { sentence: "asc" },
      select: { sentence: true, sourceText: true, targetText: true, origin: true, documentId: true, documentTitle: true, authorName: true, approvedAt: true, sourceLang: true, targetLang: true },
    });
    expect(units.map((unit) => ({ ...unit, approvedAt: undefined }))).toEqual([
      { sentence: 0, sourceText: TWO_SENTENCES_FR, targetText: TWO_SENTENCES_EN, origin: "APPROVED", documentId: article.id, documentTitle: "Berlin visit", authorName: reviewer.name, sourceLang: "fr", targetLang: "de" },
      { sentence: 1, sourceText: "Le président est arrivé à Berlin jeudi.", targetText: "The president arrived in Berlin on Thursday.", origin: "APPROVED", documentId: article.id, documentTitle: "Berlin visit", authorName: reviewer.name, sourceLang: "fr", targetLang: "de" },
      { sentence: 2, sourceText: "Il doit rencontrer le chancelier vendredi.", targetText: "He is due to meet the chancellor on Friday.", origin: "APPROVED", documentId: article.id, documentTitle: "Berlin visit", authorName: reviewer.name, sourceLang: "fr", targetLang: "de" },
    ]);
    expect(units[0].approvedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await indexed("chancelier", "de")).toBe(2);
    // Whole words, accents and case ignored.
    expect(await wordIndexed("CHANCELIER", "de")).toBe(2);
    expect(await wordIndexed("arrive", "de")).toBe(2);
    expect(await wordIndexed("chance", "de")).toBe(0);
  });

  it("suggests an approved paragraph for a similar one in another article, with its score, source, date and the difference", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const first = await importArticle(translator, "Summit", [[KREMLIN_FR, KREMLIN_EN]], "it");
    await approve(reviewer, first.segments[0]);
    const second = await importArticle(translator, "Summit, day two", [[KREMLIN_FR.replace("lundi", "mardi"), ""]], "it");

    const { matches } = await getSegmentSuggestions({ actor: translator, segmentId: second.segments[0].id });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ source: KREMLIN_FR, target: KREMLIN_EN, origin: "APPROVED", documentId: first.id, documentTitle: "Summit", authorName: reviewer.name, isSentence: false });
    expect(matches[0].score).toBeGreaterThanOrEqual(95);
    expect(matches[0].score).toBeLessThan(100);
    expect(matches[0].diff.filter((part) => part.type !== "same").map((part) => `${part.type}:${part.text}`)).toEqual(["removed:lundi", "added:mardi"]);
    expect(Date.parse(matches[0].approvedAt)).not.toBeNaN();
    // The approved paragraph itself is not offered its own translation.
    expect((await getSegmentSuggestions({ actor: translator, segmentId: first.segments[0].id })).matches).toEqual([]);
  });

  it("ranks an exact match first, and an approved translation above an imported one of the same French", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const imported = await importArticle(translator, "Imported", [[KREMLIN_FR, "The Kremlin's spokesman, Dmitri Peskov, said Monday the meeting would be in Moscow."]], "nl");
    const approved = await importArticle(translator, "Approved", [[KREMLIN_FR, KREMLIN_EN]], "nl");
    await approve(reviewer, approved.segments[0]);
    const fuzzy = await importArticle(translator, "Fuzzy", [[KREMLIN_FR.replace("à Moscou", "au Kremlin"), "Kremlin spokesman Dmitry Peskov said on Monday that the meeting would take place at the Kremlin."]], "nl");
    await approve(reviewer, fuzzy.segments[0]);
    const target = await importArticle(translator, "New", [[KREMLIN_FR, ""]], "nl");

    const { matches } = await getSegmentSuggestions({ actor: translator, segmentId: target.segments[0].id });
    expect(matches.map((match) => [match.score, match.origin, match.documentId])).toEqual([
      [100, "APPROVED", approved.id],
      [100, "IMPORTED", imported.id],
      [matches[2].score, "APPROVED", fuzzy.id],
    ]);
    expect(matches[2].score).toBeGreaterThanOrEqual(75);
    expect(matches[2].score).toBeLessThan(100);
  });

  it("never suggests rejected text, and a rejection takes an approved paragraph's unit out", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const wrong = await importArticle(translator, "Wrong", [[KREMLIN_FR, "The Kremlin said nothing at all."]], "pt");
    await reviewSegment({ actor: reviewer, input: { action: "reject", segmentId: wrong.segments[0].id, version: wrong.segments[0].version, reason: "Mistranslated" } });
    const later = await importArticle(translator, "Later", [[KREMLIN_FR, ""]], "pt");
    expect((await getSegmentSuggestions({ actor: translator, segmentId: later.segments[0].id })).matches).toEqual([]);

    const good = await importArticle(translator, "Good", [[KREMLIN_FR, KREMLIN_EN]], "pt");
    const approvedSegment = await approve(reviewer, good.segments[0]);
    expect((await getSegmentSuggestions({ actor: translator, segmentId: later.segments[0].id })).matches.map((m) => m.target)).toEqual([KREMLIN_EN]);
    await reviewSegment({ actor: reviewer, input: { action: "reject", segmentId: approvedSegment.id, version: approvedSegment.version, reason: "Name spelt wrong" } });
    expect((await getSegmentSuggestions({ actor: translator, segmentId: later.segments[0].id })).matches).toEqual([]);
    expect(await db.memoryUnit.count({ where: { segmentId: { in: [wrong.segments[0].id, good.segments[0].id] } } })).toBe(0);
  });

  it("replaces a paragraph's unit when a later revision is approved, and keeps the approved one meanwhile", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const article = await importArticle(translator, "Revised", [[KREMLIN_FR, KREMLIN_EN]], "pl");
    const approved = await approve(reviewer, article.segments[0]);
    const revised = "Kremlin spokesman Dmitry Peskov said on Monday the meeting would be held in Moscow.";
    const edited = await saveSegment({ actor: translator, input: { segmentId: approved.id, targetText: revised, version: approved.version, submit: true } });
    expect((await db.memoryUnit.findMany({ where: { segmentId: approved.id, sentence: 0 }, select: { targetText: true } })).map((u) => u.targetText)).toEqual([KREMLIN_EN]);
    await approve(reviewer, edited.segment);
    expect(await db.memoryUnit.findMany({ where: { segmentId: approved.id }, select: { targetText: true, origin: true } })).toEqual([{ targetText: revised, origin: "APPROVED" }]);
    expect(await indexed("Peskov", "pl")).toBe(1);
  });

  it("writes nothing to the memory or its index when the approval's transaction fails", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const article = await importArticle(translator, "Rolled back", [["Le Conseil constitutionnel a validé la loi immigration.", "The Constitutional Council upheld the immigration law."]], "sv");
    const segment = article.segments[0];
    const before = await db.memoryUnit.count();
    await expect(
      db.$transaction(async (tx) => {
        await applySegmentChange(tx, { actor: reviewer, segmentId: segment.id, version: segment.version, actions: [{ type: "approve", targetText: segment.targetText }], auditAction: "segment.approved" });
        expect(await tx.memoryUnit.count({ where: { segmentId: segment.id, origin: "APPROVED" } })).toBe(1);
        throw new Error("a later step of the same change failed");
      }),
    ).rejects.toThrow("a later step");
    expect(await db.memoryUnit.count()).toBe(before);
    expect(await db.memoryUnit.findMany({ where: { segmentId: segment.id }, select: { origin: true } })).toEqual([{ origin: "IMPORTED" }]);
    expect(await indexed("constitutionnel", "sv")).toBe(1);
    expect(await wordIndexed("constitutionnel", "sv")).toBe(1);
  });

  it("fills the memory from a bulk approval, and empties it again when the bulk approval is undone", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const article = await importArticle(translator, "Bulk", [["Le scrutin est clos ce soir.", "Polls close tonight."], ["Les résultats sont attendus dans la nuit.", "Results are expected overnight."]]);
    const ids = article.segments.map((segment) => segment.id);
    const preview = await previewBulkApproval({ actor: reviewer, documentId: article.id });
    const { batchId } = await bulkApproveSegments({ actor: reviewer, input: { documentId: article.id, segments: preview.segments } });
    expect(await db.memoryUnit.count({ where: { segmentId: { in: ids }, origin: "APPROVED" } })).toBe(2);
    await undoBatch({ actor: reviewer, input: { batchId } });
    expect(await db.memoryUnit.count({ where: { segmentId: { in: ids } } })).toBe(0);
  });

  it("keeps language pairs apart", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const english = await importArticle(translator, "English", [[KREMLIN_FR, KREMLIN_EN]], "en-GB");
    await approve(reviewer, english.segments[0]);
    const spanish = await importArticle(translator, "Spanish", [[KREMLIN_FR, ""]], "es");
    expect((await getSegmentSuggestions({ actor: translator, segmentId: spanish.segments[0].id })).matches).toEqual([]);
  });
});

describe("translation memory: inserting a match", () => {
  it("records the insertion in the history as from memory, and refuses a text that is not the unit's", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const first = await importArticle(translator, "Source", [[KREMLIN_FR, KREMLIN_EN]], "da");
    await approve(reviewer, first.segments[0]);
    const second = await importArticle(translator, "Target", [[KREMLIN_FR.replace("lundi", "mardi"), ""]], "da");
    const [match] = (await getSegmentSuggestions({ actor: translator, segmentId: second.segments[0].id })).matches;

    const rows = await countRows();
    await expect(
      saveSegment({ actor: translator, input: { segmentId: second.segments[0].id, targetText: "Something else", version: 1, memoryUnitId: match.unitId } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field: "memoryUnitId", reason: "text-differs" } });
    expect(await countRows()).toEqual(rows);

    const saved = await saveSegment({ actor: translator, input: { segmentId: second.segments[0].id, targetText: match.target, version: 1, memoryUnitId: match.unitId } });
    expect(saved.segment.targetText).toBe(KREMLIN_EN);
    const history = await getSegmentHistory({ actor: translator, segmentId: second.segments[0].id });
    expect(history.filter((entry) => entry.type === "revision")).toHaveLength(1);
    expect(history.find((entry) => entry.type === "revision")).toMatchObject({ type: "revision", reason: "MEMORY", after: KREMLIN_EN, authorName: translator.name });
  });
});

describe("translation memory: the sentences of a long paragraph", () => {
  it("looks up each sentence of the paragraph being translated, finding sentence units and one-sentence paragraphs", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const earlier = await importArticle(translator, "Berlin", [[TWO_SENTENCES_FR, TWO_SENTENCES_EN], [KREMLIN_FR, KREMLIN_EN]], "cs");
    await approve(reviewer, earlier.segments[0]);
    await approve(reviewer, earlier.segments[1]);
    const long = `Le président est arrivé à Berlin mardi. Il a été reçu par un orchestre de cuivres. ${KREMLIN_FR.replace("lundi", "mardi")}`;
    const later = await importArticle(translator, "Berlin again", [[long, ""]], "cs");

    const suggestions = await getSegmentSuggestions({ actor: translator, segmentId: later.segments[0].id });
    // The whole paragraph is like nothing in the memory; its sentences are.
    expect(suggestions.matches).toEqual([]);
    expect(suggestions.sentenceCount).toBe(3);
    expect(suggestions.sentences.map((sentence) => [sentence.index, sentence.source, sentence.matches.map((match) => [match.target, match.isSentence])])).toEqual([
      [0, "Le président est arrivé à Berlin mardi.", [["The president arrived in Berlin on Thursday.", true]]],
      [1, "Il a été reçu par un orchestre de cuivres.", []],
      [2, KREMLIN_FR.replace("lundi", "mardi"), [[KREMLIN_EN, false]]],
    ]);
    const first = suggestions.sentences[0].matches[0];
    expect(first.score).toBeGreaterThanOrEqual(75);
    expect(first.score).toBeLessThan(100);
    expect(first.diff.filter((part) => part.type !== "same").map((part) => `${part.type}:${part.text}`)).toEqual(["removed:jeudi", "added:mardi"]);

    // A paragraph of one sentence has no per-sentence lookups.
    expect((await getSegmentSuggestions({ actor: translator, segmentId: earlier.segments[1].id })).sentences).toEqual([]);
  });

  it("records a sentence inserted into the paragraph's translation as from memory, and refuses a text without it", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const earlier = await importArticle(translator, "Berlin", [[TWO_SENTENCES_FR, TWO_SENTENCES_EN]], "fi");
    await approve(reviewer, earlier.segments[0]);
    const long = "Le président est arrivé à Berlin mardi. Il doit rencontrer le chancelier vendredi.";
    const draft = "The president arrived in Berlin on Tuesday. He meets the chancellor.";
    const later = await importArticle(translator, "Berlin again", [[long, draft]], "fi");
    const { sentences } = await getSegmentSuggestions({ actor: translator, segmentId: later.segments[0].id });
    const match = sentences[1].matches[0];
    expect(match.target).toBe("He is due to meet the chancellor on Friday.");

    const rows = await countRows();
    await expect(
      saveSegment({ actor: translator, input: { segmentId: later.segments[0].id, targetText: draft, version: later.segments[0].version, memoryUnitId: match.unitId } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field: "memoryUnitId", reason: "text-differs" } });
    expect(await countRows()).toEqual(rows);

    const { text, mode } = insertSentenceTranslation({ source: long, target: draft, sourceLang: "fr", targetLang: "fi", index: 1, translation: match.target });
    expect(mode).toBe("replaced");
    const saved = await saveSegment({ actor: translator, input: { segmentId: later.segments[0].id, targetText: text, version: later.segments[0].version, memoryUnitId: match.unitId } });
    expect(saved.segment.targetText).toBe("The president arrived in Berlin on Tuesday. He is due to meet the chancellor on Friday.");
    const history = await getSegmentHistory({ actor: translator, segmentId: later.segments[0].id });
    expect(history.find((entry) => entry.type === "revision")).toMatchObject({ type: "revision", reason: "MEMORY", after: saved.segment.targetText });
  });

  it("looks up at most the first ten sentences and says how many there are", async () => {
    const translator = await createActor("TRANSLATOR");
    const text = Array.from({ length: 12 }, (_, k) => `Le conseil a voté la mesure numéro ${k + 1}.`).join(" ");
    const suggestions = await suggestTranslations({ actor: translator, input: { text, lang: "et" } });
    expect(suggestions.sentenceCount).toBe(12);
    expect(suggestions.sentenceLimit).toBe(10);
    expect(suggestions.sentences.map((sentence) => sentence.source)).toEqual(Array.from({ length: 10 }, (_, k) => `Le conseil a voté la mesure numéro ${k + 1}.`));
  });
});

describe("translation memory: concordance search", () => {
  it("finds a phrase in the French or the translation, with the translation each time, approved first, paged and bounded", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const lang = "fi";
    const imported = await importArticle(translator, "Imported", [["Selon l'Élysée, le sommet est reporté.", "According to the Élysée, the summit is postponed."]], lang);
    const approved = await importArticle(translator, "Approved", [["Le président a reçu, selon l’Élysée, trois ministres.", "The president received three ministers, according to the Élysée."]], lang);
    await approve(reviewer, approved.segments[0]);
    await importArticle(translator, "Unrelated", [["La pluie tombe sur Brest.", "Rain falls on Brest."]], lang);

    const french = await searchMemory({ actor: translator, input: { q: "selon l", lang } });
    expect(french.entries.map((entry) => [entry.documentId, entry.origin, entry.target])).toEqual([
      [approved.id, "APPROVED", "The president received three ministers, according to the Élysée."],
      [imported.id, "IMPORTED", "According to the Élysée, the summit is postponed."],
    ]);
    // Case never counts; accents count only on PostgreSQL (ILIKE), not in SQLite's trigram index.
    expect((await searchMemory({ actor: translator, input: { q: "SELON L", lang } })).entries).toHaveLength(2);
    expect((await searchMemory({ actor: translator, input: { q: "elysee", lang } })).entries).toHaveLength(isPostgres ? 0 : 2);
    const english = await searchMemory({ actor: translator, input: { q: "According to the", lang } });
    expect(english.entries.map((entry) => entry.documentId)).toEqual([approved.id, imported.id]);
    expect(english).toMatchObject({ page: 1, hasMore: false });
    expect((await searchMemory({ actor: translator, input: { q: "Kremlin", lang } })).entries).toEqual([]);

    await expect(searchMemory({ actor: translator, input: { q: "se", lang } })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field: "query", reason: "too-short", limit: 3 } });
    await expect(searchMemory({ actor: translator, input: { q: "x".repeat(201), lang } })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { reason: "too-long", limit: 200 } });
    await expect(searchMemory({ actor: translator, input: { q: "Élysée", lang, page: 51 } })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { reason: "too-far", limit: 50 } });
  });

  it("pages through many results", async () => {
    const translator = await createActor("TRANSLATOR");
    const lang = "et";
    await importArticle(
      translator,
      "Many",
      Array.from({ length: 25 }, (_, k) => [`Dépêche numéro ${k + 1} de l'agence.`, `Agency dispatch number ${k + 1}.`] as [string, string]),
      lang,
    );
    const first = await searchMemory({ actor: translator, input: { q: "dépêche", lang } });
    const second = await searchMemory({ actor: translator, input: { q: "dépêche", lang, page: 2 } });
    expect([first.entries.length, first.hasMore, second.entries.length, second.hasMore]).toEqual([20, true, 5, false]);
    expect(new Set([...first.entries, ...second.entries].map((entry) => entry.unitId)).size).toBe(25);
  });
});

/** translate-toolkit, as Debian installs it (its Python is /usr/bin/python3). */
function python(script: string, ...args: string[]) {
  const result = spawnSync("/usr/bin/python3", ["-c", script, ...args], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

const READ_TMX_WITH_TRANSLATE_TOOLKIT = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
store.setsourcelanguage("fr")
store.settargetlanguage(sys.argv[2])
print(json.dumps([{"source": unit.source, "target": unit.target} for unit in store.units if unit.source]))
`;

describe("translation memory: a large memory", () => {
  it("finds a unit with one word changed among 1,500 that share its common words, and nothing for a text none is close to", async () => {
    const reviewer = await createActor("REVIEWER");
    const translator = await createActor("TRANSLATOR");
    const lang = "hr";
    const units = Array.from({ length: 1500 }, (_, k) => ({
      sourceText: `Le gouvernement a annoncé mardi un plan numéro ${1000 + k} pour les agriculteurs.`,
      targetText: `The government announced plan number ${1000 + k} for farmers on Tuesday.`,
      authorName: "",
      approvedAt: "2026-01-01T00:00:00.000Z",
      origin: "TMX",
      documentTitle: "",
    }));
    const { writeMemoryTmx } = await import("@/domain/memory/tmx");
    await importMemoryTmx({ actor: reviewer, input: { content: writeMemoryTmx({ sourceLang: "fr", targetLang: lang, createdAt: "2026-01-01T00:00:00.000Z", units }), lang } });

    const found = await suggestTranslations({ actor: translator, input: { text: "Le gouvernement a annoncé mercredi un plan numéro 2242 pour les agriculteurs.", lang } });
    expect(found.matches[0]).toMatchObject({ target: "The government announced plan number 2242 for farmers on Tuesday." });
    expect(found.matches[0].score).toBeGreaterThanOrEqual(75);
    const unrelated = await suggestTranslations({ actor: translator, input: { text: "Les agriculteurs bloquent le périphérique depuis lundi soir.", lang } });
    expect(unrelated.matches).toEqual([]);
  });
});

describe("translation memory: TMX", () => {
  it("exports a TMX that translate-toolkit reads, and imports po2tmx's TMX once (a second import adds nothing)", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const lang = "lv";
    const article = await importArticle(translator, "Export me", [["Le Conseil d'État a rendu son avis « sans réserve ».", "The Council of State gave its opinion \"without reservation\" & more."]], lang);
    await approve(reviewer, article.segments[0]);
    const directory = mkdtempSync(path.join(tmpdir(), "vav-tmx-"));
    const exported = path.join(directory, "memory.tmx");
    writeFileSync(exported, (await exportMemoryTmx({ actor: translator, input: { lang } })).content);
    expect(JSON.parse(python(READ_TMX_WITH_TRANSLATE_TOOLKIT, exported, lang))).toEqual([
      { source: "Le Conseil d'État a rendu son avis « sans réserve ».", target: "The Council of State gave its opinion \"without reservation\" & more." },
    ]);

    // A PO file made into TMX by translate-toolkit's po2tmx, imported.
    const po = path.join(directory, "agency.po");
    writeFileSync(po, 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Selon l\'agence Tass, le sommet est reporté à une date ultérieure."\nmsgstr "According to the Tass agency, the summit has been postponed to a later date."\n');
    const converted = path.join(directory, "agency.tmx");
    const po2tmx = spawnSync("/usr/bin/po2tmx", ["-l", lang, "--source-language", "fr", po, converted], { encoding: "utf8" });
    expect(po2tmx.status).toBe(0);
    const content = readFileSync(converted, "utf8");
    expect(await importMemoryTmx({ actor: reviewer, input: { content, lang } })).toEqual({ added: 1, duplicates: 0, skipped: 0 });
    // A second import of the same file adds nothing.
    expect(await importMemoryTmx({ actor: reviewer, input: { content, lang } })).toEqual({ added: 0, duplicates: 1, skipped: 0 });
    expect(await db.auditEvent.count({ where: { action: "memory.imported", actorId: reviewer.id } })).toBe(2);

    const target = await importArticle(translator, "Tass", [["Selon l'agence Tass, le sommet est reporté à une date ultérieure.", ""]], lang);
    const { matches } = await getSegmentSuggestions({ actor: translator, segmentId: target.segments[0].id });
    expect(matches.map((match) => [match.score, match.origin, match.target])).toEqual([[100, "TMX", "According to the Tass agency, the summit has been postponed to a later date."]]);
  });

  it("cancels a long import without leaving any of it behind, and refuses a bad file or a translator with the database untouched", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const lang = "lt";
    const units = Array.from({ length: 2500 }, (_, k) => ({ sourceText: `Communiqué numéro ${k} du ministère.`, targetText: `Ministry statement number ${k}.`, authorName: "", approvedAt: "2026-01-01T00:00:00.000Z", origin: "TMX", documentTitle: "" }));
    const { writeMemoryTmx } = await import("@/domain/memory/tmx");
    const content = writeMemoryTmx({ sourceLang: "fr", targetLang: lang, createdAt: "2026-01-01T00:00:00.000Z", units });
    const before = { units: await db.memoryUnit.count(), audit: await db.auditEvent.count() };

    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      importMemoryTmx({
        actor: reviewer,
        input: { content, lang },
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 1000) controller.abort();
        },
      }),
    ).rejects.toThrow("import cancelled");
    expect(seen).toEqual([0, 1000]);
    expect({ units: await db.memoryUnit.count(), audit: await db.auditEvent.count() }).toEqual(before);

    await expect(importMemoryTmx({ actor: reviewer, input: { content: "<xliff/>", lang } })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field: "file", reason: "tmx-not-tmx" } });
    await expect(importMemoryTmx({ actor: translator, input: { content, lang } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect({ units: await db.memoryUnit.count(), audit: await db.auditEvent.count() }).toEqual(before);

    // Uncancelled, the whole file goes in, with its progress reported batch by batch.
    const progress: number[] = [];
    expect(await importMemoryTmx({ actor: reviewer, input: { content, lang }, onProgress: (done) => progress.push(done) })).toEqual({ added: 2500, duplicates: 0, skipped: 0 });
    expect(progress).toEqual([0, 1000, 2000, 2500]);
  });
});

describe("translation memory: paragraphs approved before it existed", () => {
  it("are added once by rebuildMemory, with their approver and approval time", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const article = await importArticle(translator, "Old", [["La séance est levée à minuit. Elle reprendra demain.", "The sitting is adjourned at midnight. It will resume tomorrow."]], "ro");
    await approve(reviewer, article.segments[0]);
    // As it was before the memory: the approved paragraph without units.
    await db.memoryUnit.deleteMany({ where: { segmentId: article.segments[0].id } });
    const admin = await createActor("ADMIN");
    expect((await rebuildMemory({ actor: admin })).paragraphs).toBeGreaterThanOrEqual(1);
    expect(await db.memoryUnit.findMany({ where: { segmentId: article.segments[0].id }, orderBy: { sentence: "asc" }, select: { sentence: true, authorName: true, origin: true } })).toEqual([
      { sentence: 0, authorName: reviewer.name, origin: "APPROVED" },
      { sentence: 1, authorName: reviewer.name, origin: "APPROVED" },
      { sentence: 2, authorName: reviewer.name, origin: "APPROVED" },
    ]);
    expect((await rebuildMemory({ actor: admin })).paragraphs).toBe(0);
    await expect(rebuildMemory({ actor: translator })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("adds at most the number asked for, and says whether some are left (the bound of the server's start)", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const admin = await createActor("ADMIN");
    const article = await importArticle(translator, "Old", [["Le vote aura lieu mardi.", "The vote will take place on Tuesday."], ["Le débat reprend lundi.", "The debate resumes on Monday."]], "lv");
    for (const segment of article.segments) await approve(reviewer, segment);
    await db.memoryUnit.deleteMany({ where: { documentId: article.id } });
    await rebuildMemory({ actor: admin }); // any other test's leftovers, so that only these two are missing
    await db.memoryUnit.deleteMany({ where: { documentId: article.id } });
    expect(await rebuildMemory({ actor: admin, limit: 1 })).toEqual({ paragraphs: 1, isComplete: false });
    expect(await db.memoryUnit.count({ where: { documentId: article.id } })).toBe(1);
    expect(await rebuildMemory({ actor: admin, limit: 1 })).toEqual({ paragraphs: 1, isComplete: true });
    expect(await db.memoryUnit.count({ where: { documentId: article.id } })).toBe(2);
  });
});

describe("translation memory: the command line", () => {
  it("suggest prints the same matches for a text from outside", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const article = await importArticle(translator, "Pipeline", [[KREMLIN_FR, KREMLIN_EN]], "hu");
    await approve(reviewer, article.segments[0]);
    const root = path.resolve(import.meta.dirname, "../..");
    const run = spawnSync(process.execPath, ["--conditions=react-server", "scripts/cli.js", "suggest", "--text", KREMLIN_FR.replace("lundi", "mardi"), "--lang", "hu", "--format", "json"], {
      cwd: root,
      env: process.env,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const { matches } = JSON.parse(run.stdout) as { matches: { score: number; source: string; target: string; documentId: string; approvedAt: string }[] };
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ source: KREMLIN_FR, target: KREMLIN_EN, documentId: article.id });
    expect(matches[0].score).toBeGreaterThanOrEqual(95);
  });
});
