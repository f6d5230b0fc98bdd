"use client";

import { useCallback, useEffect, useRef } from "react";
import type { DocumentEvent } from "@/server/realtime/document-events";
import { setEditingSegmentContract } from "@/server/services/presence/set-editing-segment.schema";
import { streamDocumentEventsContract } from "@/server/services/presence/stream-document-events.schema";
import { callRoute, routeUrl } from "./client";

type Handlers = {
  onSegment: (event: Extract<DocumentEvent, { type: "segment" }>) => void;
  onSegments: () => void;
  onComments: (event: Extract<DocumentEvent, { type: "comments" }>) => void;
  onPresence: () => void;
  /** A new version of the French: the whole article may have changed. */
  onSource?: (event: Extract<DocumentEvent, { type: "source" }>) => void;
};

/**
 * Listens to the document's Server-Sent Events (the browser reconnects by itself) and reports
 * which paragraph this viewer is editing, as a soft lock the others see.
 */
export function useLiveDocument(documentId: string, handlers: Handlers) {
  const latest = useRef(handlers);
  const connectionId = useRef<string | null>(null);
  const editing = useRef<string | null>(null);
  useEffect(() => {
    latest.current = handlers;
  });

  const report = useCallback(
    (segmentId: string | null) => {
      editing.current = segmentId;
      if (!connectionId.current) return;
      // A failed report is not shown: the soft lock is only a hint, and a reconnect reports it again.
      void callRoute(setEditingSegmentContract, {
        params: { id: documentId },
        body: { connectionId: connectionId.current, editingSegmentId: segmentId },
      });
    },
    [documentId],
  );

  useEffect(() => {
    connectionId.current = null;
    const source = new EventSource(routeUrl(streamDocumentEventsContract, { id: documentId }));
    const on = <T,>(name: string, handle: (data: T) => void) =>
      source.addEventListener(name, (message) => handle(JSON.parse((message as MessageEvent<string>).data) as T));
    on<{ connectionId: string }>("hello", ({ connectionId: id }) => {
      // A second hello is a reconnect (a server restarted or shut down for a deploy): events
      // sent in between were missed, so the document is reloaded (drafts are kept).
      const isReconnect = connectionId.current !== null;
      connectionId.current = id;
      if (isReconnect) latest.current.onSegments();
      latest.current.onPresence();
      // After a reconnect, the new connection must carry the soft lock again.
      if (editing.current) report(editing.current);
    });
    on<Extract<DocumentEvent, { type: "segment" }>>("segment", (event) => latest.current.onSegment(event));
    on("segments", () => latest.current.onSegments());
    on<Extract<DocumentEvent, { type: "comments" }>>("comments", (event) => latest.current.onComments(event));
    on("presence", () => latest.current.onPresence());
    on<Extract<DocumentEvent, { type: "source" }>>("source", (event) => latest.current.onSource?.(event));
    // The desk (assignment, embargo, confidentiality) listens on its own: components/desk/desk-panel.tsx.
    on<Extract<DocumentEvent, { type: "desk" }>>("desk", (event) => window.dispatchEvent(new CustomEvent("vav:desk-changed", { detail: event })));
    return () => source.close();
  }, [documentId, report]);

  return { reportEditing: report };
}
