import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";

export const setEditingSegmentInput = z.object({
  documentId: z.string().min(1).max(64),
  /** The id the live-updates stream gave this viewer in its `hello` event. */
  connectionId: z.string().uuid(),
  /** The paragraph being edited, or null when none is. */
  editingSegmentId: z.string().min(1).max(64).nullable(),
});

export const setEditingSegmentContract = defineContract({
  operationId: "setEditingSegment",
  tag: "presence",
  method: "POST",
  path: "/api/documents/{id}/presence",
  summary: "Says which paragraph this viewer is editing (a soft lock the others see), or none.",
  access: "document:view",
  params: idParams,
  body: setEditingSegmentInput.omit({ documentId: true }),
  status: 204,
});
