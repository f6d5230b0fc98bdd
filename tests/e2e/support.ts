import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../../prisma/seed/demo-users";

export { DEMO_USERS };

export const DEMO_TITLE = "Vladimir Putin in India to strengthen ties and maintain a balance";

export function demoUser(role: (typeof DEMO_USERS)[number]["role"]) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo user for ${role}`);
  return user;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.getByTestId("sign-in-submit").click();
  // On a loaded 2-core machine a fresh server's first sign-in (Argon2id check, 3.8 s) and first
  // page (2.9 s) took just over the default 7 s together.
  await expect(page).toHaveURL(/\/documents$/, { timeout: 15_000 });
}

export async function signOut(page: Page) {
  await page.getByTestId("signed-in-as").locator("xpath=following-sibling::button").click();
  await expect(page).toHaveURL(/\/sign-in/);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page; returns the serious and critical WCAG A/AA violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

type Browser = import("@playwright/test").Browser;

/** Signs in as the demo administrator in a private context and creates an account through the API. */
export async function createAccount(browser: Browser, account: { role: string; uiLanguage: "en" | "fr"; name: string }) {
  const admin = demoUser("ADMIN");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, admin.email, admin.password);
  const email = `${account.name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
  const password = "end-to-end-password";
  const response = await page.request.post("/api/users", { data: { ...account, email, password } });
  expect(response.status()).toBe(201);
  await context.close();
  return { email, password, name: account.name };
}

/** Creates a document of its own for a test through the JSON API, so tests never share paragraphs. */
export async function createDocumentAs(
  page: Page,
  title: string,
  pairs: { kind: string; sourceText: string; targetText: string }[],
): Promise<string> {
  const response = await page.request.post("/api/documents", { data: { title, sourceLang: "fr", targetLang: "en", pairs } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

/** Opens a browser context signed in as the given account, on the given document if one is named. */
export async function openAs(browser: Browser, account: { email: string; password: string }, documentId?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  if (documentId) {
    await page.goto(`/documents/${documentId}`);
    await expect(page.getByTestId("segment-row").first()).toBeVisible();
  }
  return { context, page };
}
