import "server-only";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ImportSide, ProposeResult, ProposeTranslationResult } from "@/domain/import/propose-import";
import { AppError } from "../../errors";

/** The longest an import may spend reading and aligning before it is refused. */
export const IMPORT_TIME_LIMIT_MS = 30_000;
/** Imports read and aligned at once per app instance; more wait their turn (one core each). */
export const MAX_CONCURRENT_IMPORTS = 2;
/** Imports that may wait for a turn; beyond this the request is refused at once as busy. */
export const MAX_WAITING_IMPORTS = 8;

let running = 0;
const waiting: (() => void)[] = [];

async function takeTurn(): Promise<void> {
  if (running < MAX_CONCURRENT_IMPORTS) {
    running += 1;
    return;
  }
  if (waiting.length >= MAX_WAITING_IMPORTS) throw new AppError("INVALID_IMPORT", { reason: "busy", limit: MAX_CONCURRENT_IMPORTS + MAX_WAITING_IMPORTS });
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function giveTurnBack(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

export const WORKER_OPTIONS = { resourceLimits: { maxOldGenerationSizeMb: 1024 } };

/**
 * Inside the Next.js server the worker is a chunk bundled from `new Worker(new URL(...))`. Run
 * from source (tests, the command line under tsx) it is TypeScript, which the worker compiles
 * through tsx's require hook.
 */
function createWorker(input: unknown): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./propose-import.worker.ts", import.meta.url), { ...WORKER_OPTIONS, workerData: input });
  const file = fileURLToPath(new URL("./propose-import.worker.ts", import.meta.url));
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, { ...WORKER_OPTIONS, eval: true, workerData: input });
}

/**
 * Runs one job in the worker `create` starts, at most MAX_CONCURRENT_IMPORTS at once and for at
 * most IMPORT_TIME_LIMIT_MS, so other users' requests never wait behind it. Imports and source
 * updates share these turns: both read files and align paragraphs.
 */
export async function runInWorker<Result>(create: () => Worker): Promise<Result> {
  await takeTurn();
  try {
    const worker = create();
    return await new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new AppError("INVALID_IMPORT", { reason: "too-slow", limit: IMPORT_TIME_LIMIT_MS / 1000 }));
      }, IMPORT_TIME_LIMIT_MS);
      worker.once("message", (result: Result) => {
        clearTimeout(timer);
        void worker.terminate();
        resolve(result);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      // A worker that ends without answering (killed, out of memory) must not leave the request waiting.
      worker.once("exit", () => {
        clearTimeout(timer);
        reject(new Error("the import worker stopped without an answer"));
      });
    });
  } finally {
    giveTurnBack();
  }
}

/** Reads and aligns an import in a worker thread (see runInWorker). */
export async function proposeImportInWorker(input: { title?: string; targetLang?: string; source?: ImportSide; target?: ImportSide }): Promise<ProposeResult> {
  return runInWorker<ProposeResult>(() => createWorker(input));
}

/**
 * Reads a new language's file and aligns it to an article's French paragraphs in the same worker
 * and under the same turns and time limit as an import: it costs as much.
 */
export async function proposeTranslationInWorker(input: { french: readonly string[]; target?: ImportSide }): Promise<ProposeTranslationResult> {
  return runInWorker<ProposeTranslationResult>(() => createWorker({ task: "translation", ...input }));
}
