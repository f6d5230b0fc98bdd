import { z } from "zod";
import { defineContract, idParams, langQuery } from "../../api/contract";

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
  /** The language the event names (a translation added, a version published), or null. */
  lang: z.string().nullable(),
  /** The version published, or the French revision recorded, when the event is one of these. */
  number: z.number().int().nullable(),
  /** A bulk approval's paragraph numbers (from 1), for the entry to list them; null otherwise. */
  paragraphs: z.array(z.number().int()).nullable(),
  /** The batch a bulk approval made, to undo it from the activity; null otherwise. */
  batchId: z.string().nullable(),
  /** Whether that batch was undone since. */
  isUndone: z.boolean(),
});

export type ActivityDto = z.infer<typeof activitySchema>;

export const listDocumentActivityContract = defineContract({
  operationId: "listDocumentActivity",
  tag: "documents",
  method: "GET",
  path: "/api/documents/{id}/activity",
  summary: "What everyone did recently on one translation of a document (its language's events and the whole article's), newest first.",
  access: "document:view",
  params: idParams,
  query: langQuery,
  response: z.array(activitySchema),
});
