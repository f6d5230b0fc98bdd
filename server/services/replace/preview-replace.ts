import "server-only";
import { db } from "../../db";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { visibleDocumentsWhere } from "../desk/visibility";
import { parseInput } from "../../validation";
import { compileSearch, withTextMatcher } from "./match-texts";
import { MAX_MATCHES } from "./search-options.schema";
import { previewReplaceInput, type ReplaceMatchDto, type ReplacePreviewDto } from "./preview-replace.schema";

/** Documents whose paragraphs are read at once when searching every document: memory stays bounded by this, not by the archive. */
const SEARCH_DOCUMENTS_PER_BATCH = 20;

/** The paragraphs to search, a few documents at a time, in a stable order (document, then position). */
async function* paragraphsToSearch(actor: Actor, documentId: string | undefined, lang: string) {
  // Confidential articles the actor may not see are never searched (decision 023).
  const visible = visibleDocumentsWhere(actor);
  const read = (documentIds: string[]) =>
    db.segment.findMany({
      where: { documentId: { in: documentIds }, lang, ...(visible ? { document: visible } : {}), removedInRevision: null, NOT: { state: "EXCLUDED" } },
      orderBy: [{ documentId: "asc" }, { position: "asc" }],
      select: { id: true, documentId: true, position: true, version: true, targetText: true, document: { select: { title: true } } },
    });
  if (documentId) {
    yield await read([documentId]);
    return;
  }
  let after: string | undefined;
  for (;;) {
    const documents = await db.document.findMany({
      where: { ...(after ? { id: { gt: after } } : {}), ...(visible ?? {}) },
      orderBy: { id: "asc" },
      take: SEARCH_DOCUMENTS_PER_BATCH,
      select: { id: true },
    });
    if (documents.length === 0) return;
    yield await read(documents.map((document) => document.id));
    after = documents[documents.length - 1].id;
  }
}

/**
 * Every English paragraph the search matches, with its text before and after, for the user to
 * choose from: at most MAX_MATCHES, and the time limit counts the matching of all batches together.
 */
export async function previewReplace({ actor, input }: { actor: Actor; input: unknown }): Promise<ReplacePreviewDto> {
  assertCan(actor, "text:replace");
  const options = parseInput(previewReplaceInput, input);
  assertCanWorkOn(actor, options.lang);
  const pattern = compileSearch(options);
  return withTextMatcher(pattern, options.replacement, options.isRegex, async (matcher) => {
    const matches: ReplaceMatchDto[] = [];
    for await (const segments of paragraphsToSearch(actor, options.documentId, options.lang)) {
      const results = await matcher.match(segments.map((segment) => segment.targetText));
      for (const [index, segment] of segments.entries()) {
        const result = results[index];
        if (!result) continue;
        matches.push({
          segmentId: segment.id,
          documentId: segment.documentId,
          documentTitle: segment.document.title,
          paragraph: segment.position + 1,
          version: segment.version,
          count: result[0],
          before: segment.targetText,
          after: result[1],
        });
        if (matches.length >= MAX_MATCHES) return { matches, isTruncated: true };
      }
    }
    return { matches, isTruncated: false };
  });
}
