import "server-only";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { proposeImportInWorker } from "./run-import-worker";
import { previewImportInput, type ImportProposalDto, type ImportSideInput } from "./preview-import.schema";

const toBytes = (side: ImportSideInput | undefined) =>
  side && side.content.trim() !== ""
    ? { name: side.name, format: side.format, bytes: side.encoding === "base64" ? new Uint8Array(Buffer.from(side.content, "base64")) : new TextEncoder().encode(side.content) }
    : undefined;

/**
 * Reads a source and a target (pasted or uploaded: text, Markdown, HTML; or one bilingual XLIFF),
 * aligns them by content and proposes rows for the user to repair. Writes nothing: the user
 * confirms the repaired rows, which `createDocument` then writes in one transaction.
 */
export async function previewImport({ actor, input }: { actor: Actor; input: unknown }): Promise<ImportProposalDto> {
  assertCan(actor, "document:import");
  const { title, targetLang, source, target } = parseInput(previewImportInput, input);
  const result = await proposeImportInWorker({ title, targetLang, source: toBytes(source), target: toBytes(target) });
  if (!result.ok) throw new AppError("INVALID_IMPORT", { reason: result.reason, ...(result.side ? { side: result.side } : {}), ...(result.params ?? {}) });
  return result.proposal;
}
