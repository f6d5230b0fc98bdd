import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";

export const activitySchema = z.object({
  id: z.string(),
  /** The audit event, e.g. `segment.approved`: the UI translates it. */
  action: z.string(),
  actorName: z.string().nullable(),
  createdAt: z.string(),
  /** Paragraph number, from 1, when the event concerns one paragraph. */
  paragraph: z.number().int().nullable(),
  segmentId: z.string().nullable(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  count: z.number().int().nullable(),
});

export type ActivityDto = z.infer<typeof activitySchema>;

export const listDocumentActivityContract = defineContract({
  operationId: "listDocumentActivity",
  tag: "documents",
  method: "GET",
  path: "/api/documents/{id}/activity",
  summary: "What everyone did on a document recently, newest first.",
  access: "document:view",
  params: idParams,
  response: z.array(activitySchema),
});
