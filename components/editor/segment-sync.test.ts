import { describe, expect, it } from "vitest";
import type { ApiError } from "../api/client";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";
import { makeSegment } from "@/tests/fixtures/segment-dto";
import {
  createSyncState,
  createTaskQueue,
  hasUnsavedWork,
  isPassingFailure,
  needsRefresh,
  planSave,
  reduceSync,
  retryDelayMs,
  SAVE_RETRY_MAX_MS,
  type SyncAction,
  type SyncState,
} from "./segment-sync";

const segment = (id: string, targetText: string, version = 1, more: Partial<SegmentDto> = {}) => makeSegment(id, { targetText, version, ...more });

const apply = (state: SyncState, ...actions: SyncAction[]) => actions.reduce(reduceSync, state);
const network: ApiError = { code: "NETWORK", params: {} };
const stale = (current: SegmentDto): ApiError => ({ code: "CONFLICT", params: {}, details: { current } });

describe("saving a paragraph", () => {
  const start = createSyncState([segment("a", "Old text"), segment("b", "Other")]);

  it("goes from typed to saving to saved, with the server's new version", () => {
    const typed = apply(start, { type: "draftChanged", id: "a", text: "New text" });
    expect(hasUnsavedWork(typed)).toBe(true);
    const plan = planSave(typed, "a");
    expect(plan).toEqual({ kind: "send", text: "New text", version: 1, submit: false });

    const saving = apply(typed, { type: "saveStarted", id: "a" });
    expect(saving.statuses.a).toEqual({ kind: "saving" });

    const saved = apply(saving, { type: "saveSucceeded", id: "a", sent: "New text", segment: segment("a", "New text", 2) });
    expect(saved.statuses.a).toEqual({ kind: "saved" });
    expect(saved.drafts.a).toBeUndefined();
    expect(saved.segments[0]).toMatchObject({ targetText: "New text", version: 2 });
    expect(saved.segments[1]).toBe(start.segments[1]);
    expect(saved.changeCount).toBe(1);
    expect(hasUnsavedWork(saved)).toBe(false);

    // The next save of the paragraph is based on the version the server returned.
    const again = apply(saved, { type: "draftChanged", id: "a", text: "Newer text" });
    expect(planSave(again, "a")).toMatchObject({ kind: "send", version: 2 });
  });

  it("keeps text typed while the save was in flight", () => {
    const saved = apply(
      start,
      { type: "draftChanged", id: "a", text: "New" },
      { type: "saveStarted", id: "a" },
      { type: "draftChanged", id: "a", text: "New and more" },
      { type: "saveSucceeded", id: "a", sent: "New", segment: segment("a", "New", 2) },
    );
    expect(saved.drafts.a).toBe("New and more");
    expect(hasUnsavedWork(saved)).toBe(true);
    expect(planSave(saved, "a")).toEqual({ kind: "send", text: "New and more", version: 2, submit: false });
  });

  it.each([
    ["no draft, no submit", {}, undefined, { kind: "unchanged" }],
    ["a draft equal to the saved text", {}, "Old text", { kind: "unchanged" }],
    ["a submit of the saved text", { submit: true }, undefined, { kind: "send", text: "Old text", version: 1, submit: true }],
    ["an explicit text wins over the draft", { text: "Chosen" }, "Typed", { kind: "send", text: "Chosen", version: 1, submit: false }],
  ])("plans %s", (_name, options, draft, expected) => {
    const state = draft === undefined ? start : apply(start, { type: "draftChanged", id: "a", text: draft });
    expect(planSave(state, "a", options)).toEqual(expected);
  });

  it("plans nothing for a paragraph that is not there", () => {
    expect(planSave(start, "missing")).toEqual({ kind: "missing" });
  });
});

describe("a save that fails", () => {
  const typed = apply(createSyncState([segment("a", "Old")]), { type: "draftChanged", id: "a", text: "Mine" }, { type: "saveStarted", id: "a" });

  it.each([
    ["a server error", 500, { code: "INTERNAL", params: {} }],
    ["a refusal", 403, { code: "FORBIDDEN", params: {} }],
  ])("after %s keeps the text, shows the error and retries with the same version", (_name, status, error) => {
    const failed = apply(typed, { type: "saveFailed", id: "a", status, error, mine: "Mine" });
    expect(failed.statuses.a).toEqual({ kind: "error", error });
    expect(failed.drafts.a).toBe("Mine");
    expect(failed.segments[0]).toBe(typed.segments[0]);
    expect(hasUnsavedWork(failed)).toBe(true);

    expect(planSave(failed, "a")).toEqual({ kind: "send", text: "Mine", version: 1, submit: false });
    const retried = apply(
      failed,
      { type: "saveStarted", id: "a" },
      { type: "saveSucceeded", id: "a", sent: "Mine", segment: segment("a", "Mine", 2) },
    );
    expect(retried.statuses.a).toEqual({ kind: "saved" });
    expect(retried.drafts.a).toBeUndefined();
  });
});

describe("a save refused with 409", () => {
  const theirs = segment("a", "Theirs", 2, { lastEditorName: "Camille" });
  const conflicted = apply(
    createSyncState([segment("a", "Old")]),
    { type: "draftChanged", id: "a", text: "Mine" },
    { type: "saveStarted", id: "a" },
    { type: "saveFailed", id: "a", status: 409, error: stale(theirs), mine: "Mine" },
  );

  it("keeps both texts and brings the paragraph up to date", () => {
    expect(conflicted.conflicts.a).toEqual({ mine: "Mine", theirs });
    expect(conflicted.drafts.a).toBe("Mine");
    // Read from the error's details with the segment schema: an equal copy, not the same object.
    expect(conflicted.segments[0]).toEqual(theirs);
    expect(conflicted.statuses.a).toBeUndefined();
    expect(hasUnsavedWork(conflicted)).toBe(true);
  });

  it("keep mine: saves my text over the version now saved", () => {
    const resolved = apply(conflicted, { type: "conflictResolved", id: "a", choice: "mine" });
    expect(resolved.conflicts.a).toBeUndefined();
    expect(resolved.drafts.a).toBe("Mine");
    expect(planSave(resolved, "a", { text: "Mine" })).toEqual({ kind: "send", text: "Mine", version: 2, submit: false });
  });

  it("take theirs: drops my text", () => {
    const resolved = apply(conflicted, { type: "conflictResolved", id: "a", choice: "theirs" });
    expect(resolved.conflicts).toEqual({});
    expect(resolved.drafts).toEqual({});
    expect(resolved.segments[0].targetText).toBe("Theirs");
    expect(hasUnsavedWork(resolved)).toBe(false);
  });

  it("merge: saves the merged text", () => {
    const resolved = apply(conflicted, { type: "conflictResolved", id: "a", choice: { merged: "Theirs and mine" } });
    expect(resolved.drafts.a).toBe("Theirs and mine");
    expect(planSave(resolved, "a")).toMatchObject({ kind: "send", text: "Theirs and mine", version: 2 });
  });

  it("is no conflict when the saved text already is mine", () => {
    const same = segment("a", "Mine", 2);
    const state = apply(
      createSyncState([segment("a", "Old")]),
      { type: "draftChanged", id: "a", text: "Mine" },
      { type: "saveFailed", id: "a", status: 409, error: stale(same), mine: "Mine" },
    );
    expect(state.conflicts).toEqual({});
    expect(state.segments[0]).toEqual(same);
    // An earlier attempt landed (its answer was lost): saved, nothing left to send again.
    expect(state.statuses.a).toEqual({ kind: "saved" });
    expect(state.drafts.a).toBeUndefined();
    expect(planSave(state, "a")).toEqual({ kind: "unchanged" });
    expect(hasUnsavedWork(state)).toBe(false);
  });

  it("is a plain error when the 409 does not carry a paragraph", () => {
    const typed = apply(createSyncState([segment("a", "Old")]), { type: "draftChanged", id: "a", text: "Mine" });
    const state = apply(typed, { type: "saveFailed", id: "a", status: 409, error: { code: "CONFLICT", params: {}, details: { current: { id: "a" } } }, mine: "Mine" });
    expect(state.conflicts).toEqual({});
    expect(state.segments[0]).toBe(typed.segments[0]);
    expect(state.drafts.a).toBe("Mine");
    expect(state.statuses.a).toMatchObject({ kind: "error", error: { code: "CONFLICT" } });
  });
});

describe("live updates", () => {
  const start = createSyncState([segment("a", "Old"), segment("b", "Other")]);

  it("replace a paragraph the user has not touched with the server's", () => {
    expect(needsRefresh(start, "a", 2)).toBe(true);
    expect(needsRefresh(start, "a", 1)).toBe(false);
    expect(needsRefresh(start, "missing", 5)).toBe(false);
    const server = segment("a", "Theirs", 2);
    const refreshed = apply(start, { type: "segmentRefreshed", segment: server });
    expect(refreshed.segments[0]).toBe(server);
    expect(refreshed.changeCount).toBe(1);
  });

  it("never overwrite a paragraph being edited; its next save meets the newer version as a conflict", () => {
    const typing = apply(start, { type: "draftChanged", id: "a", text: "Mine" });
    expect(needsRefresh(typing, "a", 2)).toBe(false);
    const server = segment("a", "Theirs", 2);
    const afterEvent = apply(typing, { type: "segmentRefreshed", segment: server }, { type: "documentReloaded", segments: [server, segment("b", "Other", 3)] });
    expect(afterEvent.drafts.a).toBe("Mine");
    expect(afterEvent.segments[0]).toBe(typing.segments[0]);
    expect(afterEvent.segments[1]).toMatchObject({ version: 3 });

    // The save is still sent with the version the user started from, so the server refuses it.
    expect(planSave(afterEvent, "a")).toEqual({ kind: "send", text: "Mine", version: 1, submit: false });
    const conflicted = apply(afterEvent, { type: "saveFailed", id: "a", status: 409, error: stale(server), mine: "Mine" });
    expect(conflicted.conflicts.a).toEqual({ mine: "Mine", theirs: server });
  });
});

describe("a new version of the French", () => {
  const start = createSyncState([segment("a", "Delhi on 3 December", 1, { state: "APPROVED", sourceText: "Delhi le 3 décembre" }), segment("b", "Other")]);

  it("shows the new French of a paragraph being edited but keeps the user's draft and the version it started from", () => {
    const typing = apply(start, { type: "draftChanged", id: "a", text: "Delhi on 3 December, my edit" });
    const outdated = segment("a", "Delhi on 3 December", 2, { state: "OUTDATED", sourceText: "Delhi le 4 décembre", previousSourceText: "Delhi le 3 décembre", sourceRevision: 2 });
    const reloaded = apply(typing, { type: "documentReloaded", segments: [outdated, segment("b", "Other")], removedSegments: [] });

    expect(reloaded.drafts.a).toBe("Delhi on 3 December, my edit");
    expect(hasUnsavedWork(reloaded)).toBe(true);
    expect(reloaded.segments[0]).toMatchObject({ sourceText: "Delhi le 4 décembre", previousSourceText: "Delhi le 3 décembre", sourceRevision: 2 });
    // Saved text, state and version stay the user's, so the save meets the change as a conflict.
    expect(reloaded.segments[0]).toMatchObject({ targetText: "Delhi on 3 December", state: "APPROVED", version: 1 });
    expect(planSave(reloaded, "a")).toEqual({ kind: "send", text: "Delhi on 3 December, my edit", version: 1, submit: false });
  });

  it("takes a paragraph nobody is editing as the server has it, and the removed paragraphs", () => {
    const outdated = segment("a", "Delhi on 3 December", 2, { state: "OUTDATED", sourceText: "Delhi le 4 décembre", previousSourceText: "Delhi le 3 décembre" });
    const gone = segment("b", "Other", 2, { removedInRevision: 2 });
    const reloaded = apply(start, { type: "documentReloaded", segments: [outdated], removedSegments: [gone] });
    expect(reloaded.segments).toEqual([outdated]);
    expect(reloaded.removedSegments).toEqual([gone]);
  });

  it("drops the draft of a paragraph the French removed: it can no longer be saved", () => {
    const typing = apply(start, { type: "draftChanged", id: "b", text: "Typed in a removed paragraph" });
    const reloaded = apply(typing, { type: "documentReloaded", segments: [start.segments[0]], removedSegments: [segment("b", "Other", 2, { removedInRevision: 2 })] });
    expect(reloaded.drafts).toEqual({});
    expect(hasUnsavedWork(reloaded)).toBe(false);
  });

  it("keeps the removed paragraphs when a reload does not carry them", () => {
    const withRemoved = createSyncState([segment("a", "x")], [segment("r", "y", 1, { removedInRevision: 2 })]);
    const reloaded = apply(withRemoved, { type: "documentReloaded", segments: [segment("a", "x", 2)] });
    expect(reloaded.removedSegments.map((s) => s.id)).toEqual(["r"]);
  });
});

describe("other changes of a paragraph", () => {
  const typing = apply(createSyncState([segment("a", "Old")]), { type: "draftChanged", id: "a", text: "Typed" });

  it("a review keeps the draft; a fix or a restore replaces it", () => {
    const reviewed = apply(typing, { type: "segmentChanged", segment: segment("a", "Old", 2, { state: "TRANSLATED" }) });
    expect(reviewed.drafts.a).toBe("Typed");
    expect(reviewed.segments[0].state).toBe("TRANSLATED");
    const fixed = apply(typing, { type: "segmentChanged", segment: segment("a", "Fixed", 2), clearsDraft: true });
    expect(fixed.drafts).toEqual({});
  });
});

describe("the per-paragraph queue", () => {
  it("runs one paragraph's tasks in order, past a failure, and other paragraphs alongside", async () => {
    const enqueue = createTaskQueue();
    const log: string[] = [];
    let release = () => {};
    const first = enqueue(
      "a",
      () =>
        new Promise<void>((resolve) => {
          release = () => {
            log.push("a1");
            resolve();
          };
        }),
    );
    const failing = enqueue("a", async () => {
      log.push("a2");
      throw new Error("refused");
    });
    const third = enqueue("a", async () => log.push("a3"));
    await enqueue("b", async () => log.push("b1"));
    expect(log).toEqual(["b1"]);
    release();
    await first;
    await expect(failing).rejects.toThrow("refused");
    await third;
    expect(log).toEqual(["b1", "a1", "a2", "a3"]);
  });
});

describe("a save while the database is unavailable", () => {
  const unavailable: ApiError = { code: "DATABASE_UNAVAILABLE", params: { retryAfter: 2 }, requestId: "req-1" };
  const typed = apply(createSyncState([segment("a", "Old")]), { type: "draftChanged", id: "a", text: "Mine" }, { type: "saveStarted", id: "a" });

  it.each([
    ["the database is unavailable (503)", 503, unavailable],
    ["a proxy found no instance (502)", 502, { code: "INTERNAL", params: {} }],
    ["the server cannot be reached", 0, network],
    ["the account is over its rate limit (429)", 429, { code: "RATE_LIMITED", params: { limitedBy: "account", limit: 1200, windowSeconds: 60, retryAfterSeconds: 40 } }],
  ])("when %s, keeps the text and says when it retries", (_name, status, error) => {
    const failed = apply(typed, { type: "saveFailed", id: "a", status, error, mine: "Mine", random: 0.5 });
    expect(failed.statuses.a).toMatchObject({ kind: "retrying", error, attempt: 1 });
    expect(failed.drafts.a).toBe("Mine");
    expect(hasUnsavedWork(failed)).toBe(true);
    // The retry sends the same text with the same version: nothing was written.
    expect(planSave(failed, "a")).toEqual({ kind: "send", text: "Mine", version: 1, submit: false });
  });

  it("waits at least as long as the rate limit says (Retry-After in params.retryAfterSeconds)", () => {
    const limited: ApiError = { code: "RATE_LIMITED", params: { limitedBy: "account", limit: 1200, windowSeconds: 60, retryAfterSeconds: 20 } };
    const failed = apply(typed, { type: "saveFailed", id: "a", status: 429, error: limited, mine: "Mine", random: 0.5 });
    expect(failed.statuses.a).toMatchObject({ kind: "retrying", retryInMs: 20_000 });
  });

  it("backs off: each failure in a row waits longer, never sooner than Retry-After, at most the cap", () => {
    let state = typed;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      state = apply(state, { type: "saveStarted", id: "a" }, { type: "saveFailed", id: "a", status: 503, error: unavailable, mine: "Mine", random: 0.5 });
      const status = state.statuses.a;
      expect(status).toMatchObject({ kind: "retrying", attempt });
      if (status?.kind === "retrying") waits.push(status.retryInMs);
    }
    expect(waits).toEqual([2_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(retryDelayMs(1, undefined, 0)).toBe(800);
    expect(retryDelayMs(1, undefined, 0.999)).toBe(1_200);
    expect(retryDelayMs(20, 600, 0.5)).toBe(SAVE_RETRY_MAX_MS);
  });

  it("saves once the database is back, with the text typed meanwhile kept for the next save", () => {
    const retrying = apply(typed, { type: "saveFailed", id: "a", status: 503, error: unavailable, mine: "Mine" }, { type: "draftChanged", id: "a", text: "Mine, longer" });
    expect(planSave(retrying, "a")).toMatchObject({ kind: "send", text: "Mine, longer", version: 1 });
    const saved = apply(retrying, { type: "saveStarted", id: "a" }, { type: "saveSucceeded", id: "a", sent: "Mine, longer", segment: segment("a", "Mine, longer", 2) });
    expect(saved.statuses.a).toEqual({ kind: "saved" });
    expect(saved.drafts.a).toBeUndefined();
    expect(hasUnsavedWork(saved)).toBe(false);
  });

  it("a retry whose first attempt had landed finds its own text saved: no second revision, no conflict", () => {
    const retrying = apply(typed, { type: "saveFailed", id: "a", status: 0, error: network, mine: "Mine" });
    const landed = segment("a", "Mine", 2);
    const state = apply(retrying, { type: "saveStarted", id: "a" }, { type: "saveFailed", id: "a", status: 409, error: stale(landed), mine: "Mine" });
    expect(state.statuses.a).toEqual({ kind: "saved" });
    expect(state.conflicts).toEqual({});
    expect(state.segments[0]).toEqual(landed);
    expect(hasUnsavedWork(state)).toBe(false);
  });

  it("knows which failures pass", () => {
    expect([0, 502, 503, 504].every(isPassingFailure)).toBe(true);
    expect([400, 401, 403, 404, 409, 413, 500].some(isPassingFailure)).toBe(false);
  });
});
