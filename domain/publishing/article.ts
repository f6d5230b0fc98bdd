import { stripPlaceholders, type InlineCodes } from "../interchange/inline-codes";
import type { SegmentKind } from "../segmentation/classify-segment";
import type { SegmentState } from "../workflow/segment-state";

/** A paragraph as the publishing rules see it. */
export type PublishableSegment = {
  position: number;
  kind: SegmentKind;
  state: SegmentState;
  sourceText: string;
  targetText: string;
  /** Open comment threads and rejection reasons, for bilingual exports' notes. */
  notes?: string[];
  /** Inline markup from an imported XLIFF file (placeholders in the texts). */
  inlineCodes?: InlineCodes;
};

export type ArticleBlock = { kind: "BODY" | "CREDIT"; text: string };

/** The final article in the target language, as a CMS wants it. */
export type Article = {
  language: string;
  title: string;
  caption: string | null;
  byline: string | null;
  readingTime: string | null;
  body: ArticleBlock[];
  tags: string[];
};

/** Everything a publication freezes: the final article and the bilingual pairs behind it. */
export type PublicationContent = {
  sourceLang: string;
  targetLang: string;
  article: Article;
  segments: PublishableSegment[];
};

const firstOf = (segments: PublishableSegment[], kind: SegmentKind) => segments.find((s) => s.kind === kind)?.targetText ?? null;

/**
 * Builds the final article from the paragraphs in order. Excluded paragraphs (page furniture)
 * never appear; page metadata (title, caption, byline, reading time) is taken out of the body;
 * tags become metadata.
 */
export function buildArticle(segments: readonly PublishableSegment[], language: string): Article {
  const included = [...segments]
    .sort((a, b) => a.position - b.position)
    .filter((s) => s.state !== "EXCLUDED" && s.kind !== "BOILERPLATE")
    // Final-language formats carry plain text: inline-code placeholders are left out.
    .map((s) => ({ ...s, targetText: stripPlaceholders(s.targetText, s.inlineCodes) }));
  return {
    language,
    title: firstOf(included, "TITLE") ?? "",
    caption: firstOf(included, "CAPTION"),
    byline: firstOf(included, "BYLINE"),
    readingTime: firstOf(included, "READING_TIME"),
    body: included
      .filter((s): s is PublishableSegment & { kind: "BODY" | "CREDIT" } => s.kind === "BODY" || s.kind === "CREDIT")
      .filter((s) => s.targetText.trim() !== "")
      .map((s) => ({ kind: s.kind, text: s.targetText })),
    tags: included.filter((s) => s.kind === "TAG" && s.targetText.trim() !== "").map((s) => s.targetText.trim()),
  };
}
