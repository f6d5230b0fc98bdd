import type { PublicationContent } from "../publishing/article";
import { MQM_REFERENCE_WORDS, type QualityScore } from "../quality/mqm";

export const EXPORT_FORMATS = ["html", "md", "txt", "json", "docx", "xliff12", "xliff20", "tmx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** What every exporter receives: the frozen content and how it came to be. */
export type ExportInput = {
  documentId: string;
  content: PublicationContent;
  /** Publication number; null for a draft of the current state. */
  version: number | null;
  isDraft: boolean;
  /** A draft's notice in the reader's interface language; DRAFT_NOTICE (English) when absent. */
  draftNotice?: string;
  /** ISO time of publication, or of the draft export. */
  createdAt: string;
  /** The MQM score frozen with the publication (or the current one for a draft); absent for older publications. */
  quality?: ExportQuality;
};

/** The quality score exports carry (decision 024). */
export type ExportQuality = QualityScore & { maxPenaltyPer1000Words: number; isPassing: boolean };

const ENGLISH_PLURALS = new Intl.PluralRules("en");
/** "1 error", "2 errors": the notes are in English, whoever exports them. */
const countOf = (count: number, noun: string) => `${count} ${ENGLISH_PLURALS.select(count) === "one" ? noun : `${noun}s`}`;

/** The score as one line for XLIFF notes: the same words in every file, whoever exports it. */
export function describeQuality(quality: ExportQuality): string {
  return (
    `MQM quality score ${quality.score.toFixed(1)}: ${quality.penaltyPer1000Words.toFixed(1)} penalty points per ${MQM_REFERENCE_WORDS} words ` +
    `(${countOf(quality.penaltyPoints, "point")}, ${countOf(quality.errorCount, "error")}, ${countOf(quality.words, "source word")}); ` +
    `threshold ${quality.maxPenaltyPer1000Words}: ${quality.isPassing ? "pass" : "fail"}`
  );
}

/** The Content-Type each format is served with (text formats in UTF-8). */
export const EXPORT_CONTENT_TYPES = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  json: "application/json; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xliff12: "application/xliff+xml; charset=utf-8",
  xliff20: "application/xliff+xml; charset=utf-8",
  tmx: "application/x-tmx+xml; charset=utf-8",
} as const satisfies Record<ExportFormat, string>;

export type ExportOutput = { body: string | Uint8Array; contentType: string; extension: string };

/** Written at the top of every draft, in the exported file's own conventions. */
export const DRAFT_NOTICE = "DRAFT: not approved for publication";

/** The notice a draft carries: the one given in the reader's language, else the English one. */
export function draftNoticeOf(input: Pick<ExportInput, "draftNotice">): string {
  return input.draftNotice?.trim() || DRAFT_NOTICE;
}
