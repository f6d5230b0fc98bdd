import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { SegmentKind } from "../segmentation/classify-segment";
import type { SegmentState } from "../workflow/segment-state";
import { PAIRED_TAGS, STANDALONE_TAGS, type InlineCodes } from "./inline-codes";
import { kindFromToken, stateFromXliff12, stateFromXliff20 } from "./xliff-states";

export type XliffUnit = {
  kind: SegmentKind | null;
  state: SegmentState;
  sourceText: string;
  targetText: string;
  notes: string[];
  /** Inline markup, when the texts carry any, as placeholders in the texts (see inline-codes.ts). */
  inlineCodes?: InlineCodes;
};

export type XliffParseResult =
  | { ok: true; version: "1.2" | "2.0"; sourceLang: string; targetLang: string; units: XliffUnit[] }
  | { ok: false; code: "xml-malformed" | "xml-doctype-forbidden" | "not-xliff" | "xliff-unsupported-version" | "xliff-no-units" };

/** An element as the walker sees it: the parser's order-preserving output, normalised. */
type Element = { name: string; attrs: Record<string, string>; children: (Element | string)[] };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  // Entities are decoded below, by us, from the five XML ones and character references only.
  processEntities: false,
  htmlEntities: false,
});

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_match, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity];
  });
}

function normalise(nodes: unknown[]): (Element | string)[] {
  return nodes.flatMap((node): (Element | string)[] => {
    const record = node as Record<string, unknown>;
    if ("#text" in record) return [decodeEntities(String(record["#text"]))];
    const name = Object.keys(record).find((key) => key !== ":@");
    if (!name || name.startsWith("?")) return [];
    const rawAttrs = (record[":@"] ?? {}) as Record<string, unknown>;
    const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([key, value]) => [key, decodeEntities(String(value))]));
    return [{ name, attrs, children: normalise(record[name] as unknown[]) }];
  });
}

const elements = (parent: Element | undefined, name?: string): Element[] =>
  (parent?.children ?? []).filter((child): child is Element => typeof child !== "string" && (name === undefined || child.name === name));
const child = (parent: Element | undefined, name: string): Element | undefined => elements(parent, name)[0];

/** All text of an element, inline elements included, in document order. */
function textOf(element: Element | undefined): string {
  return (element?.children ?? []).map((node) => (typeof node === "string" ? node : textOf(node))).join("");
}

/**
 * Text of a <source> or <target> with inline elements turned into placeholders; the same code
 * (element and id) in source and target gets the same number.
 */
function textWithCodes(element: Element | undefined, codes: InlineCodes, dialect: "1.2" | "2.0"): string {
  const numberFor = (node: Element, isPaired: boolean): string => {
    const id = node.attrs.id ?? "";
    const known = Object.entries(codes).find(([, code]) => code.tag === node.name && (code.attrs.id ?? "") === id && id !== "");
    if (known) return known[0];
    const number = String(Object.keys(codes).length + 1);
    const content = !isPaired && node.children.length > 0 ? textOf(node) : undefined;
    codes[number] = { tag: node.name, attrs: { ...node.attrs }, isPaired, dialect, ...(content !== undefined ? { content } : {}) };
    return number;
  };
  return (element?.children ?? [])
    .map((node) => {
      if (typeof node === "string") return node;
      if (PAIRED_TAGS.has(node.name)) {
        const number = numberFor(node, true);
        return `{${number}}${textWithCodes(node, codes, dialect)}{/${number}}`;
      }
      if (STANDALONE_TAGS.has(node.name)) return `{${numberFor(node, false)}/}`;
      return textOf(node);
    })
    .join("");
}

const withCodes = (codes: InlineCodes) => (Object.keys(codes).length > 0 ? { inlineCodes: codes } : {});

/** Units in document order, looking inside groups at any depth. */
function unitsIn(container: Element | undefined, unitName: string): Element[] {
  return elements(container).flatMap((element) => (element.name === unitName ? [element] : element.name === "group" ? unitsIn(element, unitName) : []));
}

/**
 * Parses bilingual XLIFF 1.2 or 2.0. A document type declaration is refused outright: XLIFF
 * needs none, and refusing it means external entities and entity-expansion bombs are never
 * resolved.
 */
export function parseXliff(xml: string): XliffParseResult {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) return { ok: false, code: "xml-doctype-forbidden" };
  if (XMLValidator.validate(xml) !== true) return { ok: false, code: "xml-malformed" };
  let nodes: (Element | string)[];
  try {
    nodes = normalise(parser.parse(xml) as unknown[]);
  } catch {
    return { ok: false, code: "xml-malformed" };
  }
  const root = nodes.find((node): node is Element => typeof node !== "string" && node.name === "xliff");
  if (!root) return { ok: false, code: "not-xliff" };
  const version = root.attrs.version;
  if (version === "1.2") return parse12(root);
  if (version === "2.0" || version === "2.1") return parse20(root);
  return { ok: false, code: "xliff-unsupported-version" };
}

function parse12(root: Element): XliffParseResult {
  const files = elements(root, "file");
  const units = files.flatMap((file) => unitsIn(child(file, "body"), "trans-unit"));
  if (units.length === 0) return { ok: false, code: "xliff-no-units" };
  return {
    ok: true,
    version: "1.2",
    sourceLang: files[0]?.attrs["source-language"] ?? "",
    targetLang: files[0]?.attrs["target-language"] ?? "",
    units: units.map((unit) => {
      const codes: InlineCodes = {};
      const sourceText = textWithCodes(child(unit, "source"), codes, "1.2");
      const target = child(unit, "target");
      const targetText = textWithCodes(target, codes, "1.2");
      const state = target?.attrs.state;
      const isExcluded = unit.attrs.translate === "no" && state === "x-excluded";
      return {
        kind: kindFromToken(unit.attrs.restype),
        state: isExcluded ? "EXCLUDED" : stateFromXliff12(state, unit.attrs.approved === "yes", targetText.trim() !== ""),
        sourceText,
        targetText,
        notes: elements(unit, "note").map(textOf),
        ...withCodes(codes),
      };
    }),
  };
}

function parse20(root: Element): XliffParseResult {
  const units = elements(root, "file").flatMap((file) => unitsIn(file, "unit"));
  if (units.length === 0) return { ok: false, code: "xliff-no-units" };
  return {
    ok: true,
    version: "2.0",
    sourceLang: root.attrs.srcLang ?? "",
    targetLang: root.attrs.trgLang ?? "",
    units: units.map((unit) => {
      // A unit may hold several segments (and ignorables between them); as a paragraph they read as one.
      const parts = elements(unit).filter((e) => e.name === "segment" || e.name === "ignorable");
      const codes: InlineCodes = {};
      const sourceText = parts.map((part) => textWithCodes(child(part, "source"), codes, "2.0")).join("");
      const targetText = parts
        .map((part) => textWithCodes(child(part, "target"), codes, "2.0") || (part.name === "ignorable" ? textOf(child(part, "source")) : ""))
        .join("");
      const first = elements(unit, "segment")[0];
      return {
        kind: kindFromToken(unit.attrs.type),
        state: stateFromXliff20(first?.attrs.state, first?.attrs.subState, targetText.trim() !== ""),
        sourceText,
        targetText,
        notes: elements(child(unit, "notes"), "note").map(textOf),
        ...withCodes(codes),
      };
    }),
  };
}
