// The documents list of a large archive answers over HTTP and in the browser, on SQLite and
// (with TEST_DATABASE_URL) on PostgreSQL: 1,500 archived articles plus the demo article.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { prepareDatabase, startInstance, type AppInstance } from "../../scripts/lib/app-instance";
import { signInOverHttp } from "../../scripts/benchmarks/http-session";
import { ARCHIVE_SIZE, archiveDocument } from "../support/archive";
import { createScratchDatabase, POSTGRES_ADMIN_URL } from "./postgres";
import { demoUser } from "./support";
import type { DocumentPageDto as Page } from "@/server/services/documents/list-documents.schema";

const root = path.resolve(import.meta.dirname, "../..");
const TOTAL = ARCHIVE_SIZE + 1;

function seedArchive(databaseUrl: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/seed-archive.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`seeding the archive failed:\n${result.stderr}`);
}


async function checkOverHttp(instance: AppInstance) {
  const translator = demoUser("TRANSLATOR");
  const session = await signInOverHttp(instance.url, translator.email, translator.password);
  const get = (route: string) => fetch(`${instance.url}${route}`, { headers: { cookie: session.cookie } });

  const firstPage = await get("/documents");
  expect(firstPage.status).toBe(200);
  expect(await firstPage.text()).toContain(`1–50 of 1,501 documents`);
  const lastPage = await get("/documents?page=31");
  expect(lastPage.status).toBe(200);
  expect(await lastPage.text()).toContain(`1,501–1,501 of 1,501 documents`);

  const api = await get("/api/documents?page=2&pageSize=100");
  expect(api.status).toBe(200);
  const body = ((await api.json()) as { data: Page }).data;
  expect(body).toMatchObject({ page: 2, pageCount: 16, total: TOTAL });
  expect(body.documents).toHaveLength(100);
  // Page 1 holds the demo article (changed today) and archive articles 1499 to 1401.
  body.documents.forEach((document, index) => {
    const expected = archiveDocument(ARCHIVE_SIZE - 100 - index);
    expect(document.id).toBe(expected.id);
    expect(document.languages.map((language) => language.lang)).toEqual(["en"]);
    expect(document.languages[0].progress).toMatchObject(expected.expected);
  });
}

test.describe("a large archive on SQLite", () => {
  test.describe.configure({ mode: "serial" });
  let instance: AppInstance;
  let file = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    mkdirSync(path.join(root, "tests", ".tmp"), { recursive: true });
    file = path.join(root, "tests", ".tmp", `large-archive-${randomUUID()}.db`);
    prepareDatabase(`file:${file}`);
    seedArchive(`file:${file}`);
    instance = await startInstance(`file:${file}`, 3321);
  });

  test.afterAll(() => {
    instance?.stop();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  });

  test("the documents page and the API answer, page by page, with each document's progress", async () => {
    await checkOverHttp(instance);
  });

  test("a translator pages through the list in English, a reviewer in French", async ({ browser }) => {
    for (const [role, status, next] of [
      ["TRANSLATOR", /^1–50 of 1,501 documents · page 1 of 31$/, "Next page"],
      ["REVIEWER", /^1 à 50 sur 1\s501 documents · page 1 sur 31$/, "Page suivante"],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const user = demoUser(role);
      await page.goto(`${instance.url}/sign-in`);
      await page.locator("#email").fill(user.email);
      await page.locator("#password").fill(user.password);
      await page.getByTestId("sign-in-submit").click();
      await expect(page).toHaveURL(/\/documents$/);
      await expect(page.getByTestId("pager-status")).toHaveText(status);
      await expect(page.getByTestId("document-row")).toHaveCount(50);
      await page.getByRole("link", { name: next }).click();
      await expect(page).toHaveURL(/\/documents\?page=2$/);
      await expect(page.getByTestId("document-row").first()).toContainText(archiveDocument(ARCHIVE_SIZE - 50).title);
      await context.close();
    }
  });
});

test.describe("a large archive on PostgreSQL", () => {
  test.skip(!POSTGRES_ADMIN_URL, "needs PostgreSQL: set TEST_DATABASE_URL (see README)");
  test.describe.configure({ mode: "serial" });
  let instance: AppInstance;
  let dropDatabase: (() => Promise<void>) | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const database = await createScratchDatabase("vav_archive");
    dropDatabase = database.drop;
    prepareDatabase(database.url);
    seedArchive(database.url);
    instance = await startInstance(database.url, 3322);
  });

  test.afterAll(async () => {
    instance?.stop();
    await dropDatabase?.();
  });

  test("the documents page and the API answer, page by page, with each document's progress", async () => {
    await checkOverHttp(instance);
  });
});
