import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { applyReplace } from "@/server/services/replace/apply-replace";
import { previewReplace } from "@/server/services/replace/preview-replace";
import { undoBatch } from "@/server/services/batches/undo-batch";
import { saveSegment } from "@/server/services/segments/save-segment";
import { getDocument } from "@/server/services/documents/get-document";
import { createDocument } from "@/server/services/documents/create-document";
import { countRows, createActor } from "./support/actors";

async function documentWithS400() {
  const reviewer = await createActor("REVIEWER");
  const { id } = await createDocument({
    actor: reviewer,
    input: {
      title: "S 400",
      pairs: [
        { kind: "TITLE", sourceText: "Titre", targetText: "India buys the S 400" },
        { kind: "BODY", sourceText: "a", targetText: "The S 400 and the S400 are the same S 400." },
        { kind: "BODY", sourceText: "b", targetText: "Nothing here." },
        { kind: "BOILERPLATE", sourceText: "Pub", targetText: "S 400 ads" },
      ],
    },
  });
  return { reviewer, documentId: id };
}

const options = { find: "S ?400", replacement: "S-400", isRegex: true, isCaseSensitive: true, isWholeWord: true };

describe("find and replace", () => {
  it("previews every match with before and after, writing nothing, and skips excluded page furniture", async () => {
    const { reviewer, documentId } = await documentWithS400();
    const before = await countRows();
    const { matches } = await previewReplace({ actor: reviewer, input: { ...options, documentId } });
    expect(await countRows()).toEqual(before);
    expect(matches.map((m) => [m.paragraph, m.count, m.after])).toEqual([
      [1, 1, "India buys the S-400"],
      [2, 3, "The S-400 and the S-400 are the same S-400."],
    ]);
  });

  it("applies to the chosen matches in one transaction with REPLACE revisions, and undoes the batch in one step", async () => {
    const { reviewer, documentId } = await documentWithS400();
    const { matches } = await previewReplace({ actor: reviewer, input: { ...options, documentId } });
    const result = await applyReplace({ actor: reviewer, input: { ...options, documentId, segments: matches.map((m) => ({ id: m.segmentId, version: m.version })) } });
    expect(result).toMatchObject({ replaced: 2, skipped: 0 });
    const texts = async () => (await getDocument({ actor: reviewer, documentId })).segments.map((s) => s.targetText);
    expect((await texts()).slice(0, 2)).toEqual(["India buys the S-400", "The S-400 and the S-400 are the same S-400."]);
    expect(await db.revision.count({ where: { batchId: result.batchId, reason: "REPLACE" } })).toBe(2);

    // Someone edits one of them afterwards: undo keeps that newer work.
    const title = (await getDocument({ actor: reviewer, documentId })).segments[0];
    await saveSegment({ actor: reviewer, input: { segmentId: title.id, targetText: "India buys the S-400 system", version: title.version } });
    expect(await undoBatch({ actor: reviewer, input: { batchId: result.batchId } })).toEqual({ restored: 1, skipped: 1 });
    expect((await texts()).slice(0, 2)).toEqual(["India buys the S-400 system", "The S 400 and the S400 are the same S 400."]);
  });

  it("only replaces what was chosen, skips a paragraph changed since the preview, and refuses translators and bad patterns", async () => {
    const { reviewer, documentId } = await documentWithS400();
    const { matches } = await previewReplace({ actor: reviewer, input: { ...options, documentId } });
    await saveSegment({ actor: reviewer, input: { segmentId: matches[1].segmentId, targetText: "Changed meanwhile: S 400.", version: matches[1].version } });
    const result = await applyReplace({ actor: reviewer, input: { ...options, documentId, segments: matches.map((m) => ({ id: m.segmentId, version: m.version })) } });
    expect(result).toMatchObject({ replaced: 1, skipped: 1 });
    await expect(previewReplace({ actor: await createActor("TRANSLATOR"), input: options })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(previewReplace({ actor: reviewer, input: { ...options, find: "(" } })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { reason: "invalid-regex" } });
  });

  it("stops a pathological regular expression instead of blocking the server", async () => {
    const reviewer = await createActor("REVIEWER");
    await createDocument({ actor: reviewer, input: { title: "Slow", pairs: [{ kind: "BODY", sourceText: "a", targetText: `${"a".repeat(40)}!` }] } });
    await expect(previewReplace({ actor: reviewer, input: { find: "(a+)+$", replacement: "", isRegex: true, isCaseSensitive: true, isWholeWord: false } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { reason: "too-slow" },
    });
  });

  it("matches off the main thread: other work goes on while a pathological expression runs out its time", async () => {
    const reviewer = await createActor("REVIEWER");
    await createDocument({ actor: reviewer, input: { title: "Slow too", pairs: [{ kind: "BODY", sourceText: "a", targetText: `${"a".repeat(40)}!` }] } });
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 20);
    try {
      await expect(
        previewReplace({ actor: reviewer, input: { find: "(a+)+$", replacement: "", isRegex: true, isCaseSensitive: true, isWholeWord: false } }),
      ).rejects.toMatchObject({ params: { reason: "too-slow" } });
    } finally {
      clearInterval(ticker);
    }
    // On the main thread the timer could not fire once during the 2 s the expression ran.
    expect(ticks).toBeGreaterThan(10);
  });

  it("searches every document when no document is named", async () => {
    const first = await documentWithS400();
    await documentWithS400();
    const { matches } = await previewReplace({ actor: first.reviewer, input: options });
    expect(new Set(matches.map((m) => m.documentId)).size).toBeGreaterThanOrEqual(2);
  });
});
