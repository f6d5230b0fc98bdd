import type { PublishableSegment } from "./article";

/** Why a document cannot be published yet. Codes are translated by the UI. */
export type PublishBlocker =
  /** Paragraphs (not excluded) that are not approved; `paragraphs` lists their numbers from 1. */
  | { code: "unapproved"; paragraphs: number[] }
  /** Tags without an English text, or not approved. */
  | { code: "untranslated-tags"; paragraphs: number[] }
  /** No approved title with text. */
  | { code: "missing-title"; paragraphs: number[] }
  /** Paragraphs with an open error-severity quality finding. */
  | { code: "open-errors"; paragraphs: number[] };

export type ChecklistItem = { code: PublishBlocker["code"]; isOk: boolean; paragraphs: number[] };

const isIncluded = (s: PublishableSegment) => s.state !== "EXCLUDED";
const numbers = (segments: PublishableSegment[]) => segments.map((s) => s.position + 1);

/**
 * The publisher's checklist. Every item must pass before publishing (an administrator may
 * override with a recorded reason). `openErrorPositions` comes from the quality checks.
 */
export function checkPublishGate(segments: readonly PublishableSegment[], openErrorPositions: readonly number[] = []): ChecklistItem[] {
  const included = segments.filter(isIncluded);
  const unapproved = included.filter((s) => s.state !== "APPROVED" || s.targetText.trim() === "");
  const tags = included.filter((s) => s.kind === "TAG");
  const badTags = tags.filter((s) => s.targetText.trim() === "" || s.state !== "APPROVED");
  const titles = included.filter((s) => s.kind === "TITLE" && s.targetText.trim() !== "");
  const items: ChecklistItem[] = [
    { code: "unapproved", isOk: unapproved.length === 0, paragraphs: numbers(unapproved) },
    { code: "untranslated-tags", isOk: badTags.length === 0, paragraphs: numbers(badTags) },
    {
      code: "missing-title",
      isOk: titles.some((s) => s.state === "APPROVED"),
      paragraphs: numbers(titles.filter((s) => s.state !== "APPROVED")),
    },
    { code: "open-errors", isOk: openErrorPositions.length === 0, paragraphs: openErrorPositions.map((p) => p + 1) },
  ];
  return items;
}

export function isPublishable(checklist: readonly ChecklistItem[]): boolean {
  return checklist.every((item) => item.isOk);
}
