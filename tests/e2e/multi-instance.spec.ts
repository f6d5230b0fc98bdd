// Two app instances on one PostgreSQL database behave as one app. Needs PostgreSQL:
// TEST_DATABASE_URL names a server where databases can be created (README, "Tests").
import { expect, test } from "@playwright/test";
import { prepareDatabase, startInstance, type AppInstance } from "../../scripts/lib/app-instance";
import { signInOverHttp, type HttpSession } from "../../scripts/benchmarks/http-session";
import { createScratchDatabase, POSTGRES_ADMIN_URL } from "./postgres";

test.skip(!POSTGRES_ADMIN_URL, "needs PostgreSQL: set TEST_DATABASE_URL (see README)");
test.describe.configure({ mode: "serial" });

let dropDatabase: (() => Promise<void>) | undefined;
let databaseUrl = "";
let a: AppInstance;
let b: AppInstance;
let documentId = "";

const json = async <T,>(response: Response) => (await response.json()) as T;
const call = (instance: AppInstance, session: HttpSession, route: string, init: RequestInit = {}) =>
  fetch(`${instance.url}${route}`, { ...init, headers: { cookie: session.cookie, "content-type": "application/json", ...(init.headers ?? {}) } });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const database = await createScratchDatabase("vav_multi");
  dropDatabase = database.drop;
  databaseUrl = database.url;
  prepareDatabase(databaseUrl);
  [a, b] = await Promise.all([startInstance(databaseUrl, 3311), startInstance(databaseUrl, 3312)]);
  const session = await signInOverHttp(a.url, "reviewer@example.com", "demo-reviewer");
  documentId = (await json<{ data: { documents: { id: string }[] } }>(await call(a, session, "/api/documents"))).data.documents[0].id;
});

test.afterAll(async () => {
  a?.stop();
  b?.stop();
  await dropDatabase?.();
});

test("a session made on one instance works on the other", async () => {
  const session = await signInOverHttp(a.url, "translator@example.com", "demo-translator");
  const response = await call(b, session, `/api/documents/${documentId}`);
  expect(response.status).toBe(200);
});

test("concurrent conflicting edits through both instances: every acknowledged edit is kept, every conflict is a 409", async () => {
  const editors = await Promise.all(
    ["translator@example.com:demo-translator", "reviewer@example.com:demo-reviewer", "admin@example.com:demo-admin"].flatMap((credentials) => {
      const [email, password] = credentials.split(":");
      return [signInOverHttp(a.url, email, password).then((session) => ({ session, instance: a })), signInOverHttp(b.url, email, password).then((session) => ({ session, instance: b }))];
    }),
  );
  const { data: document } = await json<{ data: { segments: { id: string; kind: string }[] } }>(await call(a, editors[0].session, `/api/documents/${documentId}`));
  const segmentId = document.segments.find((s) => s.kind === "BODY")?.id as string;

  const acknowledged: string[] = [];
  let conflicts = 0;
  const unexpected: number[] = [];
  await Promise.all(
    editors.map(async ({ session, instance }, editor) => {
      for (let round = 0; round < 12; round += 1) {
        const { data: segment } = await json<{ data: { version: number } }>(await call(instance, session, `/api/segments/${segmentId}`));
        const text = `Edit ${round} by editor ${editor} through ${instance.url.slice(-4)}.`;
        const response = await call(instance, session, `/api/segments/${segmentId}`, { method: "PUT", body: JSON.stringify({ targetText: text, version: segment.version }) });
        if (response.status === 200) acknowledged.push(text);
        else if (response.status === 409) conflicts += 1;
        else unexpected.push(response.status);
      }
    }),
  );
  expect(unexpected).toEqual([]);
  expect(conflicts).toBeGreaterThan(0);
  const { data: history } = await json<{ data: { type: string; after?: string }[] }>(await call(b, editors[0].session, `/api/segments/${segmentId}/history`));
  const saved = history.filter((entry) => entry.type === "revision").map((entry) => entry.after);
  for (const text of acknowledged) expect(saved).toContain(text);
  const { data: segment } = await json<{ data: { targetText: string; version: number } }>(await call(a, editors[0].session, `/api/segments/${segmentId}`));
  expect(segment.targetText).toBe(saved[0]);
});

test("a viewer connected to instance B hears about an edit made on instance A, and A sees B's viewer", async () => {
  const viewer = await signInOverHttp(b.url, "publisher@example.com", "demo-publisher");
  const writer = await signInOverHttp(a.url, "translator@example.com", "demo-translator");
  const controller = new AbortController();
  const stream = await fetch(`${b.url}/api/documents/${documentId}/events`, { headers: { cookie: viewer.cookie }, signal: controller.signal });
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let received = "";
  const waitFor = async (pattern: RegExp, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(received)) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(0, deadline - Date.now())))]);
      if (chunk === null || chunk.done) throw new Error(`no ${pattern} within ${timeoutMs} ms; got: ${received}`);
      received += decoder.decode(chunk.value, { stream: true });
    }
  };
  await waitFor(/event: hello/, 5_000);

  const { data: presence } = await json<{ data: { name: string }[] }>(await call(a, writer, `/api/documents/${documentId}/presence`));
  expect(presence.map((p) => p.name)).toContain("Paula Publisher");

  const { data: document } = await json<{ data: { segments: { id: string; kind: string; version: number }[] } }>(await call(a, writer, `/api/documents/${documentId}`));
  const target = document.segments.filter((s) => s.kind === "BODY")[3];
  const started = Date.now();
  const save = await call(a, writer, `/api/segments/${target.id}`, { method: "PUT", body: JSON.stringify({ targetText: "Edited on instance A.", version: target.version }) });
  expect(save.status).toBe(200);
  await waitFor(new RegExp(`event: segment\\ndata: \\{"type":"segment","segmentId":"${target.id}"`), 3_000);
  console.log(`instance B delivered instance A's edit after ${Date.now() - started} ms`);
  controller.abort();
});
