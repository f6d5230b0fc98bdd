import "server-only";
import { Worker } from "node:worker_threads";
import { compileFind, countMatches, replaceMatches, type FindOptions } from "@/domain/qa/find-replace";
import { AppError } from "../../errors";

/**
 * The time one find-and-replace request may spend matching, all batches together: a user's
 * regular expression may backtrack for ever ("(a+)+$").
 */
export const MATCH_TIME_LIMIT_MS = 2_000;

/** The search as a pattern; a pattern that does not compile is INVALID_INPUT naming why. */
export function compileSearch(options: FindOptions): RegExp {
  const compiled = compileFind(options);
  if (!compiled.ok) throw new AppError("INVALID_INPUT", { field: "find", reason: compiled.code });
  return compiled.pattern;
}

/** Per text: null (no match) or [count of matches, text after replacement]. */
export type TextMatch = [number, string] | null;

// The worker runs the domain's own two functions (their source, so the rule stays in one
// place); JavaScript's RegExp keeps the Unicode whole-word lookarounds a linear-time engine lacks.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const countMatches = ${countMatches.toString()};
const replaceMatches = ${replaceMatches.toString()};
const pattern = new RegExp(workerData.source, workerData.flags);
parentPort.on("message", (texts) => {
  parentPort.postMessage(texts.map((text) => countMatches(text, pattern) === 0 ? null : [countMatches(text, pattern), replaceMatches(text, pattern, workerData.replacement, workerData.isRegex)]));
});
`;

/**
 * Matches texts in a worker thread, never on the server's main thread, so a pathological
 * pattern costs at most the time limit on another thread and nobody else waits: when the
 * limit is spent the worker is terminated and the request is refused as too slow.
 */
export class TextMatcher {
  private readonly worker: Worker;
  private timeLeftMs: number;

  constructor(pattern: RegExp, replacement: string, isRegex: boolean, timeLimitMs = MATCH_TIME_LIMIT_MS) {
    this.timeLeftMs = timeLimitMs;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { source: pattern.source, flags: pattern.flags, replacement, isRegex },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
  }

  async match(texts: string[]): Promise<TextMatch[]> {
    if (this.timeLeftMs <= 0) throw new AppError("INVALID_INPUT", { field: "find", reason: "too-slow" });
    const started = performance.now();
    try {
      return await new Promise<TextMatch[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          void this.worker.terminate();
          reject(new AppError("INVALID_INPUT", { field: "find", reason: "too-slow" }));
        }, Math.ceil(this.timeLeftMs));
        const settle = () => {
          clearTimeout(timer);
          this.worker.off("message", onMessage);
          this.worker.off("error", onError);
          this.worker.off("exit", onExit);
        };
        const onMessage = (results: TextMatch[]) => {
          settle();
          resolve(results);
        };
        const onError = (error: Error) => {
          settle();
          reject(error);
        };
        // A worker that ends without answering (out of memory) must not leave the request waiting.
        const onExit = () => {
          settle();
          reject(new Error("the matching worker stopped without an answer"));
        };
        this.worker.on("message", onMessage);
        this.worker.on("error", onError);
        this.worker.on("exit", onExit);
        this.worker.postMessage(texts);
      });
    } finally {
      this.timeLeftMs -= performance.now() - started;
    }
  }

  close(): void {
    void this.worker.terminate();
  }
}

/** Runs `work` with a matcher for the search and always stops its worker afterwards. */
export async function withTextMatcher<T>(pattern: RegExp, replacement: string, isRegex: boolean, work: (matcher: TextMatcher) => Promise<T>): Promise<T> {
  const matcher = new TextMatcher(pattern, replacement, isRegex);
  try {
    return await work(matcher);
  } finally {
    matcher.close();
  }
}
