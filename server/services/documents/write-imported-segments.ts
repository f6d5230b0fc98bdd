import "server-only";
import type { Tx } from "../../db";
import { insertRows, newId, timestampValue } from "../../bulk-insert";
import type { SegmentKind, SegmentState } from "../../generated/prisma/enums";

export type ImportedSegment = {
  paragraphId: string;
  position: number;
  kind: SegmentKind;
  sourceText: string;
  targetText: string;
  state: SegmentState;
  /** Inline markup from an XLIFF file, as JSON; null without. */
  inlineCodes: string | null;
};

/**
 * The import's writes of paragraphs, in one place: the Segment rows of one translation and an
 * IMPORT revision (by the importer, from "" to the text) for each with a translation, on the
 * caller's transaction, as multi-row INSERTs (server/bulk-insert.ts; Prisma's createMany took
 * about 1.4 s for a 2,000-paragraph article). The rows are those createMany wrote: Prisma's
 * defaults (cuid ids, creation and update times) are filled in here, the database's (version 1,
 * source revision 1) by the database. Nobody has edited yet, so no last editor. Returns the
 * segments in the order given.
 */
export async function writeImportedSegments(
  tx: Tx,
  input: { documentId: string; lang: string; authorId: string; segments: readonly ImportedSegment[] },
): Promise<{ id: string; sourceText: string; targetText: string; state: SegmentState }[]> {
  const now = timestampValue(new Date());
  const written = input.segments.map((segment) => ({ ...segment, id: newId() }));
  await insertRows(
    tx,
    "Segment",
    [
      { name: "id" },
      { name: "documentId" },
      { name: "lang" },
      { name: "paragraphId" },
      { name: "position" },
      { name: "kind", enumType: "SegmentKind" },
      { name: "sourceText" },
      { name: "targetText" },
      { name: "state", enumType: "SegmentState" },
      { name: "inlineCodes" },
      { name: "lastEditorId" },
      { name: "createdAt" },
      { name: "updatedAt" },
    ],
    written.map((s) => [s.id, input.documentId, input.lang, s.paragraphId, s.position, s.kind, s.sourceText, s.targetText, s.state, s.inlineCodes, null, now, now]),
  );
  const revisedAt = timestampValue(new Date());
  await insertRows(
    tx,
    "Revision",
    [{ name: "id" }, { name: "segmentId" }, { name: "authorId" }, { name: "before" }, { name: "after" }, { name: "reason", enumType: "RevisionReason" }, { name: "createdAt" }],
    written.filter((s) => s.targetText !== "").map((s) => [newId(), s.id, input.authorId, "", s.targetText, "IMPORT", revisedAt]),
  );
  return written.map(({ id, sourceText, targetText, state }) => ({ id, sourceText, targetText, state }));
}
