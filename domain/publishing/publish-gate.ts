import type { PublishableSegment } from "./article";
import { isEmbargoed } from "./embargo";

/**
 * Why a document cannot be published yet, in the order the checklist shows them; the UI
 * translates the codes. unapproved: paragraphs (not excluded) that are not approved;
 * untranslated-tags: tags without an English text, or not approved; missing-title: no approved
 * title with text; open-errors: paragraphs with an open error-severity quality finding;
 * outdated: paragraphs whose French changed since they were translated (a new source revision);
 * embargo: the article may not be published before its "publish not before" time (only listed
 * when the article has one).
 */
export const PUBLISH_BLOCKER_CODES = ["unapproved", "untranslated-tags", "missing-title", "open-errors", "outdated", "embargo"] as const;

/** `paragraphs` lists the numbers, from 1, of the paragraphs behind the blocker. */
export type PublishBlocker = { code: (typeof PUBLISH_BLOCKER_CODES)[number]; paragraphs: number[] };

export type ChecklistItem = { code: PublishBlocker["code"]; isOk: boolean; paragraphs: number[]; until?: string };

/** The article's embargo, if any, and the time to judge it at. */
export type EmbargoCheck = { publishNotBefore: Date | null; now: Date };

const isIncluded = (s: PublishableSegment) => s.state !== "EXCLUDED";
const numbers = (segments: PublishableSegment[]) => segments.map((s) => s.position + 1);

/**
 * The publisher's checklist. Every item must pass before publishing (an administrator may
 * override with a recorded reason). `openErrorPositions` comes from the quality checks.
 */
export function checkPublishGate(segments: readonly PublishableSegment[], openErrorPositions: readonly number[] = [], embargo?: EmbargoCheck): ChecklistItem[] {
  const included = segments.filter(isIncluded);
  const unapproved = included.filter((s) => s.state !== "APPROVED" || s.targetText.trim() === "");
  const tags = included.filter((s) => s.kind === "TAG");
  const outdated = included.filter((s) => s.state === "OUTDATED");
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
    { code: "outdated", isOk: outdated.length === 0, paragraphs: numbers(outdated) },
  ];
  if (embargo?.publishNotBefore) {
    items.push({ code: "embargo", isOk: !isEmbargoed(embargo.publishNotBefore, embargo.now), paragraphs: [], until: embargo.publishNotBefore.toISOString() });
  }
  return items;
}

export function isPublishable(checklist: readonly ChecklistItem[]): boolean {
  return checklist.every((item) => item.isOk);
}
