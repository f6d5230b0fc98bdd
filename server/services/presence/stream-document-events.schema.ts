import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";

export const streamDocumentEventsInput = z.object({ documentId: z.string().min(1).max(64) });

export const streamDocumentEventsContract = defineContract({
  operationId: "streamDocumentEvents",
  tag: "presence",
  method: "GET",
  path: "/api/documents/{id}/events",
  summary:
    "Server-Sent Events for everyone viewing a document: paragraph changes, comments, presence, publications. " +
    "The first event, `hello`, gives the connection id that POST /api/documents/{id}/presence names.",
  access: "document:view",
  params: idParams,
  produces: { kind: "event-stream" },
});
