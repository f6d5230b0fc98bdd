// Which paragraphs the editor shows: pure, so the toolbar's filters are unit-tested.
import type { Finding } from "@/domain/qa/types";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";

/**
 * Which paragraphs the filters start from: the whole current article, only those whose French
 * changed since they were translated ("outdated"), or those a change of the French removed
 * from the article ("removed", read-only, kept for their history).
 */
export const SEGMENT_SCOPES = ["", "outdated", "removed"] as const;
export type SegmentScope = (typeof SEGMENT_SCOPES)[number];

export type Filters = { scope: SegmentScope; state: string; kind: string; hasComments: boolean; search: string; check: string };

export const NO_FILTERS: Filters = { scope: "", state: "", kind: "", hasComments: false, search: "", check: "" };

/** Case- and accent-insensitive, so "poutine" finds "Poutine" and "pekin" finds "Pékin". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The paragraphs the scope starts from, before the other filters. */
export function segmentsInScope(segments: SegmentDto[], removedSegments: SegmentDto[], scope: SegmentScope): SegmentDto[] {
  if (scope === "removed") return removedSegments;
  if (scope === "outdated") return segments.filter((s) => s.state === "OUTDATED");
  return segments;
}

/** The paragraphs that pass every filter; the search looks at the source, the saved text and the draft. */
export function filterSegments(
  segments: SegmentDto[],
  filters: Filters,
  drafts: Record<string, string>,
  findings: Map<string, Finding[]>,
  removedSegments: SegmentDto[] = [],
): SegmentDto[] {
  const search = fold(filters.search.trim());
  return segmentsInScope(segments, removedSegments, filters.scope).filter(
    (s) =>
      (filters.state === "" || s.state === filters.state) &&
      (filters.kind === "" || s.kind === filters.kind) &&
      (!filters.hasComments || s.openCommentCount > 0) &&
      (filters.check === "" || (findings.get(s.id) ?? []).some((f) => f.checkId === filters.check)) &&
      (search === "" || fold(s.sourceText).includes(search) || fold(s.targetText).includes(search) || fold(drafts[s.id] ?? "").includes(search)),
  );
}
