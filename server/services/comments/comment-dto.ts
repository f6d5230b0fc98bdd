// A comment as the browser sees it, shared by every comments use case. Pure (no Prisma import,
// no "server-only"): the browser imports the schema through the use cases' schema files.
import { z } from "zod";

export const commentSchema = z.object({
  id: z.string(),
  /** The thread's first comment for a reply, null for the first comment itself. */
  parentId: z.string().nullable(),
  authorName: z.string(),
  body: z.string(),
  /** ISO 8601. */
  createdAt: z.string(),
  /** Set on a thread's first comment while the thread is resolved (ISO 8601). */
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  /** The version resolving or reopening must name (optimistic locking). */
  version: z.number().int(),
});

export type CommentDto = z.infer<typeof commentSchema>;

/** The columns a CommentDto is made of. */
export const commentSelect = {
  id: true,
  parentId: true,
  body: true,
  createdAt: true,
  resolvedAt: true,
  version: true,
  author: { select: { name: true } },
  resolvedBy: { select: { name: true } },
} as const;

export function toCommentDto(comment: {
  id: string;
  parentId: string | null;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
  version: number;
  author: { name: string };
  resolvedBy: { name: string } | null;
}): CommentDto {
  return {
    id: comment.id,
    parentId: comment.parentId,
    authorName: comment.author.name,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    resolvedAt: comment.resolvedAt?.toISOString() ?? null,
    resolvedByName: comment.resolvedBy?.name ?? null,
    version: comment.version,
  };
}
