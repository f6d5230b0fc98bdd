// Bilingual exports for CAT tools: XLIFF 1.2, XLIFF 2.0 (segments with their states, comments
// as notes) and TMX 1.4 (approved pairs only, for translation memories). Built with xmlbuilder2,
// which escapes text and attributes.
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { codeFor, stripPlaceholders, tokenize, type InlineCodes } from "../interchange/inline-codes";
import { kindToken, XLIFF12_STATE, XLIFF20_STATE } from "../interchange/xliff-states";
import { xmlSafe } from "./escape";
import { describeQuality, draftNoticeOf, type ExportInput } from "./types";

const TOOL = { id: "vis-a-vis", name: "Vis-à-vis" };

/** Not indented: indentation would add spaces and line breaks inside texts with inline markup. */
const XLIFF_OUTPUT = { prettyPrint: false } as const;

/**
 * Writes a text into an element, turning placeholders of known inline codes back into the
 * file's own elements. A closing placeholder without its opening one stays text.
 */
function appendInline(element: XMLBuilder, text: string, codes: InlineCodes | undefined, dialect: "1.2" | "2.0") {
  const stack: { number: string; node: XMLBuilder }[] = [];
  const current = () => stack.at(-1)?.node ?? element;
  for (const piece of tokenize(text, codes)) {
    if (piece.type === "text") current().txt(xmlSafe(piece.text));
    else if (piece.type === "open") {
      const code = codeFor((codes as InlineCodes)[piece.number], dialect);
      stack.push({ number: piece.number, node: current().ele(code.tag, code.attrs) });
    } else if (piece.type === "close") {
      if (stack.at(-1)?.number === piece.number) stack.pop();
      else current().txt(`{/${piece.number}}`);
    } else {
      const code = codeFor((codes as InlineCodes)[piece.number], dialect);
      const node = current().ele(code.tag, code.attrs);
      if (code.content) node.txt(xmlSafe(code.content));
    }
  }
}

function sortedSegments(input: ExportInput) {
  return [...input.content.segments].sort((a, b) => a.position - b.position);
}

export function toXliff12(input: ExportInput): string {
  const { sourceLang, targetLang } = input.content;
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("urn:oasis:names:tc:xliff:document:1.2", "xliff", { version: "1.2" });
  const file = root.ele("file", {
    original: `vis-a-vis/${input.documentId}${input.version === null ? "" : `/v${input.version}`}`,
    "source-language": sourceLang,
    "target-language": targetLang,
    datatype: "plaintext",
    "tool-id": TOOL.id,
  });
  const header = file.ele("header");
  header.ele("tool", { "tool-id": TOOL.id, "tool-name": TOOL.name });
  if (input.isDraft) header.ele("note").txt(draftNoticeOf(input));
  if (input.quality) header.ele("note", { from: "vis-a-vis-quality" }).txt(describeQuality(input.quality));
  const body = file.ele("body");
  for (const segment of sortedSegments(input)) {
    const unit = body.ele("trans-unit", {
      id: `p${segment.position + 1}`,
      resname: String(segment.position + 1),
      restype: `x-vav-${kindToken(segment.kind)}`,
      "xml:space": "preserve",
      ...(segment.state === "APPROVED" ? { approved: "yes" } : {}),
      ...(segment.state === "EXCLUDED" ? { translate: "no" } : {}),
    });
    appendInline(unit.ele("source", { "xml:lang": sourceLang }), segment.sourceText, segment.inlineCodes, "1.2");
    appendInline(unit.ele("target", { "xml:lang": targetLang, state: XLIFF12_STATE[segment.state] }), segment.targetText, segment.inlineCodes, "1.2");
    for (const note of segment.notes ?? []) unit.ele("note").txt(xmlSafe(note));
  }
  return root.end(XLIFF_OUTPUT);
}

export function toXliff20(input: ExportInput): string {
  const { sourceLang, targetLang } = input.content;
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("urn:oasis:names:tc:xliff:document:2.0", "xliff", {
    version: "2.0",
    srcLang: sourceLang,
    trgLang: targetLang,
  });
  const file = root.ele("file", { id: "f1", original: `vis-a-vis/${input.documentId}${input.version === null ? "" : `/v${input.version}`}` });
  if (input.isDraft || input.quality) {
    const notes = file.ele("notes");
    if (input.isDraft) notes.ele("note", { category: "status" }).txt(draftNoticeOf(input));
    if (input.quality) notes.ele("note", { category: "quality" }).txt(describeQuality(input.quality));
  }
  for (const segment of sortedSegments(input)) {
    const unit = file.ele("unit", {
      id: `p${segment.position + 1}`,
      name: String(segment.position + 1),
      type: `vav:${kindToken(segment.kind)}`,
      ...(segment.state === "EXCLUDED" ? { translate: "no" } : {}),
    });
    if (segment.notes && segment.notes.length > 0) {
      const notes = unit.ele("notes");
      for (const note of segment.notes) notes.ele("note", { category: "comment" }).txt(xmlSafe(note));
    }
    const { state, subState } = XLIFF20_STATE[segment.state];
    const seg = unit.ele("segment", { state, ...(subState ? { subState } : {}) });
    appendInline(seg.ele("source", { "xml:space": "preserve" }), segment.sourceText, segment.inlineCodes, "2.0");
    appendInline(seg.ele("target", { "xml:space": "preserve" }), segment.targetText, segment.inlineCodes, "2.0");
  }
  return root.end(XLIFF_OUTPUT);
}

export function toTmx(input: ExportInput): string {
  const { sourceLang, targetLang } = input.content;
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("tmx", { version: "1.4" });
  root.ele("header", {
    creationtool: TOOL.name,
    creationtoolversion: "1",
    datatype: "plaintext",
    segtype: "paragraph",
    adminlang: "en",
    srclang: sourceLang,
    "o-tmf": TOOL.id,
    creationdate: input.createdAt.replace(/[-:]/g, "").replace(/\.\d+/, ""),
  });
  const body = root.ele("body");
  // Only approved pairs belong in a translation memory.
  for (const segment of sortedSegments(input).filter((s) => s.state === "APPROVED" && s.targetText.trim() !== "")) {
    const tu = body.ele("tu", { tuid: `${input.documentId}-p${segment.position + 1}` });
    tu.ele("prop", { type: "x-kind" }).txt(segment.kind);
    tu.ele("tuv", { "xml:lang": sourceLang }).ele("seg").txt(xmlSafe(stripPlaceholders(segment.sourceText, segment.inlineCodes)));
    tu.ele("tuv", { "xml:lang": targetLang }).ele("seg").txt(xmlSafe(stripPlaceholders(segment.targetText, segment.inlineCodes)));
  }
  return root.end({ prettyPrint: true });
}
