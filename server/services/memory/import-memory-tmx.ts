import "server-only";
import { TMX_IMPORT_BATCH } from "@/domain/memory/limits";
import { readTmx } from "@/domain/memory/tmx";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { memorySourceHash } from "./memory-units";
import { refreshWordStatistics } from "./find-memory-matches";
import { importMemoryTmxInput, type ImportMemoryTmxResult } from "./import-memory-tmx.schema";

const SOURCE_LANG = "fr";
/** A long import must not hit Prisma's 5-second default for an interactive transaction. */
const IMPORT_TRANSACTION_TIMEOUT_MS = 30 * 60_000;

/** Who may import into the memory: its units are suggested to everyone, like the glossary's terms. */
export function assertMayImportMemory(actor: Actor): void {
  assertCan(actor, "glossary:manage");
}

/** The import was cancelled: its transaction was rolled back, nothing of it was kept. */
export class ImportCancelledError extends Error {
  constructor() {
    super("import cancelled: nothing was imported");
    this.name = "ImportCancelledError";
  }
}

/**
 * Imports a TMX file's French-to-`lang` units into the memory as TMX units (ranked below
 * approved and imported ones). A unit already in the memory from a TMX file (same French, same
 * translation) is not added again, so importing a file twice adds nothing. All units and the
 * audit event are written in ONE transaction, in batches of TMX_IMPORT_BATCH with `onProgress`
 * between them; `signal` cancels it, and a cancelled (or failed) import leaves nothing behind.
 */
export async function importMemoryTmx({
  actor,
  input,
  onProgress,
  signal,
}: {
  actor: Actor;
  input: unknown;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}): Promise<ImportMemoryTmxResult> {
  assertMayImportMemory(actor);
  const { content, lang } = parseInput(importMemoryTmxInput, input);
  assertCanWorkOn(actor, lang);
  const read = readTmx(content, SOURCE_LANG, lang);
  if (!read.ok) throw new AppError("INVALID_INPUT", { field: "file", reason: `tmx-${read.code}`, ...(read.limit ? { limit: read.limit } : {}) });

  const now = new Date();
  const seen = new Set<string>();
  const fresh = read.units.flatMap((unit) => {
    const sourceHash = memorySourceHash(unit.sourceText);
    const key = `${sourceHash}\u0000${unit.targetText}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...unit, sourceHash, key }];
  });
  let duplicates = read.units.length - fresh.length;

  const result = await db.$transaction(
    async (tx) => {
      // What earlier TMX imports of this pair already hold (hash and translation only).
      const existing = new Set(
        (await tx.memoryUnit.findMany({ where: { origin: "TMX", sourceLang: SOURCE_LANG, targetLang: lang }, select: { sourceHash: true, targetText: true } })).map(
          (unit) => `${unit.sourceHash}\u0000${unit.targetText}`,
        ),
      );
      const toAdd = fresh.filter((unit) => !existing.has(unit.key));
      duplicates += fresh.length - toAdd.length;
      onProgress?.(0, toAdd.length);
      for (let start = 0; start < toAdd.length; start += TMX_IMPORT_BATCH) {
        if (signal?.aborted) throw new ImportCancelledError();
        await tx.memoryUnit.createMany({
          data: toAdd.slice(start, start + TMX_IMPORT_BATCH).map((unit) => ({
            sourceLang: SOURCE_LANG,
            targetLang: lang,
            sourceText: unit.sourceText,
            targetText: unit.targetText,
            sourceHash: unit.sourceHash,
            origin: "TMX" as const,
            authorName: unit.authorName,
            approvedAt: unit.approvedAt ? new Date(unit.approvedAt) : now,
          })),
        });
        onProgress?.(Math.min(start + TMX_IMPORT_BATCH, toAdd.length), toAdd.length);
      }
      if (signal?.aborted) throw new ImportCancelledError();
      await recordAudit(tx, {
        actorId: actor.id,
        action: "memory.imported",
        entityType: "MemoryUnit",
        entityId: `${SOURCE_LANG}-${lang}`,
        data: { lang, added: toAdd.length, duplicates, skipped: read.skipped },
      });
      return { added: toAdd.length, duplicates, skipped: read.skipped };
    },
    { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
  if (result.added > 0) await refreshWordStatistics(db);
  return result;
}
