import { z } from "zod";
import { ASSIGNMENT_SLOTS } from "@/domain/desk/assignment-roles";
import { PRIORITIES } from "@/domain/desk/priority";
import { defineContract } from "../../api/contract";

/** Articles per page of "My work". */
export const MY_WORK_PAGE_SIZE = 20;
/**
 * The most assignments of one person "My work" reads, the earliest due first: the queue is
 * sorted and paged from these, so the work stays bounded whatever the archive holds.
 */
export const MAX_MY_WORK_ASSIGNMENTS = 500;

export const listMyWorkInput = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const workItemSchema = z.object({
  lang: z.string(),
  /** Which of the actor's slots this work is for. */
  slot: z.enum(ASSIGNMENT_SLOTS),
  /** Paragraphs waiting: untranslated, draft, rejected or outdated (translator); submitted (reviewer); 0 for a publisher's ready translation. */
  paragraphs: z.number().int(),
  /** For the publisher: every paragraph is approved and the translation has changes not yet published. */
  isReadyToPublish: z.boolean(),
  priority: z.enum(PRIORITIES),
  dueAt: z.string().nullable(),
  isOverdue: z.boolean(),
});

export const myWorkArticleSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  confidential: z.boolean(),
  /** The article's most pressing work first. */
  items: z.array(workItemSchema),
});

export const myWorkSchema = z.object({
  articles: z.array(myWorkArticleSchema),
  page: z.number().int(),
  pageCount: z.number().int(),
  /** Articles with work waiting. */
  total: z.number().int(),
  /** More than MAX_MY_WORK_ASSIGNMENTS assignments: only the earliest due were read. */
  isTruncated: z.boolean(),
  limit: z.number().int(),
});
export type MyWorkDto = z.infer<typeof myWorkSchema>;
export type WorkItemDto = z.infer<typeof workItemSchema>;

export const listMyWorkContract = defineContract({
  operationId: "listMyWork",
  tag: "desk",
  method: "GET",
  path: "/api/my-work",
  summary:
    "The caller's waiting work across articles, grouped per article, the most pressing first (breaking, urgent, normal, then the earliest due): a translator's untranslated, draft, rejected and outdated paragraphs, a reviewer's submitted ones, a publisher's translations ready to publish. 20 articles a page.",
  access: "document:view",
  query: listMyWorkInput,
  response: myWorkSchema,
});
