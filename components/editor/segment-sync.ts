// The editor's paragraph state as a pure reducer: what is saved, what is typed, what is being
// saved, what conflicts. No React and no fetch here, so every rule is unit-tested
// (segment-sync.test.ts); `useSegmentSync` runs the requests and dispatches what they return.
import type { ApiError } from "../api/client";
import { segmentDtoSchema, type SegmentDto } from "@/server/services/segments/segment-dto.schema";
import type { Conflict, ConflictChoice, RowStatus } from "./types";

export type SyncState = {
  /** The paragraphs as the server last confirmed them (a row with a draft keeps its version). */
  segments: SegmentDto[];
  /** Paragraphs a change of the French removed from the article: read-only, for their history. */
  removedSegments: SegmentDto[];
  /** Text typed and not saved yet, by paragraph id. */
  drafts: Record<string, string>;
  statuses: Record<string, RowStatus>;
  conflicts: Record<string, Conflict>;
  /** Moves on every change the server reports, so the activity feed knows to reload. */
  changeCount: number;
};

export type SyncAction =
  /** The user typed, or a draft was filled (copy source); `text: null` drops the draft. */
  | { type: "draftChanged"; id: string; text: string | null }
  | { type: "saveStarted"; id: string }
  /** The save of `sent` succeeded; a draft typed since is kept. */
  | { type: "saveSucceeded"; id: string; sent: string; segment: SegmentDto }
  /**
   * A save failed; a 409 carrying the current paragraph with a different text is a conflict.
   * A passing failure (database or server unreachable) schedules a retry: `random` in [0, 1)
   * spreads the retries of many editors (the hook passes Math.random()).
   */
  | { type: "saveFailed"; id: string; status: number; error: ApiError; mine: string; random?: number }
  /** Another change (review, fix, restore, kind) came back with the paragraph as now saved. */
  | { type: "segmentChanged"; segment: SegmentDto; clearsDraft?: boolean }
  | { type: "conflictResolved"; id: string; choice: ConflictChoice }
  /** Someone else changed this paragraph: applied only if the user has no draft in it. */
  | { type: "segmentRefreshed"; segment: SegmentDto }
  /** The whole document was reloaded (bulk approval, replace, undo, a new version of the French). */
  | { type: "documentReloaded"; segments: SegmentDto[]; removedSegments?: SegmentDto[] };

/** What a save of one paragraph must do, decided from the state when its turn in the queue comes. */
export type SavePlan =
  | { kind: "missing" }
  /** Nothing to send: the text is the saved one and nothing is submitted. */
  | { kind: "unchanged" }
  | { kind: "send"; text: string; version: number; submit: boolean };

export type SaveOptions = { submit?: boolean; text?: string };

export function createSyncState(segments: SegmentDto[], removedSegments: SegmentDto[] = []): SyncState {
  return { segments, removedSegments, drafts: {}, statuses: {}, conflicts: {}, changeCount: 0 };
}

/**
 * A paragraph with unsaved text after a reload: the user's version, saved text and state stay
 * (so saving still meets a 409 if someone changed it meanwhile), but the French, its place and
 * the French it replaced come from the server, so the user sees what they are translating now.
 */
function keepEditing(local: SegmentDto, server: SegmentDto): SegmentDto {
  const isSameSource =
    local.sourceText === server.sourceText &&
    local.previousSourceText === server.previousSourceText &&
    local.sourceRevision === server.sourceRevision &&
    local.position === server.position;
  if (isSameSource) return local;
  return { ...local, sourceText: server.sourceText, previousSourceText: server.previousSourceText, sourceRevision: server.sourceRevision, position: server.position };
}

export function findSegment(state: SyncState, id: string): SegmentDto | undefined {
  return state.segments.find((s) => s.id === id);
}

export function planSave(state: SyncState, id: string, options: SaveOptions = {}): SavePlan {
  const segment = findSegment(state, id);
  if (!segment) return { kind: "missing" };
  const text = options.text ?? state.drafts[id] ?? segment.targetText;
  const submit = options.submit ?? false;
  if (text === segment.targetText && !submit) return { kind: "unchanged" };
  return { kind: "send", text, version: segment.version, submit };
}

/** The paragraph as saved that a 409 carries in its details, read with its schema like any answer. */
export function conflictingSegment(status: number, error: ApiError): SegmentDto | null {
  if (status !== 409) return null;
  const parsed = segmentDtoSchema.safeParse(error.details?.current);
  return parsed.success ? parsed.data : null;
}

/** A live event says the paragraph is now at `version`: fetch it unless the local copy is as new or has a draft. */
export function needsRefresh(state: SyncState, id: string, version: number): boolean {
  const local = findSegment(state, id);
  return local !== undefined && version > local.version && state.drafts[id] === undefined;
}

/** The first retry's delay after a passing failure, in ms; each failure in a row doubles it. */
export const SAVE_RETRY_BASE_MS = 1_000;
/** The longest wait between two retries of a save, in ms. */
export const SAVE_RETRY_MAX_MS = 30_000;

/**
 * A failure that says nothing about the save itself and will pass: the database is unavailable
 * (503, with Retry-After), a proxy found no instance (502, 504: a deploy restarting one), or
 * the server could not be reached at all (status 0). Nothing was written: sending the same
 * text with the same version again is safe.
 */
export function isPassingFailure(status: number): boolean {
  // 429: the account's API rate limit (decision 016); the text is kept and sent once it allows.
  return status === 0 || status === 429 || status === 502 || status === 503 || status === 504;
}

/**
 * How long to wait before retry number `attempt` (1 for the first): exponential from
 * SAVE_RETRY_BASE_MS up to SAVE_RETRY_MAX_MS, never sooner than the server's Retry-After,
 * spread by ±20 % (`random` in [0, 1)) so that editors do not all come back at once.
 */
export function retryDelayMs(attempt: number, retryAfterSeconds: number | undefined, random = 0.5): number {
  const exponential = Math.min(SAVE_RETRY_MAX_MS, SAVE_RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  const spread = Math.round(exponential * (0.8 + 0.4 * random));
  return Math.min(SAVE_RETRY_MAX_MS, Math.max(spread, (retryAfterSeconds ?? 0) * 1000));
}

/** The text a conflict's resolution saves: none when the user takes the saved version. */
export function chosenText(conflict: Conflict | undefined, choice: ConflictChoice): string | null {
  if (choice === "theirs") return null;
  return (choice === "mine" ? conflict?.mine : choice.merged) ?? null;
}

/** Text not yet saved: a draft that differs from the saved text, or an open conflict. */
export function hasUnsavedWork(state: SyncState): boolean {
  return (
    Object.keys(state.drafts).some((id) => state.drafts[id] !== findSegment(state, id)?.targetText) || Object.keys(state.conflicts).length > 0
  );
}

function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  if (!(id in record)) return record;
  const next = { ...record };
  delete next[id];
  return next;
}

function withDraft(state: SyncState, id: string, text: string | null): SyncState {
  if (text === null) {
    const drafts = without(state.drafts, id);
    return drafts === state.drafts ? state : { ...state, drafts };
  }
  return { ...state, drafts: { ...state.drafts, [id]: text } };
}

function withStatus(state: SyncState, id: string, status: RowStatus | null): SyncState {
  return { ...state, statuses: status ? { ...state.statuses, [id]: status } : without(state.statuses, id) };
}

function withSegment(state: SyncState, segment: SegmentDto): SyncState {
  return { ...state, segments: state.segments.map((s) => (s.id === segment.id ? segment : s)), changeCount: state.changeCount + 1 };
}

export function reduceSync(state: SyncState, action: SyncAction): SyncState {
  switch (action.type) {
    case "draftChanged":
      return withDraft(state, action.id, action.text);
    case "saveStarted": {
      // A retry keeps showing "retrying" (with its count) until it succeeds or fails for good.
      const previous = state.statuses[action.id];
      return previous?.kind === "retrying" ? state : withStatus(state, action.id, { kind: "saving" });
    }
    case "saveSucceeded": {
      const saved = withSegment(state, action.segment);
      // Keep anything typed while the save was in flight.
      const draft = state.drafts[action.id];
      const settled = draft === undefined || draft === action.sent ? withDraft(saved, action.id, null) : saved;
      return withStatus(settled, action.id, { kind: "saved" });
    }
    case "saveFailed": {
      const current = conflictingSegment(action.status, action.error);
      if (current) {
        const updated = withSegment(state, current);
        if (action.mine !== current.targetText) {
          const conflicted = { ...updated, conflicts: { ...updated.conflicts, [action.id]: { mine: action.mine, theirs: current } } };
          return withStatus(conflicted, action.id, null);
        }
        // The saved text is already the one sent: an earlier attempt landed but its answer was
        // lost (the instance stopped, the connection dropped). Nothing to send again, and no
        // second revision: the paragraph is saved.
        const draft = state.drafts[action.id];
        const settled = draft === undefined || draft === action.mine ? withDraft(updated, action.id, null) : updated;
        return withStatus(settled, action.id, { kind: "saved" });
      }
      if (isPassingFailure(action.status)) {
        const previous = state.statuses[action.id];
        const attempt = previous?.kind === "retrying" ? previous.attempt + 1 : 1;
        const { retryAfter: outage, retryAfterSeconds: rateLimit } = action.error.params;
        const retryAfter = typeof outage === "number" ? outage : typeof rateLimit === "number" ? rateLimit : undefined;
        return withStatus(state, action.id, { kind: "retrying", error: action.error, attempt, retryInMs: retryDelayMs(attempt, retryAfter, action.random) });
      }
      return withStatus(state, action.id, { kind: "error", error: action.error });
    }
    case "segmentChanged": {
      const updated = withSegment(state, action.segment);
      return action.clearsDraft ? withDraft(updated, action.segment.id, null) : updated;
    }
    case "conflictResolved": {
      const resolved = { ...state, conflicts: without(state.conflicts, action.id) };
      if (action.choice === "theirs") return withDraft(resolved, action.id, null);
      const text = chosenText(state.conflicts[action.id], action.choice);
      return text === null ? resolved : withDraft(resolved, action.id, text);
    }
    case "segmentRefreshed":
      return state.drafts[action.segment.id] === undefined ? withSegment(state, action.segment) : state;
    case "documentReloaded": {
      const local = new Map(state.segments.map((s) => [s.id, s]));
      const segments = action.segments.map((s) => {
        const mine = local.get(s.id);
        return state.drafts[s.id] !== undefined && mine ? keepEditing(mine, s) : s;
      });
      // A paragraph the French no longer has cannot be saved any more (the server refuses it):
      // its draft would only hold the "unsaved changes" warning up forever.
      const current = new Set(segments.map((s) => s.id));
      const drafts = Object.fromEntries(Object.entries(state.drafts).filter(([id]) => current.has(id)));
      return { ...state, segments, drafts, removedSegments: action.removedSegments ?? state.removedSegments, changeCount: state.changeCount + 1 };
    }
  }
}

/**
 * Runs the changes of one paragraph one after the other, so a blur-save and a button click
 * never race each other with the same version. A failed task does not block the next.
 */
export function createTaskQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(id: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    tails.set(id, next.catch(() => undefined));
    return next;
  };
}
