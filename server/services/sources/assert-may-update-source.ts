import "server-only";
import type { Db, Tx } from "../../db";
import { assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { assertMaySeeDocument } from "../desk/visibility";

/**
 * A new version of the French changes every translation of the article (paragraphs go
 * OUTDATED, arrive or leave in each language): only an account that may work on every one of
 * them may give it. An account limited to some languages is refused (LANGUAGE_NOT_ALLOWED).
 */
export async function assertMayUpdateSource(client: Db | Tx, actor: Actor, documentId: string): Promise<void> {
  await assertMaySeeDocument(client, actor, documentId);
  const translations = await client.translation.findMany({ where: { documentId }, select: { lang: true } });
  for (const { lang } of translations) assertCanWorkOn(actor, lang);
}
