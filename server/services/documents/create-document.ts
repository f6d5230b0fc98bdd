import "server-only";
import { initialSegmentState } from "@/domain/workflow/initial-state";
import { db } from "../../db";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { assertCan } from "../../auth/assert-can";
import { can, type Actor } from "../../auth/permissions";
import { createDocumentInput, type CreateDocumentInput, type CreatedDocumentDto } from "./create-document.schema";

/**
 * Creates a document from paragraph pairs: the document, its segments, one IMPORT revision
 * per translated segment and the audit event commit together or not at all. The states the
 * pairs start in are decided here from the importer's role (domain/workflow/initial-state.ts).
 */
export async function createDocument({ actor, input }: { actor: Actor; input: CreateDocumentInput | unknown }): Promise<CreatedDocumentDto> {
  assertCan(actor, "document:import");
  const { title, sourceLang, targetLang, pairs } = parseInput(createDocumentInput, input);
  // The file's states count only as far as the importer's own rights: a translator cannot approve by import.
  const importer = { canReview: can(actor, "segment:approve") };

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
        state: initialSegmentState(pair, importer),
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
