import { expect, test } from "@playwright/test";
import { DEMO_TITLE, demoUser, signIn } from "./support";

test("a translator sees no user administration and the API refuses it with 403", async ({ page }) => {
  const translator = demoUser("TRANSLATOR");
  await signIn(page, translator.email, translator.password);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.goto("/admin/users");
  await expect(page.getByTestId("forbidden")).toContainText("Access denied");
  await expect(page.getByTestId("user-row")).toHaveCount(0);

  // The page's own fetches carry the session cookie: a direct request is refused too.
  const list = await page.request.get("/api/users");
  expect(list.status()).toBe(403);
  const create = await page.request.post("/api/users", {
    data: { email: "sneaky@example.com", name: "Sneaky", role: "ADMIN", password: "a long enough secret" },
  });
  expect(create.status()).toBe(403);
  expect(await create.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
});

test("a publisher reads documents over the API but cannot create accounts", async ({ page }) => {
  const publisher = demoUser("PUBLISHER");
  await signIn(page, publisher.email, publisher.password);
  const documents = await page.request.get("/api/documents");
  expect(documents.status()).toBe(200);
  const body = (await documents.json()) as { data: { documents: { id: string; title: string }[] } };
  const demo = body.data.documents.find((document) => document.title === DEMO_TITLE);
  expect(demo).toBeDefined();
  const one = await page.request.get(`/api/documents/${demo?.id}`);
  expect(one.status()).toBe(200);
  expect(((await one.json()) as { data: { segments: unknown[] } }).data.segments).toHaveLength(42);
  expect((await page.request.get("/api/documents/no-such-document")).status()).toBe(404);
  expect((await page.request.post("/api/users", { data: {} })).status()).toBe(403);
});
