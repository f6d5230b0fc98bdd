import "server-only";
import { z } from "zod";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { SEGMENT_STATES } from "@/domain/workflow/segment-state";
import { initialSegmentState } from "@/domain/workflow/initial-state";
import { PAIRED_TAGS, STANDALONE_TAGS } from "@/domain/interchange/inline-codes";
import { db } from "../db";
import { recordAudit } from "../audit";
import { parseInput } from "../validation";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";
import { MAX_SEGMENT_LENGTH } from "./segments/segment-dto.schema";

export const MAX_SEGMENTS = 5_000;

/** Inline codes come from a file: only XLIFF inline elements and plain attribute names get through. */
const inlineCodesInput = z
  .record(
    z.string().regex(/^\d{1,4}$/),
    z.object({
      tag: z.string().refine((tag) => PAIRED_TAGS.has(tag) || STANDALONE_TAGS.has(tag)),
      attrs: z.record(z.string().regex(/^[A-Za-z_][\w.:-]{0,60}$/), z.string().max(1_000)),
      content: z.string().max(2_000).optional(),
      isPaired: z.boolean(),
      dialect: z.enum(["1.2", "2.0"]),
    }),
  )
  .optional();

const languageCode = z.string().trim().toLowerCase().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/);

export const createDocumentInput = z.object({
  title: z.string().trim().min(1).max(300),
  sourceLang: languageCode.default("fr"),
  targetLang: languageCode.default("en"),
  pairs: z
    .array(
      z.object({
        kind: z.enum(SEGMENT_KINDS),
        sourceText: z.string().max(MAX_SEGMENT_LENGTH),
        targetText: z.string().max(MAX_SEGMENT_LENGTH),
        /** Imports that carry states (XLIFF) keep them; otherwise the state follows from the text. */
        state: z.enum(SEGMENT_STATES).optional(),
        inlineCodes: inlineCodesInput,
      }),
    )
    .min(1)
    .max(MAX_SEGMENTS),
});

export type CreateDocumentInput = z.input<typeof createDocumentInput>;

/**
 * Creates a document from paragraph pairs: the document, its segments, one IMPORT revision
 * per translated segment and the audit event commit together or not at all.
 */
export async function createDocument({ actor, input }: { actor: Actor; input: CreateDocumentInput | unknown }): Promise<{ id: string }> {
  assertCan(actor, "document:import");
  const { title, sourceLang, targetLang, pairs } = parseInput(createDocumentInput, input);

  return db.$transaction(async (tx) => {
    const document = await tx.document.create({
      data: { title, sourceLang, targetLang, createdById: actor.id },
      select: { id: true },
    });
    const segments = await tx.segment.createManyAndReturn({
      data: pairs.map((pair, position) => ({
        documentId: document.id,
        position,
        kind: pair.kind,
        sourceText: pair.sourceText,
        targetText: pair.targetText,
        state: initialSegmentState(pair),
        inlineCodes: pair.inlineCodes && Object.keys(pair.inlineCodes).length > 0 ? JSON.stringify(pair.inlineCodes) : null,
        // Nobody has edited yet: the importer is on record in the IMPORT revisions.
        lastEditorId: null,
      })),
      select: { id: true, targetText: true },
    });
    await tx.revision.createMany({
      data: segments
        .filter((segment) => segment.targetText !== "")
        .map((segment) => ({
          segmentId: segment.id,
          authorId: actor.id,
          before: "",
          after: segment.targetText,
          reason: "IMPORT" as const,
        })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.created",
      entityType: "Document",
      entityId: document.id,
      documentId: document.id,
      data: { title, segments: segments.length },
    });
    return { id: document.id };
  });
}
