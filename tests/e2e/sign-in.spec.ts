import { expect, test } from "@playwright/test";
import { createAccount, DEMO_TITLE, DEMO_USERS, signIn, signOut } from "./support";

for (const user of DEMO_USERS) {
  // Signing out ends every session of an account, so the demo accounts other tests use stay signed in here.
  test(`${user.role.toLowerCase()} signs in and reads the demo article side by side`, async ({ page }) => {
    await signIn(page, user.email, user.password);
    await expect(page.getByTestId("signed-in-as")).toContainText(user.name);

    const row = page.getByTestId("document-row").filter({ has: page.getByRole("link", { name: DEMO_TITLE, exact: true }) });
    await expect(row).toBeVisible();
    await row.getByRole("link", { name: DEMO_TITLE, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);

    const rows = page.getByTestId("segment-row");
    await expect(rows).toHaveCount(42);
    // French on the left, English on the right, paragraph by paragraph.
    const first = rows.first();
    await expect(first.getByTestId("segment-source")).toHaveText("Vladimir Poutine en Inde pour resserrer les liens et maintenir un équilibre");
    await expect(first.getByTestId("segment-target")).toContainText("Vladimir Putin in India to strengthen ties");
    const sourceBox = await first.getByTestId("segment-source").boundingBox();
    const targetBox = await first.getByTestId("segment-target").boundingBox();
    expect(sourceBox && targetBox && sourceBox.x < targetBox.x).toBe(true);

    const advertising = rows.filter({ hasText: "Publicité" });
    await expect(advertising).toHaveAttribute("data-kind", "BOILERPLATE");
    await expect(advertising).toHaveAttribute("data-state", "EXCLUDED");
    await expect(rows.last()).toHaveAttribute("data-kind", "TAG");
    await expect(rows.last().getByTestId("segment-target")).toContainText("Narendra Damodardas Modi");
  });
}

test("signing out ends the account's sessions everywhere, a copied cookie included", async ({ browser }) => {
  const account = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Sam Leaving" });
  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  await signIn(page, account.email, account.password);
  const phone = await browser.newContext({ storageState: await laptop.storageState() });
  expect((await phone.request.get("/api/documents")).status()).toBe(200);

  await signOut(page);
  await page.goto("/documents");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdocuments/);
  const afterwards = await phone.request.get("/api/documents");
  expect(afterwards.status()).toBe(401);
  expect(await afterwards.json()).toEqual({ error: { code: "UNAUTHENTICATED", params: {}, requestId: expect.any(String) } });
  await laptop.close();
  await phone.close();
});

test("a wrong password gets a clear error and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.locator("#email").fill("reviewer@example.com");
  await page.locator("#password").fill("not the password");
  await page.getByTestId("sign-in-submit").click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("The email address or password is incorrect.");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/documents");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("after signing in, the user lands on the page they first asked for", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/callbackUrl=%2Fadmin%2Fusers/);
  await page.locator("#email").fill("admin@example.com");
  await page.locator("#password").fill("demo-admin");
  await page.getByTestId("sign-in-submit").click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
});

test("the API answers 401 as JSON without a session", async ({ request }) => {
  const response = await request.get("/api/documents");
  expect(response.status()).toBe(401);
  // The error names its request, as the X-Request-Id header does, for a user to quote.
  expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", params: {}, requestId: response.headers()["x-request-id"] } });
  expect(response.headers()["x-request-id"]).toMatch(/\S{8,}/);
});
