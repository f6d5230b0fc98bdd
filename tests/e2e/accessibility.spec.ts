import { expect, test } from "@playwright/test";
import { DEMO_TITLE, demoUser, seriousAccessibilityViolations, signIn } from "./support";

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  // A password-reset link that does not work (a working one is checked in accounts.spec.ts).
  await page.goto("/reset-password/not-a-real-token-at-all-not-one");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});

test("the document list, the side-by-side view and user administration have no serious accessibility violations", async ({ page }) => {
  // Eleven pages, each checked by axe: about 50 s on an idle machine, past the default limit when busy.
  test.slow();
  const admin = demoUser("ADMIN");
  await signIn(page, admin.email, admin.password);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole("link", { name: DEMO_TITLE, exact: true }).click();
  await expect(page.getByTestId("segment-row")).toHaveCount(42);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  // The editor with a paragraph selected and open for editing, then publishing.
  await page.getByTestId("segment-row").nth(4).getByTestId("segment-source").click();
  await page.getByTestId("segment-row").nth(4).locator(".target-view").click();
  await expect(page.getByTestId("segment-panel")).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await page.getByTestId("publish-link").click();
  await expect(page.getByTestId("checklist")).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  for (const route of ["/admin/users", "/glossary", "/memory", "/replace", "/documents/import", "/settings/account", "/dashboard", "/admin/quality"]) {
    await page.goto(route);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousAccessibilityViolations(page), route).toEqual([]);
  }
});

test("My work and the filtered documents list have no serious accessibility violations", async ({ page }) => {
  const reviewer = demoUser("REVIEWER");
  await signIn(page, reviewer.email, reviewer.password);
  for (const route of ["/my-work", "/documents?assignee=me&state=to-translate&priority=URGENT&overdue=1"]) {
    await page.goto(route);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousAccessibilityViolations(page), route).toEqual([]);
  }
});

test("the side-by-side view works from the keyboard", async ({ page }) => {
  const reviewer = demoUser("REVIEWER");
  await signIn(page, reviewer.email, reviewer.password);
  await page.getByRole("link", { name: DEMO_TITLE, exact: true }).click();
  const rows = page.getByTestId("segment-row");
  await rows.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(rows.last()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(rows.nth(40)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(rows.first()).toBeFocused();
});

for (const viewport of [
  { name: "a 1280 px laptop", width: 1280, height: 800 },
  { name: "a tablet", width: 768, height: 1024 },
]) {
  test(`the side-by-side view fits ${viewport.name} without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const publisher = demoUser("PUBLISHER");
    await signIn(page, publisher.email, publisher.password);
    await page.getByRole("link", { name: DEMO_TITLE, exact: true }).click();
    const first = page.getByTestId("segment-row").first();
    await expect(first).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const source = await first.getByTestId("segment-source").boundingBox();
    const target = await first.getByTestId("segment-target").boundingBox();
    expect(source && target && source.x < target.x && Math.abs(source.y - target.y) < 2).toBe(true);
  });
}
