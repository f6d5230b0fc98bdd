import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";

export const listPresenceInput = z.object({ documentId: z.string().min(1).max(64) });

export const presenceSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** The paragraph this person is editing, if any. */
  editingSegmentId: z.string().nullable(),
});

export const presenceListSchema = z.array(presenceSchema);

export type PresenceDto = z.infer<typeof presenceSchema>;

export const listPresenceContract = defineContract({
  operationId: "listPresence",
  tag: "presence",
  method: "GET",
  path: "/api/documents/{id}/presence",
  summary: "Who is viewing the document now, one entry per person, with the paragraph each is editing.",
  access: "document:view",
  params: idParams,
  response: presenceListSchema,
});
