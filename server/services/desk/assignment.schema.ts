import { z } from "zod";
import { PRIORITIES } from "@/domain/desk/priority";
import { defineContract, idParams, langQuery } from "../../api/contract";

const personId = z.string().min(1).max(64).nullable();
/** A time as ISO 8601 with its offset ("2026-12-01T18:00:00Z", "2026-12-01T19:00:00+01:00"), or null for none. */
const instant = z.iso.datetime({ offset: true }).nullable();

/** Who does what on one translation by when; every field may be left empty. */
export const assignmentFields = z.object({
  /** The account that translates (a translator, reviewer or administrator who may work on the language). */
  translatorId: personId.default(null),
  /** The account that reviews (a reviewer or administrator who may work on the language). */
  reviewerId: personId.default(null),
  /** The account that publishes (a publisher or administrator who may work on the language); optional. */
  publisherId: personId.default(null),
  dueAt: instant.default(null),
  priority: z.enum(PRIORITIES).default("NORMAL"),
});

export const setAssignmentInput = assignmentFields.extend({
  documentId: z.string().min(1).max(64),
  /** The translation (BCP 47); English when omitted. */
  lang: z.string().max(35).optional(),
  /** The assignment's version as read (0 when it had none); a stale one is a CONFLICT. */
  version: z.coerce.number().int().min(0),
});

const assignee = z.object({ id: z.string(), name: z.string() }).nullable();

export const assignmentSchema = z.object({
  lang: z.string(),
  translator: assignee,
  reviewer: assignee,
  publisher: assignee,
  dueAt: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  /** 0 while nobody was ever assigned. */
  version: z.number().int(),
});
export type AssignmentDto = z.infer<typeof assignmentSchema>;

export const deskSchema = z.object({
  assignment: assignmentSchema,
  /** The embargo: no publication before this time (ISO 8601), or null. */
  publishNotBefore: z.string().nullable(),
  confidential: z.boolean(),
  /** The document's version, for changing the embargo or confidentiality. */
  documentVersion: z.number().int(),
  /** Whether the actor may change the assignment, the embargo and the confidentiality. */
  canManage: z.boolean(),
  /** The active accounts that may hold each slot on this language (for the choosers; empty unless canManage). */
  candidates: z.object({
    translator: z.array(z.object({ id: z.string(), name: z.string() })),
    reviewer: z.array(z.object({ id: z.string(), name: z.string() })),
    publisher: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});
export type DeskDto = z.infer<typeof deskSchema>;

export const getDeskContract = defineContract({
  operationId: "getDesk",
  tag: "desk",
  method: "GET",
  path: "/api/documents/{id}/desk",
  summary: "A translation's assignment (translator, reviewer, publisher, due time, priority), the article's embargo and confidentiality, and who may be assigned.",
  access: "document:view",
  params: idParams,
  query: langQuery,
  response: deskSchema,
});

export const setAssignmentContract = defineContract({
  operationId: "setAssignment",
  tag: "desk",
  method: "PUT",
  path: "/api/documents/{id}/assignment",
  summary:
    "Sets who translates, reviews and publishes one translation, its due time and priority. Each person must be an active account whose role fits the slot and who may work on the language. A stale version is 409 CONFLICT. Audited and announced to the article's viewers.",
  access: "assignment:manage",
  params: idParams,
  body: setAssignmentInput.omit({ documentId: true }),
  response: assignmentSchema,
});

export const setDocumentDeskInput = z.object({
  documentId: z.string().min(1).max(64),
  /** "Publish not before" (ISO 8601 with offset), or null for no embargo. */
  publishNotBefore: instant,
  /** Seen only by the article's assignees, publishers and administrators. */
  confidential: z.boolean(),
  /** The document's version as read; a stale one is a CONFLICT. */
  version: z.coerce.number().int().positive(),
});

export const documentDeskSchema = z.object({ publishNotBefore: z.string().nullable(), confidential: z.boolean(), documentVersion: z.number().int() });

export const setDocumentDeskContract = defineContract({
  operationId: "setDocumentDesk",
  tag: "desk",
  method: "PUT",
  path: "/api/documents/{id}/desk",
  summary:
    "Sets the article's embargo (no publication of any language before publishNotBefore; administrators may override with a reason) and whether it is confidential (seen only by its assignees, publishers and administrators). A stale version is 409 CONFLICT.",
  access: "assignment:manage",
  params: idParams,
  body: setDocumentDeskInput.omit({ documentId: true }),
  response: documentDeskSchema,
});
