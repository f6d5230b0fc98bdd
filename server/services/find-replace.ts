import "server-only";
import { randomUUID } from "node:crypto";
import vm from "node:vm";
import { z } from "zod";
import { compileFind, countMatches, replaceMatches, type FindOptions } from "@/domain/qa/find-replace";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";
import { publishDocumentEvent } from "../realtime/document-events";
import { applySegmentChange } from "./segments/apply-segment-change";
import { parseInput } from "../validation";

const MAX_MATCHES = 2_000;

const searchInput = z.object({
  /** One document, or every document when omitted. */
  documentId: z.string().min(1).max(64).optional(),
  find: z.string().max(200),
  replacement: z.string().max(2_000),
  isRegex: z.boolean().default(false),
  isCaseSensitive: z.boolean().default(false),
  isWholeWord: z.boolean().default(false),
});

export type ReplaceMatchDto = { segmentId: string; documentId: string; documentTitle: string; paragraph: number; version: number; count: number; before: string; after: string };

function compile(options: FindOptions) {
  const compiled = compileFind(options);
  if (!compiled.ok) throw new AppError("INVALID_INPUT", { field: "find", reason: compiled.code });
  return compiled.pattern;
}

/** A user's regular expression may backtrack for ever ("(a+)+$"): matching stops after this. */
const MATCH_TIME_LIMIT_MS = 2_000;

/**
 * Counts and replaces the matches in many texts at once, in a V8 context with a time limit, so a
 * pathological pattern is refused instead of blocking the server. Returns, per text, null (no
 * match) or [count, text after replacement].
 */
function matchAll(texts: string[], pattern: RegExp, replacement: string, isRegex: boolean, timeLimitMs = MATCH_TIME_LIMIT_MS): ([number, string] | null)[] {
  if (timeLimitMs <= 0) throw new AppError("INVALID_INPUT", { field: "find", reason: "too-slow" });
  // The domain's own functions run inside the context: the time limit applies to whatever runs
  // synchronously while the script does, whichever realm the code comes from.
  const context = vm.createContext({ texts, pattern, replacement, isRegex, countMatches, replaceMatches });
  try {
    return vm.runInContext(
      "texts.map((text) => countMatches(text, pattern) === 0 ? null : [countMatches(text, pattern), replaceMatches(text, pattern, replacement, isRegex)])",
      context,
      { timeout: Math.ceil(timeLimitMs) },
    ) as ([number, string] | null)[];
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new AppError("INVALID_INPUT", { field: "find", reason: "too-slow" });
    throw error;
  }
}

/** Documents whose paragraphs are read at once when searching every document: memory stays bounded by this, not by the archive. */
const SEARCH_DOCUMENTS_PER_BATCH = 20;

/** The paragraphs to search, a few documents at a time, in a stable order (document, then position). */
async function* paragraphsToSearch(documentId: string | undefined) {
  const read = (documentIds: string[]) =>
    db.segment.findMany({
      where: { documentId: { in: documentIds }, NOT: { state: "EXCLUDED" } },
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
      where: after ? { id: { gt: after } } : {},
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
export async function previewReplace({ actor, input }: { actor: Actor; input: unknown }): Promise<{ matches: ReplaceMatchDto[]; isTruncated: boolean }> {
  assertCan(actor, "text:replace");
  const options = parseInput(searchInput, input);
  const pattern = compile(options);
  const matches: ReplaceMatchDto[] = [];
  let timeLeftMs = MATCH_TIME_LIMIT_MS;
  for await (const segments of paragraphsToSearch(options.documentId)) {
    const started = performance.now();
    const results = matchAll(segments.map((segment) => segment.targetText), pattern, options.replacement, options.isRegex, timeLeftMs);
    timeLeftMs -= performance.now() - started;
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
}

const applyInput = searchInput.extend({
  /** The matches the user chose, at the versions they saw; a paragraph changed since is skipped. */
  segments: z.array(z.object({ id: z.string().min(1).max(64), version: z.number().int().positive() })).min(1).max(MAX_MATCHES),
});

/**
 * Replaces in the chosen paragraphs, recomputed from their current text: one REPLACE revision
 * each, all in one transaction, under one batch id so that one undo reverts them all.
 */
export async function applyReplace({ actor, input }: { actor: Actor; input: unknown }): Promise<{ batchId: string | null; replaced: number; skipped: number }> {
  assertCan(actor, "text:replace");
  const options = parseInput(applyInput, input);
  const pattern = compile(options);
  const batchId = randomUUID();
  const touched = new Set<string>();
  const replaced = await db.$transaction(async (tx) => {
    let count = 0;
    for (const chosen of options.segments) {
      const segment = await tx.segment.findUnique({ where: { id: chosen.id }, select: { version: true, targetText: true, state: true, documentId: true } });
      if (!segment || segment.version !== chosen.version || segment.state === "EXCLUDED") continue;
      const [result] = matchAll([segment.targetText], pattern, options.replacement, options.isRegex);
      if (!result) continue;
      const after = result[1];
      await applySegmentChange(tx, {
        actor,
        segmentId: chosen.id,
        version: chosen.version,
        targetText: after,
        revisionReason: "REPLACE",
        actions: [{ type: "edit", targetText: after, isReviewer: true }],
        batchId,
        auditAction: "segment.edited",
      });
      touched.add(segment.documentId);
      count += 1;
    }
    return count;
  });
  for (const documentId of touched) await publishDocumentEvent(documentId, { type: "segments", actorId: actor.id, actorName: actor.name });
  return { batchId: replaced > 0 ? batchId : null, replaced, skipped: options.segments.length - replaced };
}
