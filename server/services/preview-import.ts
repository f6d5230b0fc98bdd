import "server-only";
import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/domain/import/decode-text";
import { proposeImport, type ImportProposal } from "@/domain/import/propose-import";
import { INPUT_FORMATS } from "@/domain/import/read-article";
import { AppError } from "../errors";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";
import { parseInput } from "../validation";

export type { ImportProposal };

const sideInput = z.object({
  name: z.string().max(255).optional(),
  /** Pasted text, or a file's bytes in base64. */
  content: z.string().max(Math.ceil(MAX_IMPORT_BYTES * 1.4)),
  encoding: z.enum(["text", "base64"]).default("text"),
  format: z.enum(INPUT_FORMATS).default("auto"),
});

export const previewImportInput = z.object({
  title: z.string().trim().max(300).optional(),
  source: sideInput.optional(),
  target: sideInput.optional(),
});

const toBytes = (side: z.infer<typeof sideInput> | undefined) =>
  side && side.content.trim() !== ""
    ? { name: side.name, format: side.format, bytes: side.encoding === "base64" ? new Uint8Array(Buffer.from(side.content, "base64")) : new TextEncoder().encode(side.content) }
    : undefined;

/**
 * Reads a source and a target (pasted or uploaded: text, Markdown, HTML; or one bilingual XLIFF),
 * aligns them by content and proposes rows for the user to repair. Writes nothing: the user
 * confirms the repaired rows, which `createDocument` then writes in one transaction.
 */
export async function previewImport({ actor, input }: { actor: Actor; input: unknown }): Promise<ImportProposal> {
  assertCan(actor, "document:import");
  const { title, source, target } = parseInput(previewImportInput, input);
  const result = proposeImport({ title, source: toBytes(source), target: toBytes(target) });
  if (!result.ok) throw new AppError("INVALID_IMPORT", { reason: result.reason, ...(result.side ? { side: result.side } : {}), ...(result.params ?? {}) });
  return result.proposal;
}
