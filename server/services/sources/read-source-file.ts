import "server-only";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PreparedSourceUpdate, SourceFile } from "@/domain/source-update/prepare-source-update";
import { AppError } from "../../errors";
import { runInWorker, WORKER_OPTIONS } from "../imports/run-import-worker";
import type { ImportSideInput } from "../imports/preview-import.schema";

/** The bytes of a pasted text or an uploaded file (base64), as the import reads them. */
export function sourceFileOf(side: ImportSideInput): SourceFile {
  const bytes = side.encoding === "base64" ? new Uint8Array(Buffer.from(side.content, "base64")) : new TextEncoder().encode(side.content);
  return { name: side.name, format: side.format, bytes };
}

/** As run-import-worker.ts: a bundled chunk inside Next.js, TypeScript through tsx elsewhere. */
function createWorker(input: unknown): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./prepare-source-update.worker.ts", import.meta.url), { ...WORKER_OPTIONS, workerData: input });
  const file = fileURLToPath(new URL("./prepare-source-update.worker.ts", import.meta.url));
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, { ...WORKER_OPTIONS, eval: true, workerData: input });
}

export type PreparedUpdate = Extract<PreparedSourceUpdate, { ok: true }>;

/**
 * Reads the new French version off the main thread (sharing the imports' turns and time limit)
 * and compares it with the current French, or checks the user's corrected pairing. A file the
 * import would refuse is INVALID_IMPORT with the import's reason (side "source"); a bad pairing is
 * INVALID_INPUT on `links` with its refusal code.
 */
export async function readSourceFile(input: { oldParagraphs: readonly string[]; source: ImportSideInput; links?: unknown }): Promise<PreparedUpdate> {
  const file = sourceFileOf(input.source);
  if (file.bytes.length === 0 || (input.source.encoding === "text" && input.source.content.trim() === "")) {
    throw new AppError("INVALID_IMPORT", { reason: "empty-source", side: "source" });
  }
  const result = await runInWorker<PreparedSourceUpdate>(() => createWorker({ oldParagraphs: input.oldParagraphs, file, ...(input.links !== undefined ? { links: input.links } : {}) }));
  if (result.ok) return result;
  if (result.kind === "links") throw new AppError("INVALID_INPUT", { field: "links", reason: result.code });
  throw new AppError("INVALID_IMPORT", { reason: result.reason, side: "source", ...(result.params ?? {}) });
}
