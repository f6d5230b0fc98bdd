import { expect, test } from "@playwright/test";
import { demoUser, seriousAccessibilityViolations, signIn } from "./support";

test("the OpenAPI document is public and describes the routes, not data", async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { "x-roles": string[] }>> };
  expect(document.openapi).toBe("3.1.0");
  expect(document.paths["/api/documents"].get["x-roles"]).toEqual(["TRANSLATOR", "REVIEWER", "PUBLISHER", "ADMIN"]);
  expect(JSON.stringify(document)).not.toContain("Vladimir");
});

test("the API reference is for signed-in users", async ({ page }) => {
  await page.goto("/api-reference");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a translator reads the API reference in English, a reviewer in French", async ({ browser }) => {
  for (const [role, title, roles] of [
    ["TRANSLATOR", "API reference", "Translator, Reviewer, Publisher, Administrator"],
    ["REVIEWER", "Référence de l'API", "Traducteur·rice, Relecteur·rice, Éditeur·rice, Administrateur·rice"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const user = demoUser(role);
    await signIn(page, user.email, user.password);
    await page.getByRole("navigation").getByRole("link", { name: "API", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const listDocuments = page.locator("#listDocuments");
    await expect(listDocuments.getByRole("heading", { level: 3 })).toHaveText("GET /api/documents");
    await expect(listDocuments).toContainText(roles);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  }
});
