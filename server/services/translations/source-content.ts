import "server-only";
import { createHash } from "node:crypto";

/**
 * A source revision's content: its French paragraphs in order, as JSON, and the sha256 of that
 * text. scripts/lib/migrations.js hashes the revisions it made from older databases the same way.
 */
export function sourceContent(paragraphs: readonly string[]): { content: string; contentHash: string } {
  const content = JSON.stringify(paragraphs);
  return { content, contentHash: createHash("sha256").update(content).digest("hex") };
}
