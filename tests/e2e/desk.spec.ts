import { expect, test, type Page } from "@playwright/test";
import { createAccount, createDocumentAs, demoUser, openAs, seriousAccessibilityViolations } from "./support";

const PAIRS = [
  { kind: "TITLE", sourceText: "Le pupitre attribue", targetText: "The desk assigns" },
  { kind: "BODY", sourceText: "Premier paragraphe traduit.", targetText: "First paragraph translated." },
  { kind: "BODY", sourceText: "Ce paragraphe attend sa traduction.", targetText: "" },
];

async function assign(page: Page, documentId: string, people: { translator?: string }, priority: string, due: string) {
  await page.goto(`/documents/${documentId}`);
  await page.getByTestId("desk-change").click();
  if (people.translator) await page.getByTestId("assign-translator").selectOption({ label: people.translator });
  await page.getByTestId("assign-priority").selectOption(priority);
  await page.getByTestId("assign-due").fill(due);
  await page.getByTestId("assignment-save").click();
  await expect(page.getByTestId("desk-notice")).toBeVisible();
}

test("a reviewer assigns a translation; the translator works it from My work until nothing waits", async ({ browser }) => {
  // Several people sign in one after the other: on a loaded 2-core machine this exceeds the default minute.
  test.slow();
  const suffix = Math.random().toString(36).slice(2, 7);
  const translator = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: `Desk Translator ${suffix}` });
  const reviewer = await openAs(browser, demoUser("REVIEWER"));
  const overdueTitle = `Overdue normal ${suffix}`;
  const urgentTitle = `Urgent later ${suffix}`;
  const overdueId = await createDocumentAs(reviewer.page, overdueTitle, PAIRS);
  const urgentId = await createDocumentAs(reviewer.page, urgentTitle, PAIRS);
  await assign(reviewer.page, overdueId, { translator: translator.name }, "NORMAL", "2020-01-01T08:00");
  await expect(reviewer.page.getByTestId("desk-translator")).toContainText(translator.name);
  await expect(reviewer.page.getByTestId("desk-overdue")).toBeVisible();
  await assign(reviewer.page, urgentId, { translator: translator.name }, "URGENT", "2099-01-01T08:00");

  const { page, context } = await openAs(browser, translator);
  // Translators see the assignment but cannot change it.
  await page.goto(`/documents/${urgentId}`);
  await expect(page.getByTestId("desk-priority")).toHaveText("Urgent");
  await expect(page.getByTestId("desk-change")).toHaveCount(0);

  await page.getByRole("link", { name: "My work" }).click();
  await expect(page).toHaveURL(/\/my-work$/);
  const articles = page.getByTestId("my-work-article");
  // Urgent before normal, whatever the due times; the overdue one is marked.
  await expect(articles).toHaveCount(2);
  await expect(articles.nth(0)).toContainText(urgentTitle);
  await expect(articles.nth(1)).toContainText(overdueTitle);
  await expect(articles.nth(1).getByTestId("my-work-overdue")).toBeVisible();
  await expect(articles.nth(0).getByTestId("my-work-overdue")).toHaveCount(0);
  await expect(articles.nth(0).getByTestId("my-work-item")).toHaveText("1 paragraph to translate (English)");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // Work the first item: translate and submit the waiting paragraph.
  await articles.nth(0).getByTestId("my-work-item").getByRole("link").click();
  const row = page.getByTestId("segment-row").nth(2);
  await row.locator(".target-view").click();
  const editor = row.getByTestId("segment-editor");
  await editor.fill("This paragraph awaits its translation.");
  await editor.press("Control+Enter");
  await expect(row).toHaveAttribute("data-state", "TRANSLATED");
  await page.goto("/my-work");
  await expect(page.getByTestId("my-work-article")).toHaveCount(1);
  await expect(page.getByTestId("my-work-article")).toContainText(overdueTitle);
  await context.close();
  await reviewer.context.close();
});

test("the documents list is filtered from its address, and the filter bar keeps it", async ({ browser }) => {
  // Several people sign in one after the other: on a loaded 2-core machine this exceeds the default minute.
  test.slow();
  const suffix = Math.random().toString(36).slice(2, 7);
  const translator = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: `Filter Translator ${suffix}` });
  const reviewer = await openAs(browser, demoUser("REVIEWER"));
  const urgentId = await createDocumentAs(reviewer.page, `Filter urgent ${suffix}`, PAIRS);
  const normalId = await createDocumentAs(reviewer.page, `Filter normal ${suffix}`, PAIRS);
  await assign(reviewer.page, urgentId, { translator: translator.name }, "URGENT", "2099-01-01T08:00");
  await assign(reviewer.page, normalId, { translator: translator.name }, "NORMAL", "2099-01-01T08:00");
  await reviewer.context.close();

  const { page, context } = await openAs(browser, translator);
  await page.goto("/documents?assignee=me&priority=URGENT");
  await expect(page.getByTestId("document-row")).toHaveCount(1);
  await expect(page.getByTestId("document-row")).toContainText(`Filter urgent ${suffix}`);
  await expect(page.getByTestId("filter-priority")).toHaveValue("URGENT");
  await expect(page.getByTestId("filter-assignee")).toHaveValue("me");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  // Changing a filter in the bar gives a new address that can be saved and shared.
  await page.getByTestId("filter-priority").selectOption("");
  await page.getByTestId("filter-apply").click();
  await expect(page).toHaveURL(/assignee=me/);
  await expect(page.getByTestId("document-row")).toHaveCount(2);
  await page.getByTestId("filter-overdue").check();
  await page.getByTestId("filter-apply").click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page.getByTestId("document-row")).toHaveCount(0);
  await page.getByTestId("filter-clear").click();
  await expect(page).toHaveURL(/\/documents$/);
  await expect(page.getByTestId("filters-invalid")).toHaveCount(0);
  // A filter the address got wrong is said so, not silently ignored.
  await page.goto("/documents?state=nonsense");
  await expect(page.getByTestId("filters-invalid")).toContainText("not valid");
  await context.close();
});

test("an embargo is shown in the editor and the checklist and holds the publication back", async ({ browser }) => {
  // Several people sign in one after the other: on a loaded 2-core machine this exceeds the default minute.
  test.slow();
  const suffix = Math.random().toString(36).slice(2, 7);
  const admin = await openAs(browser, demoUser("ADMIN"));
  // An administrator's import of a complete translation: every paragraph awaits review; approve them all.
  const id = await createDocumentAs(admin.page, `Embargoed ${suffix}`, PAIRS.slice(0, 2));
  await admin.page.goto(`/documents/${id}`);
  await admin.page.getByTestId("desk-change").click();
  await admin.page.getByTestId("desk-embargo-input").fill("2099-06-01T12:00");
  await admin.page.getByTestId("article-desk-save").click();
  await expect(admin.page.getByTestId("desk-embargo")).toContainText("2099");
  const segments = ((await (await admin.page.request.get(`/api/documents/${id}`)).json()) as { data: { segments: { id: string; version: number }[] } }).data.segments;
  for (const segment of segments) {
    expect((await admin.page.request.post(`/api/segments/${segment.id}/review`, { data: { action: "approve", version: segment.version } })).status()).toBe(200);
  }
  await admin.context.close();

  const publisher = await openAs(browser, demoUser("PUBLISHER"));
  await publisher.page.goto(`/documents/${id}`);
  await expect(publisher.page.getByTestId("desk-embargo")).toContainText("Embargo: not to be published before");
  await publisher.page.getByTestId("publish-link").click();
  await expect(publisher.page.getByTestId("check-embargo")).toHaveAttribute("data-ok", "false");
  await expect(publisher.page.getByTestId("check-embargo")).toContainText("2099");
  await expect(publisher.page.getByTestId("check-unapproved")).toHaveAttribute("data-ok", "true");
  await expect(publisher.page.getByTestId("publish-button")).toBeDisabled();
  const refused = await publisher.page.request.post(`/api/documents/${id}/publications`, { data: {} });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("PUBLISH_BLOCKED");
  await publisher.context.close();
});
