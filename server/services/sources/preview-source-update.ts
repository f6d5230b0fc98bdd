import "server-only";
import { diffSourceLink } from "@/domain/source-update/diff-link";
import { SAME_ARTICLE_MIN_MATCHED_RATIO } from "@/domain/source-update/types";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { loadCurrentParagraphs } from "./current-paragraphs";
import { assertMayUpdateSource } from "./assert-may-update-source";
import { readSourceFile } from "./read-source-file";
import { previewSourceUpdateInput, type SourceUpdatePreviewDto } from "./preview-source-update.schema";

/**
 * Compares a new version of a document's French with the current article, paragraph by
 * paragraph, or describes the pairing the user corrected. Writes nothing. Who may import may
 * update the French (document:import), if they may work on every language of the article: every
 * language's rows follow the French (assertMayUpdateSource).
 */
export async function previewSourceUpdate({ actor, input }: { actor: Actor; input: unknown }): Promise<SourceUpdatePreviewDto> {
  assertCan(actor, "document:import");
  const { documentId, source, links } = parseInput(previewSourceUpdateInput, input);
  const current = await loadCurrentParagraphs(db, documentId);
  await assertMayUpdateSource(db, actor, documentId);
  const oldParagraphs = current.paragraphs.map((paragraph) => paragraph.sourceText);
  const prepared = await readSourceFile({ oldParagraphs, source, links });
  const newParagraphs = prepared.paragraphs.map((paragraph) => paragraph.text);
  const { comparison } = prepared;
  return {
    documentId,
    currentRevision: current.sourceRevision,
    oldParagraphs,
    newParagraphs,
    links: comparison.links.map((link) => ({
      ...link,
      // An unchanged or moved paragraph has nothing to show but itself.
      diff: link.type === "unchanged" || link.type === "moved" ? [{ type: "same" as const, text: newParagraphs[link.new[0]] }] : diffSourceLink(oldParagraphs, newParagraphs, link),
    })),
    counts: comparison.counts,
    matchedRatio: comparison.matchedRatio,
    isDifferentArticle: comparison.matchedRatio < SAME_ARTICLE_MIN_MATCHED_RATIO,
    looksEnglish: prepared.looksEnglish,
    isUnchanged: prepared.isUnchanged,
  };
}
