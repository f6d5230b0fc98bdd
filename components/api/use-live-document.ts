"use client";

import { useCallback, useEffect, useRef } from "react";
import type { DocumentEvent } from "@/server/realtime/document-events";

type Handlers = {
  onSegment: (event: Extract<DocumentEvent, { type: "segment" }>) => void;
  onSegments: () => void;
  onComments: (event: Extract<DocumentEvent, { type: "comments" }>) => void;
  onPresence: () => void;
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
      void fetch(`/api/documents/${documentId}/presence`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ connectionId: connectionId.current, editingSegmentId: segmentId }),
      }).catch(() => undefined);
    },
    [documentId],
  );

  useEffect(() => {
    const source = new EventSource(`/api/documents/${documentId}/events`);
    const on = <T,>(name: string, handle: (data: T) => void) =>
      source.addEventListener(name, (message) => handle(JSON.parse((message as MessageEvent<string>).data) as T));
    on<{ connectionId: string }>("hello", ({ connectionId: id }) => {
      connectionId.current = id;
      latest.current.onPresence();
      // After a reconnect, the new connection must carry the soft lock again.
      if (editing.current) report(editing.current);
    });
    on<Extract<DocumentEvent, { type: "segment" }>>("segment", (event) => latest.current.onSegment(event));
    on("segments", () => latest.current.onSegments());
    on<Extract<DocumentEvent, { type: "comments" }>>("comments", (event) => latest.current.onComments(event));
    on("presence", () => latest.current.onPresence());
    return () => source.close();
  }, [documentId, report]);

  return { reportEditing: report };
}
