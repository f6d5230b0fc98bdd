import { describe, expect, it } from "vitest";
import { openFindings, hasOpenError } from "./open-findings";
import { textFingerprint, type Dismissal } from "./text-hash";
import type { CheckContext, CheckedSegment, Finding } from "./types";

const context: CheckContext = { glossary: [{ sourceTerm: "Poutine", targetTerm: "Putin", forbidden: ["Poutine"], isCaseSensitive: false }], sourceLang: "fr", targetLang: "en" };
type Segment = CheckedSegment & { id: string };
const seg = (id: string, sourceText: string, targetText: string, state: Segment["state"] = "TRANSLATED"): Segment => ({ id, kind: "BODY", state, sourceText, targetText });
const dismiss = (segment: Segment, checkId: string): Dismissal => ({ segmentId: segment.id, checkId, textHash: textFingerprint(segment.sourceText, segment.targetText) });
const ids = (findings: Finding[][]) => findings.map((list) => list.map((f) => f.checkId));

const poutine = seg("a", "Poutine livre des S 400.", "Poutine delivers S 400.");
const s400 = seg("b", "Les S400 arrivent.", "The S400 arrive.");
const clean = seg("c", "Un déplacement rare.", "A rare trip.");
const furniture = seg("d", "Publicité S 4", "Advertising S4", "EXCLUDED");

describe("openFindings", () => {
  it("lists a paragraph's own findings, then the document-level ones, in document order", () => {
    expect(ids(openFindings([poutine, s400, clean, furniture], context, []))).toEqual([["glossary", "inconsistent-spelling"], ["inconsistent-spelling"], [], []]);
  });

  it("leaves out a finding dismissed for the paragraph's current texts, of either level", () => {
    const dismissals = [dismiss(poutine, "glossary"), dismiss(s400, "inconsistent-spelling")];
    expect(ids(openFindings([poutine, s400, clean], context, dismissals))).toEqual([["inconsistent-spelling"], [], []]);
  });

  it("brings a dismissed finding back once the text changes, and never applies one paragraph's dismissal to another", () => {
    const edited = { ...poutine, targetText: "Poutine delivers S 400 rockets." };
    const elsewhere: Dismissal = { ...dismiss(poutine, "glossary"), segmentId: "other" };
    expect(ids(openFindings([edited, s400], context, [dismiss(poutine, "glossary")]))[0]).toContain("glossary");
    expect(ids(openFindings([poutine, s400], context, [elsewhere]))[0]).toContain("glossary");
  });

  it("uses the caller's paragraph findings when given (the editor's cache)", () => {
    const cached: Finding = { checkId: "double-space", severity: "warning", params: {} };
    expect(ids(openFindings([clean], context, [], () => [cached]))).toEqual([["double-space"]]);
  });
});

describe("hasOpenError", () => {
  it.each([
    [[], false],
    [[{ checkId: "double-space", severity: "warning", params: {} }], false],
    [[{ checkId: "double-space", severity: "warning", params: {} }, { checkId: "glossary", severity: "error", params: {} }], true],
  ] as [Finding[], boolean][])("%j -> %s", (findings, expected) => {
    expect(hasOpenError(findings)).toBe(expected);
  });
});
