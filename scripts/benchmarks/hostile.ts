// Load script (prints figures; not a test): does one user's editing stay fast while four other
// clients send the worst inputs the server accepts? Loopback only, bounded in time.
//   - the reference: one editor reads and saves a paragraph in a loop, alone;
//   - then the same editor, the same loop, while four clients send, each in a loop:
//     a Markdown import nested 100,000 levels deep, an import of 5,000 × 5,000 paragraphs,
//     a find-and-replace with a catastrophic regular expression, and wrong passwords (200 at most).
// Prints the editor's p50/p99 latency in both phases, their ratio, how many hostile requests were
// answered and how, and the server's CPU time (user + system) in each phase.
//
//   npm run bench:hostile     (HOSTILE_SECONDS=20 by default for each phase; port 3410)
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { prepareDatabase, startInstance } from "../lib/app-instance";
import { postCredentials, signInOverHttp, type HttpSession } from "./http-session";
import { ms, percentile } from "./stats";

const root = path.resolve(import.meta.dirname, "../..");
const SECONDS = Number(process.env.HOSTILE_SECONDS ?? 20);
const PORT = 3410;
const WRONG_PASSWORDS = 200;
/** The editor's pace: a person saving a few times a second at most. */
const EDITOR_PAUSE_MS = 100;

type Call = (route: string, init?: RequestInit) => Promise<Response>;

const caller =
  (url: string, session: HttpSession): Call =>
  (route, init = {}) =>
    fetch(`${url}${route}`, { ...init, headers: { cookie: session.cookie, "content-type": "application/json", ...(init.headers ?? {}) } });

/** The server's CPU time so far, in seconds (user + system), read from /proc. */
async function serverCpuSeconds(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1].split(" ");
  const ticksPerSecond = 100;
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

async function editorLoop(call: Call, segmentId: string, until: number): Promise<number[]> {
  const latencies: number[] = [];
  let version = ((await (await call(`/api/segments/${segmentId}`)).json()) as { data: { version: number } }).data.version;
  for (let n = 0; Date.now() < until; n += 1) {
    const started = performance.now();
    const read = await call(`/api/segments/${segmentId}`);
    await read.arrayBuffer();
    const saved = await call(`/api/segments/${segmentId}`, { method: "PUT", body: JSON.stringify({ targetText: `Edit ${n} of the editor.`, version }) });
    const body = (await saved.json()) as { data?: { segment: { version: number } } };
    latencies.push(performance.now() - started);
    if (body.data) version = body.data.segment.version;
    await new Promise((resolve) => setTimeout(resolve, EDITOR_PAUSE_MS));
  }
  return latencies;
}

async function hostileLoop(label: string, until: number, send: () => Promise<Response | null>, tally: Map<string, number>, limit = Infinity) {
  for (let n = 0; Date.now() < until && n < limit; n += 1) {
    const response = await send().catch(() => null);
    const key = `${label}: ${response ? response.status : "no answer"}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    await response?.arrayBuffer().catch(() => undefined);
  }
}

/** The demo article's paragraphs in one language, repeated (numbered) up to `count` paragraphs. */
function paragraphs(count: number, language: "fr" | "en") {
  const article = readFileSync(path.join(root, "prisma", "seed", `article.${language}.txt`), "utf8").split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return Array.from({ length: count }, (_, n) => `${article[n % article.length].trim()} (${n})`).join("\n\n");
}

async function main() {
  const folder = path.join(root, "tests", ".tmp");
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `hostile-${randomUUID()}.db`);
  const databaseUrl = `file:${file}`;
  prepareDatabase(databaseUrl);
  // The editor alone sends more than the API's default 1,200 requests a minute for its account:
  // the limit stays on but high, so what is measured is the server's own resistance.
  const instance = await startInstance(databaseUrl, PORT, { API_RATE_LIMIT_PER_MINUTE: "1000000" });
  try {
    const editor = caller(instance.url, await signInOverHttp(instance.url, "translator@example.com", "demo-translator"));
    const reviewer = caller(instance.url, await signInOverHttp(instance.url, "reviewer@example.com", "demo-reviewer"));
    const documents = (await (await editor("/api/documents")).json()) as { data: { documents: { id: string }[] } };
    const document = (await (await editor(`/api/documents/${documents.data.documents[0].id}`)).json()) as { data: { segments: { id: string; state: string }[] } };
    const segmentId = document.data.segments.find((segment) => segment.state !== "EXCLUDED")?.id;
    if (!segmentId) throw new Error("the demo article has no paragraph to edit");
    const pid = instance.pid;

    const cpuBefore = await serverCpuSeconds(pid);
    const alone = await editorLoop(editor, segmentId, Date.now() + SECONDS * 1000);
    const cpuAlone = (await serverCpuSeconds(pid)) - cpuBefore;

    const deep = { title: "Deep", source: { content: `${">".repeat(100_000)} Citation`, format: "markdown" }, target: { content: `${">".repeat(100_000)} Quote`, format: "markdown" } };
    const huge = { title: "Huge", source: { content: paragraphs(5_000, "fr"), format: "text" }, target: { content: paragraphs(5_000, "en"), format: "text" } };
    const catastrophic = { find: "(a+)+$", replacement: "", isRegex: true, isCaseSensitive: true, isWholeWord: false };
    // The catastrophic pattern needs a paragraph it backtracks on.
    await editor("/api/documents", {
      method: "POST",
      body: JSON.stringify({ title: "Backtracking", pairs: [{ kind: "BODY", sourceText: "a", targetText: `${"a".repeat(40)}!` }] }),
    });
    const tally = new Map<string, number>();
    const until = Date.now() + SECONDS * 1000;
    const cpuAttackStart = await serverCpuSeconds(pid);
    const [underAttack] = await Promise.all([
      editorLoop(editor, segmentId, until),
      hostileLoop("deep Markdown import", until, () => reviewer("/api/imports/preview", { method: "POST", body: JSON.stringify(deep) }), tally),
      hostileLoop("5,000 × 5,000 import", until, () => reviewer("/api/imports/preview", { method: "POST", body: JSON.stringify(huge) }), tally),
      hostileLoop("catastrophic expression", until, () => reviewer("/api/replace/preview", { method: "POST", body: JSON.stringify(catastrophic) }), tally),
      hostileLoop(
        "wrong password",
        until,
        // The real answer: next-auth's own for a wrong password, 429 once the account's limit is reached.
        () => postCredentials(instance.url, "publisher@example.com", "not-the-password").then(({ response }) => response),
        tally,
        WRONG_PASSWORDS,
      ),
    ]);
    const cpuAttack = (await serverCpuSeconds(pid)) - cpuAttackStart;

    const p50 = (values: number[]) => percentile(values, 50);
    const p99 = (values: number[]) => percentile(values, 99);
    console.log(`editor alone:          ${alone.length} read+save rounds, p50 ${ms(p50(alone))}, p99 ${ms(p99(alone))}, server CPU ${cpuAlone.toFixed(1)} s in ${SECONDS} s`);
    console.log(`editor under attack:   ${underAttack.length} read+save rounds, p50 ${ms(p50(underAttack))}, p99 ${ms(p99(underAttack))}, server CPU ${cpuAttack.toFixed(1)} s in ${SECONDS} s`);
    console.log(`ratio under attack / alone: p50 ×${(p50(underAttack) / p50(alone)).toFixed(2)}, p99 ×${(p99(underAttack) / p99(alone)).toFixed(2)} (target: p99 under attack < 200 ms)`);
    for (const [key, count] of [...tally].sort()) console.log(`  ${key} × ${count}`);
  } finally {
    instance.stop();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
}

await main();
process.exit(0);
