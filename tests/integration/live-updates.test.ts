import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { endSessions, loadActor } from "@/server/auth/find-actor";
import { db } from "@/server/db";
import { subscribeDocumentEvents, type DocumentEvent } from "@/server/realtime/document-events";
import { addComment } from "@/server/services/comments/add-comment";
import { listPresence } from "@/server/services/presence/list-presence";
import { joinDocument, leaveDocument, PRESENCE_HEARTBEAT_MS, PRESENCE_STALE_MS } from "@/server/services/presence/presence-connection";
import { streamDocumentEvents } from "@/server/services/presence/stream-document-events";
import { setEditingSegment } from "@/server/services/presence/set-editing-segment";
import { reviewSegment } from "@/server/services/review/review-segment";
import { saveSegment } from "@/server/services/segments/save-segment";
import { createActor } from "./support/actors";
import { createSmallDocument } from "./support/documents";

/** Collects a document's events until `count` have arrived (or fails after 5 s). */
async function collect(documentId: string, count: number, act: () => Promise<unknown>): Promise<DocumentEvent[]> {
  const events: DocumentEvent[] = [];
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const stop = await subscribeDocumentEvents(documentId, (event) => {
    events.push(event);
    if (events.length >= count) done();
  });
  try {
    await act();
    await Promise.race([finished, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${events.length} events`)), 5_000))]);
    return events;
  } finally {
    stop();
  }
}

describe("live updates", () => {
  it("tells the document's viewers about edits, approvals and comments, after they commit", async () => {
    const { document, monday } = await createSmallDocument();
    const [translator, reviewer] = [await createActor("TRANSLATOR"), await createActor("REVIEWER")];
    const events = await collect(document.id, 3, async () => {
      await saveSegment({ actor: translator, input: { segmentId: monday.id, targetText: "On Monday.", version: 1 } });
      await reviewSegment({ actor: reviewer, input: { action: "approve", segmentId: monday.id, version: 2 } });
      await addComment({ actor: reviewer, input: { segmentId: monday.id, body: "Good." } });
    });
    expect(events).toEqual([
      { type: "segment", segmentId: monday.id, version: 2, actorId: translator.id, actorName: translator.name },
      { type: "segment", segmentId: monday.id, version: 3, actorId: reviewer.id, actorName: reviewer.name },
      { type: "comments", segmentId: monday.id, actorId: reviewer.id },
    ]);
  });

  it("sends nothing for a refused save", async () => {
    const { document, monday } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const events: DocumentEvent[] = [];
    const stop = await subscribeDocumentEvents(document.id, (event) => events.push(event));
    await expect(saveSegment({ actor: translator, input: { segmentId: monday.id, targetText: "Stale.", version: 9 } })).rejects.toMatchObject({ code: "CONFLICT" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop();
    expect(events).toEqual([]);
  });
});

describe("presence", () => {
  it("lists who is viewing and which paragraph each edits, and forgets those who left or went silent", async () => {
    const { document, monday } = await createSmallDocument();
    const [alice, bob] = [await createActor("TRANSLATOR"), await createActor("REVIEWER")];
    const [a, b] = [randomUUID(), randomUUID()];
    await joinDocument({ actor: alice, documentId: document.id, connectionId: a });
    await joinDocument({ actor: bob, documentId: document.id, connectionId: b });
    await setEditingSegment({ actor: alice, input: { documentId: document.id, connectionId: a, editingSegmentId: monday.id } });
    const names = (list: { name: string; editingSegmentId: string | null }[]) => list.map((p) => [p.name, p.editingSegmentId]);
    expect(names(await listPresence({ actor: bob, documentId: document.id }))).toEqual(
      [
        [alice.name, monday.id],
        [bob.name, null],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    // Nobody can claim someone else's connection.
    await expect(setEditingSegment({ actor: bob, input: { documentId: document.id, connectionId: a, editingSegmentId: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await leaveDocument({ documentId: document.id, connectionId: b });
    await db.presence.update({ where: { id: a }, data: { lastSeenAt: new Date(Date.now() - PRESENCE_STALE_MS - 1_000) } });
    expect(await listPresence({ actor: bob, documentId: document.id })).toEqual([]);
  });
});

describe("the live-updates stream", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /**
   * Reads a stream up to its greeting, which it sends once its heartbeat runs (its subscription
   * may take a while on a busy machine: advancing the clock before that would find no heartbeat).
   */
  async function greeted(stream: ReadableStream<Uint8Array>) {
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    const opened = {
      text: "",
      /** Reads one more chunk; true once the stream has ended. */
      async next() {
        const { done, value } = await reader.read();
        if (!done) opened.text += decoder.decode(value);
        return done;
      },
    };
    while (!opened.text.includes("event: hello")) if (await opened.next()) throw new Error("the stream ended before its greeting");
    return opened;
  }

  it("closes within one heartbeat once the viewer's sessions are ended, and lets a signed-in viewer stay", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const created = await createActor("TRANSLATOR");
    const [viewer, other] = [await loadActor(created.id), await loadActor((await createActor("REVIEWER")).id)];
    if (!viewer || !other) throw new Error("the test accounts cannot act");
    const documentId = (await createSmallDocument(viewer)).document.id;
    const stays = new AbortController();
    const staying = await greeted(await streamDocumentEvents({ actor: other, documentId, signal: stays.signal }));
    const ending = await greeted(await streamDocumentEvents({ actor: viewer, documentId, signal: new AbortController().signal }));
    const ended = (async () => {
      while (!(await ending.next()));
      return ending.text;
    })();

    await endSessions(db, viewer.id);
    await vi.advanceTimersByTimeAsync(PRESENCE_HEARTBEAT_MS);
    const text = await ended;
    expect(text).toContain("event: hello");
    expect(text).toContain("event: session-ended");
    // The closed stream removes its presence row after it ends, without holding the stream open for it.
    await expect.poll(() => listPresence({ actor: other, documentId }), { timeout: 5_000 }).not.toContainEqual(expect.objectContaining({ userId: viewer.id }));

    while (!staying.text.includes("event: ping")) expect(await staying.next()).toBe(false);
    expect(staying.text).not.toContain("session-ended");
    stays.abort();
  });
});
