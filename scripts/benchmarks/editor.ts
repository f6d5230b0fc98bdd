// Benchmark of the editor on a generated 2,000-paragraph document (prints figures; not a test):
//   - server response time and HTML size of the editor page,
//   - time until the page is usable in Chromium (rows rendered and a paragraph opens for editing),
//   - save latency p50/p99 with 20 concurrent editors over HTTP.
// Targets (issue 4): usable in under 1.5 s; save p99 under 50 ms on SQLite.
//
//   npm run bench:editor            (builds first if the sources changed)
import { randomBytes } from "node:crypto";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { percentile, ms } from "./stats";
import { signInOverHttp, type HttpSession } from "./http-session";

const root = path.resolve(import.meta.dirname, "../..");
const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 2000);
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

async function prepareDatabase(): Promise<string> {
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
  const pairs = Array.from({ length: PARAGRAPHS }, (_, i) => ({
    kind: i === 0 ? ("TITLE" as const) : ("BODY" as const),
    sourceText: sentence(i, "fr"),
    targetText: i % 3 === 0 ? "" : sentence(i, "en"),
  }));
  const started = performance.now();
  const { id } = await createDocument({ actor: { ...admin, role: "ADMIN" }, input: { title: `Benchmark (${PARAGRAPHS} paragraphs)`, pairs } });
  console.log(`setup: created a ${PARAGRAPHS}-paragraph document in ${ms(performance.now() - started)}`);
  await db.$disconnect();
  return id;
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

async function measurePage(session: HttpSession, documentId: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 6; i += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/documents/${documentId}`, { headers: { cookie: session.cookie } });
    const html = await response.text();
    if (i > 0) times.push(performance.now() - started); // the first request warms the server up
    bytes = Buffer.byteLength(html);
  }
  console.log(`editor page: server response p50 ${ms(percentile(times, 50))}, max ${ms(Math.max(...times))}; HTML ${(bytes / 1024).toFixed(0)} KiB (${PARAGRAPHS} paragraphs)`);
}

async function measureBrowser(documentId: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill("#email", "bench-editor-0@example.com");
  await page.fill("#password", PASSWORD);
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL(/\/documents$/);
  const results: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    await page.goto(`${baseUrl}/documents/${documentId}`, { waitUntil: "commit" });
    await page.getByTestId("segment-row").nth(PARAGRAPHS - 1).waitFor({ state: "attached" });
    // Usable = hydrated: clicking a paragraph opens its editor.
    await page.getByTestId("segment-row").nth(1).locator(".target-view").click();
    await page.getByTestId("segment-editor").waitFor();
    results.push(performance.now() - started);
    await page.keyboard.press("Escape");
  }
  console.log(`editor page in Chromium: usable after ${results.map(ms).join(", ")} (target < 1500 ms)`);
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
  const documentId = await prepareDatabase();
  const server = await startServer();
  try {
    const session = await signInOverHttp(baseUrl, "bench-editor-0@example.com", PASSWORD);
    await measurePage(session, documentId);
    await measureBrowser(documentId);
    await measureSaves(documentId);
  } finally {
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
