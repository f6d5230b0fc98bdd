// Benchmark of the editor on generated 2,000- and 20,000-paragraph documents (prints figures; not a test):
//   - server response time, bytes per paragraph of the editor page (HTML with its inline page
//     data), against a bare HTML table of the same texts built in the same run (the least any
//     page showing them must send),
//   - time until the page is usable in Chromium (rows rendered and a paragraph opens for
//     editing), with the browser's main-thread CPU time and the server's CPU time, against the
//     same bare page loaded in the same browser,
//   - save latency p50/p99 with 20 concurrent editors over HTTP.
// Targets (issues 4 and 19): 2,000 paragraphs usable in under 0.5 s, 20,000 in under 1.5 s;
// save p99 under 50 ms on SQLite. BENCH_PARAGRAPHS=2000,20000 chooses the sizes.
//
//   npm run bench:editor            (builds first if the sources changed)
import { randomBytes, randomUUID } from "node:crypto";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { chromium } from "playwright-core";
import { percentile, ms } from "./stats";
import { signInOverHttp, type HttpSession } from "./http-session";

const root = path.resolve(import.meta.dirname, "../..");
const SIZES = (process.env.BENCH_PARAGRAPHS ?? "2000,20000").split(",").map(Number);
/** The target for time-to-usable by document size (issue 19). */
const TARGET_MS = (paragraphs: number) => (paragraphs <= 2000 ? 500 : 1500);
/** The most paragraphs the import service takes at once (MAX_IMPORT_PARAGRAPHS). */
const IMPORT_CHUNK = 5000;
const EDITORS = Number(process.env.BENCH_EDITORS ?? 20);
const SAVES_PER_EDITOR = Number(process.env.BENCH_SAVES ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const baseUrl = `http://localhost:${PORT}`;
const file = path.join(root, "tests", ".tmp", "bench-editor.db");
const PASSWORD = "benchmark-password";

function sentence(i: number, language: "fr" | "en") {
  return language === "fr"
    ? `Paragraphe ${i} : la Russie et l'Inde, partenaires depuis des décennies, discutent de ${i % 7 + 2} contrats dans l'énergie et la défense, alors que Moscou signe des accords avec New Delhi.`
    : `Paragraph ${i}: Russia and India, partners for decades, are discussing ${i % 7 + 2} contracts in energy and defence, while Moscow signs agreements with New Delhi.`;
}

async function prepareDatabase(): Promise<{ id: string; paragraphs: number }[]> {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  process.env.DATABASE_URL = `file:${file}`;
  // In a child process, like `npm run db:migrate`: the engine keeps its connection until exit.
  const migrated = spawnSync(process.execPath, ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  if (migrated.status !== 0) throw new Error(`migration failed: ${migrated.stderr}`);
  const { db } = await import("@/server/db");
  const { hashPassword } = await import("@/server/auth/password");
  const { createDocument } = await import("@/server/services/documents/create-document");
  const passwordHash = await hashPassword(PASSWORD);
  const admin = await db.user.create({ data: { email: "bench-admin@example.com", name: "Bench Admin", role: "ADMIN", passwordHash }, select: { id: true, email: true, name: true, uiLanguage: true } });
  await db.user.createMany({
    data: Array.from({ length: EDITORS }, (_, i) => ({ email: `bench-editor-${i}@example.com`, name: `Editor ${i}`, role: "TRANSLATOR" as const, passwordHash })),
  });
  const documents: { id: string; paragraphs: number }[] = [];
  for (const paragraphs of SIZES) {
    const pairs = Array.from({ length: paragraphs }, (_, i) => ({
      kind: i === 0 ? ("TITLE" as const) : ("BODY" as const),
      sourceText: sentence(i, "fr"),
      targetText: i % 3 === 0 ? "" : sentence(i, "en"),
    }));
    const started = performance.now();
    const actor = { ...admin, role: "ADMIN" as const };
    const { id } = await createDocument({ actor, input: { title: `Benchmark (${paragraphs} paragraphs)`, pairs: pairs.slice(0, IMPORT_CHUNK) } });
    if (paragraphs > IMPORT_CHUNK) await appendParagraphs(id, pairs.slice(IMPORT_CHUNK), IMPORT_CHUNK);
    console.log(`setup: created a ${paragraphs}-paragraph document in ${ms(performance.now() - started)}`);
    documents.push({ id, paragraphs });
  }
  await db.$disconnect();
  return documents;
}

/**
 * Beyond the import's limit the benchmark adds the rest of the rows itself, as a source update
 * would (the French revision's paragraphs and the rows; the database's triggers count them into
 * the progress summary).
 */
async function appendParagraphs(documentId: string, pairs: { kind: "TITLE" | "BODY"; sourceText: string; targetText: string }[], offset: number) {
  const { db } = await import("@/server/db");
  const { sourceContent } = await import("@/server/services/translations/source-content");
  await db.$transaction(async (tx) => {
    const revision = await tx.sourceRevision.findFirstOrThrow({ where: { documentId, number: 1 }, select: { id: true, content: true } });
    const french = [...(JSON.parse(revision.content) as string[]), ...pairs.map((pair) => pair.sourceText)];
    await tx.sourceRevision.update({ where: { id: revision.id }, data: sourceContent(french) });
    for (let start = 0; start < pairs.length; start += 1000) {
      await tx.segment.createMany({
        data: pairs.slice(start, start + 1000).map((pair, i) => ({
          documentId,
          lang: "en",
          paragraphId: randomUUID(),
          position: offset + start + i,
          kind: pair.kind,
          sourceText: pair.sourceText,
          targetText: pair.targetText,
          state: pair.targetText === "" ? ("UNTRANSLATED" as const) : ("TRANSLATED" as const),
        })),
      });
    }
  }, { timeout: 120_000 });
}

async function startServer(): Promise<ChildProcess> {
  const { ensureBuild } = (await import("../lib/build.js")) as { ensureBuild: (root: string, env: NodeJS.ProcessEnv) => Promise<void> };
  await ensureBuild(root, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error("the server did not start");
}

/** A process's CPU time (user + system) in ms, from /proc (Linux). */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

/** The least a page showing the same paragraphs must send: a bare table of their two texts. */
function bareTable(paragraphs: number): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const rows = Array.from({ length: paragraphs }, (_, i) => `<tr data-testid="bare-row"><td>${escape(sentence(i, "fr"))}</td><td>${escape(i % 3 === 0 ? "" : sentence(i, "en"))}</td></tr>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare ${paragraphs}</title></head><body><table><tbody>\n${rows.join("\n")}\n</tbody></table></body></html>`;
}

function startBareServer(): Promise<Server> {
  const pages = new Map(SIZES.map((paragraphs) => [paragraphs, bareTable(paragraphs)]));
  const server = createServer((request, response) => {
    const html = pages.get(Number(request.url?.slice(1)));
    response.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(html ?? "");
  });
  return new Promise((resolve) => server.listen(PORT + 1, () => resolve(server)));
}

async function measurePage(session: HttpSession, documentId: string, paragraphs: number) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 6; i += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/documents/${documentId}`, { headers: { cookie: session.cookie } });
    const html = await response.text();
    if (i > 0) times.push(performance.now() - started); // the first request warms the server up
    bytes = Buffer.byteLength(html);
  }
  const bare = Buffer.byteLength(bareTable(paragraphs));
  console.log(
    `editor page, ${paragraphs} paragraphs: server response p50 ${ms(percentile(times, 50))}, max ${ms(Math.max(...times))}; ` +
      `${(bytes / 1024).toFixed(0)} KiB = ${(bytes / paragraphs).toFixed(0)} bytes per paragraph (HTML and page data); ` +
      `reference bare table of the same texts ${(bare / paragraphs).toFixed(0)} bytes per paragraph; ratio ${(bytes / bare).toFixed(2)}`,
  );
}

type Load = { wall: number; browserCpu: number; serverCpu: number };

async function measureBrowser(documents: { id: string; paragraphs: number }[], serverPid: number | undefined) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  /** The renderer's main-thread busy time so far, in ms. */
  const browserCpu = async () => {
    const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
    return (metrics.find((metric) => metric.name === "TaskDuration")?.value ?? Number.NaN) * 1000;
  };
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill("#email", "bench-editor-0@example.com");
  await page.fill("#password", PASSWORD);
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL(/\/documents$/);

  async function timed(url: string, until: () => Promise<void>): Promise<Load> {
    // A fresh renderer's counters: navigate away first so the previous page's work is not counted.
    await page.goto("about:blank");
    const cpu0 = await browserCpu();
    const server0 = processCpuMs(serverPid);
    const started = performance.now();
    await page.goto(url, { waitUntil: "commit" });
    await until();
    const wall = performance.now() - started;
    return { wall, browserCpu: (await browserCpu()) - cpu0, serverCpu: processCpuMs(serverPid) - server0 };
  }
  const median = (values: number[]) => percentile(values, 50);
  const describe = (loads: Load[]) =>
    `${ms(median(loads.map((l) => l.wall)))} (runs ${loads.map((l) => l.wall.toFixed(0)).join(", ")} ms; browser main thread ${ms(median(loads.map((l) => l.browserCpu)))}, server CPU ${ms(median(loads.map((l) => l.serverCpu)))})`;

  for (const { id, paragraphs } of documents) {
    const editor: Load[] = [];
    const bare: Load[] = [];
    for (let run = 0; run < 4; run += 1) {
      const load = await timed(`${baseUrl}/documents/${id}`, async () => {
        // Usable = the rows are there and clicking a paragraph opens its editor (hydrated).
        await page.getByTestId("segment-row").nth(1).locator(".target-view").click();
        await page.getByTestId("segment-editor").waitFor();
      });
      if (run > 0) editor.push(load); // the first load warms the server's caches up
      await page.keyboard.press("Escape");
      const reference = await timed(`http://localhost:${PORT + 1}/${paragraphs}`, async () => {
        await page.getByTestId("bare-row").nth(paragraphs - 1).waitFor({ state: "attached" });
        await page.getByTestId("bare-row").nth(1).click();
      });
      if (run > 0) bare.push(reference);
    }
    const ratio = median(editor.map((l) => l.wall)) / median(bare.map((l) => l.wall));
    console.log(`editor page in Chromium, ${paragraphs} paragraphs: usable after ${describe(editor)}; target < ${TARGET_MS(paragraphs)} ms`);
    console.log(`  reference, bare table of the same texts in the same browser: ${describe(bare)}; ratio ${ratio.toFixed(2)}`);
  }
  await browser.close();
}

type SaveLoad = { label: string; savesPerEditor: number; pauseMs: number };

/**
 * Two loads: editors who save at a brisk human pace (a save every ~0.5-1 s each, far more
 * often than people blur a paragraph), and editors who save back to back as fast as the
 * server answers (saturation: latency there is mostly waiting in line behind the others).
 */
const LOADS: SaveLoad[] = [
  { label: "paced (a save every 0.5-1 s per editor)", savesPerEditor: Math.min(SAVES_PER_EDITOR, 30), pauseMs: 500 },
  { label: "saturation (back-to-back saves)", savesPerEditor: SAVES_PER_EDITOR, pauseMs: 0 },
];

async function measureSaves(documentId: string) {
  for (const load of LOADS) await measureSaveLoad(documentId, load);
}

async function measureSaveLoad(documentId: string, load: SaveLoad) {
  const sessions = await Promise.all(Array.from({ length: EDITORS }, (_, i) => signInOverHttp(baseUrl, `bench-editor-${i}@example.com`, PASSWORD)));
  const document = (await (await fetch(`${baseUrl}/api/documents/${documentId}`, { headers: { cookie: sessions[0].cookie } })).json()) as {
    data: { segments: { id: string; version: number }[] };
  };
  const segments = document.data.segments;
  const latencies: number[] = [];
  let conflicts = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    sessions.map(async (session, editor) => {
      // Each editor works through its own paragraphs, as on a real desk.
      const mine = segments.filter((_, index) => index % EDITORS === editor);
      for (let i = 0; i < load.savesPerEditor; i += 1) {
        if (load.pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, load.pauseMs * (1 + Math.random())));
        const segment = mine[i % mine.length];
        const t0 = performance.now();
        const response = await fetch(`${baseUrl}/api/segments/${segment.id}`, {
          method: "PUT",
          headers: { cookie: session.cookie, "content-type": "application/json" },
          body: JSON.stringify({ targetText: `Edit ${i} by editor ${editor}.`, version: segment.version }),
        });
        latencies.push(performance.now() - t0);
        if (response.status === 200) segment.version = ((await response.json()) as { data: { segment: { version: number } } }).data.segment.version;
        else if (response.status === 409) conflicts += 1;
        else failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `saves, ${load.label}: ${EDITORS} concurrent editors x ${load.savesPerEditor} saves over HTTP: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, ` +
      `${(latencies.length / seconds).toFixed(0)} saves/s, ${conflicts} conflicts, ${failures} failures (target p99 < 50 ms)`,
  );
}

async function main() {
  const documents = await prepareDatabase();
  const server = await startServer();
  const bareServer = await startBareServer();
  try {
    const session = await signInOverHttp(baseUrl, "bench-editor-0@example.com", PASSWORD);
    for (const { id, paragraphs } of documents) await measurePage(session, id, paragraphs);
    await measureBrowser(documents, server.pid);
    await measureSaves(documents[0].id);
  } finally {
    bareServer.close();
    server.kill();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
