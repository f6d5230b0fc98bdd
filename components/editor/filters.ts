// Which paragraphs the editor shows: pure, so the toolbar's filters are unit-tested.
import { checkPublishGate, PUBLISH_BLOCKER_CODES } from "@/domain/publishing/publish-gate";
import { hasOpenError } from "@/domain/qa/open-findings";
import type { Finding } from "@/domain/qa/types";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { SEGMENT_STATES } from "@/domain/workflow/segment-state";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";

/**
 * Which paragraphs the filters start from: the whole current article, only those whose French
 * changed since they were translated ("outdated"), or those a change of the French removed
 * from the article ("removed", read-only, kept for their history).
 */
export const SEGMENT_SCOPES = ["", "outdated", "removed"] as const;
export type SegmentScope = (typeof SEGMENT_SCOPES)[number];

/**
 * `check`: a quality check's id (set from the Issues tab); `blocker`: a publish checklist item's
 * code (set from the publish page's links), the paragraphs that keep that item from passing.
 */
export type Filters = { scope: SegmentScope; state: string; kind: string; hasComments: boolean; search: string; check: string; blocker: string };

export const NO_FILTERS: Filters = { scope: "", state: "", kind: "", hasComments: false, search: "", check: "", blocker: "" };

/** The filters that narrow the table, in the order the toolbar shows them as chips. */
export function activeFilters(filters: Filters): (keyof Filters)[] {
  return (["scope", "state", "kind", "hasComments", "search", "check", "blocker"] as const).filter((key) =>
    key === "hasComments" ? filters.hasComments : key === "search" ? filters.search.trim() !== "" : filters[key] !== "",
  );
}

/** The longest search or check id read from the address: anything longer is ignored. */
export const MAX_FILTER_PARAM_LENGTH = 200;

/** The URL's names for the filters (`?state=APPROVED&check=glossary&blocker=unapproved`). */
const PARAM_NAMES: Record<keyof Filters, string> = { scope: "scope", state: "state", kind: "kind", hasComments: "comments", search: "q", check: "check", blocker: "blocker" };

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The filters an address asks for; unknown values are ignored rather than filtering everything out. */
export function filtersFromParams(params: URLSearchParams): Filters {
  const read = (key: keyof Filters) => {
    const value = params.get(PARAM_NAMES[key]) ?? "";
    return value.length > MAX_FILTER_PARAM_LENGTH ? "" : value;
  };
  const scope = read("scope");
  const state = read("state");
  const kind = read("kind");
  const blocker = read("blocker");
  return {
    scope: isOneOf(SEGMENT_SCOPES, scope) ? scope : "",
    state: isOneOf(SEGMENT_STATES, state) ? state : "",
    kind: isOneOf(SEGMENT_KINDS, kind) ? kind : "",
    hasComments: read("hasComments") === "1",
    search: read("search"),
    check: /^[a-z0-9-]+$/.test(read("check")) ? read("check") : "",
    blocker: isOneOf(PUBLISH_BLOCKER_CODES, blocker) ? blocker : "",
  };
}

/** The address for these filters: other parameters (the language) are kept, "All" leaves its parameter out. */
export function filtersToParams(filters: Filters, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of Object.keys(PARAM_NAMES) as (keyof Filters)[]) {
    const value = key === "hasComments" ? (filters.hasComments ? "1" : "") : filters[key];
    if (value === "") next.delete(PARAM_NAMES[key]);
    else next.set(PARAM_NAMES[key], value);
  }
  return next;
}

/** The positions of the paragraphs behind one publish checklist item, by the same rule as the publish page. */
function blockedPositions(segments: SegmentDto[], blocker: string, findings: Map<string, Finding[]>): Set<number> {
  const errorPositions = segments.filter((s) => hasOpenError(findings.get(s.id) ?? [])).map((s) => s.position);
  const item = checkPublishGate(segments, errorPositions).find((candidate) => candidate.code === blocker);
  return new Set((item?.paragraphs ?? []).map((number) => number - 1));
}

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
  const blocked = filters.blocker === "" ? null : blockedPositions(segments, filters.blocker, findings);
  return segmentsInScope(segments, removedSegments, filters.scope).filter(
    (s) =>
      (filters.state === "" || s.state === filters.state) &&
      (filters.kind === "" || s.kind === filters.kind) &&
      (!filters.hasComments || s.openCommentCount > 0) &&
      (filters.check === "" || (findings.get(s.id) ?? []).some((f) => f.checkId === filters.check)) &&
      (blocked === null || blocked.has(s.position)) &&
      (search === "" || fold(s.sourceText).includes(search) || fold(s.targetText).includes(search) || fold(drafts[s.id] ?? "").includes(search)),
  );
}
