import "server-only";
import { diffWords } from "@/domain/history/word-diff";
import { toText } from "@/domain/exporters/article-formats";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { diffPublicationsInput, type PublicationDiffDto } from "./diff-publications.schema";
import { getPublicationContent } from "./publication-content";
import { db } from "../../db";
import { findTranslation } from "../translations/find-translation";

/** The word-level difference between the text of two published versions. */
export async function diffPublications({ actor, input }: { actor: Actor; input: unknown }): Promise<PublicationDiffDto> {
  assertCan(actor, "document:view");
  const { documentId, lang, from, to } = parseInput(diffPublicationsInput, input);
  const scope = await findTranslation(db, actor, documentId, lang);
  const [older, newer] = await Promise.all([getPublicationContent(scope, from), getPublicationContent(scope, to)]);
  const text = (p: Awaited<ReturnType<typeof getPublicationContent>>) =>
    toText({ documentId, content: p.content, version: p.number, isDraft: false, createdAt: p.createdAt });
  return { from, to, diff: diffWords(text(older), text(newer)) };
}
