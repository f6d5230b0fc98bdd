import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_TITLE, demoUser, openAs } from "./support";

const demoFrench = readFileSync("prisma/seed/article.fr.txt", "utf8");
const demoEnglish = readFileSync("prisma/seed/article.en.txt", "utf8");

// The new French: a figure changed in one paragraph, a sentence reworded in another, a paragraph
// added after the third body paragraph, and one removed.
const FIGURE_BEFORE = "mais il est à New Delhi ce lundi 6 décembre.";
const FIGURE_AFTER = "mais il est à New Delhi ce mardi 7 décembre.";
const REWORD_BEFORE = "Si la Russie et l'Inde sont des amies proches depuis des décennies";
const REWORD_AFTER = "Si la Russie et l'Inde sont des amies très proches depuis des décennies";
const INSERT_AFTER = "Publicité";
const INSERTED = "Les deux dirigeants doivent signer une vingtaine d'accords pendant la visite.";
const REMOVED_START = "Sur ce marché, la part de la Russie";

function updatedFrench(): string {
  const paragraphs = demoFrench.split(/\n\s*\n/);
  const removed = paragraphs.findIndex((p) => p.startsWith(REMOVED_START));
  expect(removed).toBeGreaterThan(-1);
  paragraphs.splice(removed, 1);
  const before = paragraphs.findIndex((p) => p.trim() === INSERT_AFTER);
  expect(before).toBeGreaterThan(-1);
  paragraphs.splice(before, 0, INSERTED);
  const text = paragraphs.join("\n\n").replace(FIGURE_BEFORE, FIGURE_AFTER).replace(REWORD_BEFORE, REWORD_AFTER);
  expect(text).toContain(FIGURE_AFTER);
  expect(text).toContain(REWORD_AFTER);
  return text;
}

/** A fresh account created through the API by the signed-in administrator. */
async function createAccountFrom(adminPage: Page, account: { role: string; name: string }) {
  const email = `${account.name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
  const password = "end-to-end-password";
  const response = await adminPage.request.post("/api/users", { data: { ...account, uiLanguage: "en", email, password } });
  expect(response.status()).toBe(201);
  return { email, password };
}

type Segment = { id: string; version: number; state: string; kind: string; sourceText: string; targetText: string };

async function segmentsOf(page: Page, documentId: string): Promise<Segment[]> {
  const response = await page.request.get(`/api/documents/${documentId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { segments: Segment[] } }).data.segments;
}

/**
 * A copy of the demo article, imported from the seed's own files as the import screen does,
 * approved and published once. A copy, not the seeded article itself: other specs running at the
 * same time count its paragraphs and need one of them awaiting review.
 */
async function publishedDemoCopy(page: Page, title: string): Promise<string> {
  const preview = await page.request.post("/api/imports/preview", {
    data: { source: { content: demoFrench, encoding: "text" }, target: { content: demoEnglish, encoding: "text" } },
  });
  expect(preview.status()).toBe(200);
  const { rows } = ((await preview.json()) as { data: { rows: (Segment & { state?: string; inlineCodes?: unknown })[] } }).data;
  const created = await page.request.post("/api/documents", {
    data: {
      title,
      sourceLang: "fr",
      targetLang: "en",
      pairs: rows.map((row) => ({ kind: row.kind, sourceText: row.sourceText, targetText: row.targetText, state: row.state, inlineCodes: row.inlineCodes })),
    },
  });
  expect(created.status()).toBe(201);
  const documentId = ((await created.json()) as { data: { id: string } }).data.id;

  // The demo's tag "Vladimir Poutine" was left in French: the glossary fix puts "Vladimir Putin".
  const tag = (await segmentsOf(page, documentId)).find((s) => s.kind === "TAG" && s.targetText === "Vladimir Poutine");
  if (tag) expect((await page.request.post(`/api/segments/${tag.id}/fix`, { data: { checkId: "glossary", version: tag.version } })).status()).toBe(200);
  for (const segment of await segmentsOf(page, documentId)) {
    if (segment.state === "EXCLUDED" || segment.state === "APPROVED" || segment.targetText.trim() === "") continue;
    const response = await page.request.post(`/api/segments/${segment.id}/review`, { data: { action: "approve", version: segment.version } });
    expect(response.status()).toBe(200);
  }
  const published = await page.request.post(`/api/documents/${documentId}/publications`, { data: {} });
  expect(published.status(), await published.text()).toBe(201);
  return documentId;
}

test("a new French version of the demo article: preview, confirm, the translator fixes or confirms the changed paragraphs, review, a new publication", async ({ browser }) => {
  test.setTimeout(120_000);
  // The demo administrator updates the French; the others are fresh accounts, created from its
  // session (one sign-in each: the machine running the tests may be busy).
  const admin = await openAs(browser, demoUser("ADMIN"));
  const a = admin.page;
  const translatorAccount = await createAccountFrom(a, { role: "TRANSLATOR", name: "Tom Outdated" });
  const reviewerAccount = await createAccountFrom(a, { role: "REVIEWER", name: "Rita Recheck" });
  const publisherAccount = await createAccountFrom(a, { role: "PUBLISHER", name: "Paul Again" });
  const title = `${DEMO_TITLE} (living ${Date.now()})`;
  const documentId = await publishedDemoCopy(a, title);

  // Found on the list; published and unchanged since, so no warning yet.
  await a.goto("/documents");
  const listRow = a.getByTestId("document-row").filter({ has: a.getByRole("link", { name: title, exact: true }) });
  await expect(listRow.getByTestId("source-updated-badge")).toHaveCount(0);
  await listRow.getByRole("link", { name: title, exact: true }).click();
  await expect(a.getByTestId("segment-row").first()).toBeVisible();
  await expect(a.getByTestId("source-updated-banner")).toHaveCount(0);

  // Update the French: paste the new version and look at the preview before anything is written.
  await a.getByTestId("source-update-open").click();
  const dialog = a.getByTestId("source-update-dialog");
  await dialog.getByTestId("source-update-text").fill(updatedFrench());
  await dialog.getByTestId("source-update-preview").click();
  await expect(dialog.getByTestId("source-update-summary")).toHaveText("2 paragraphs changed · 1 paragraph added · 1 paragraph removed");
  const edited = dialog.locator('[data-testid="source-link"][data-type="edited"]');
  await expect(edited).toHaveCount(2);
  // Filtered on the diff: every link's "pair with" list quotes the old paragraphs.
  const figure = edited.filter({ has: a.getByTestId("source-link-diff").filter({ hasText: "New Delhi" }) });
  await expect(figure.getByTestId("source-link-numbers")).toHaveText("¶ 5 → ¶ 5");
  await expect(figure.locator("del")).toContainText(["lundi", "6"]);
  await expect(figure.locator("ins")).toContainText(["mardi", "7"]);
  const inserted = dialog.locator('[data-testid="source-link"][data-type="inserted"]');
  await expect(inserted).toHaveCount(1);
  await expect(inserted).toContainText(INSERTED);
  await expect(inserted.getByTestId("source-link-numbers")).toHaveText("— → ¶ 8");
  const removed = dialog.locator('[data-testid="source-link"][data-type="removed"]');
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText(REMOVED_START);
  // Nothing written yet: the editor still shows the old French.
  expect((await segmentsOf(a, documentId)).some((s) => s.sourceText.includes("lundi 6 décembre"))).toBe(true);

  // A correction re-describes the pairing: the added paragraph paired with the removed one
  // becomes one edited paragraph; undone by treating it as added again.
  const removedIndex = Number(((await removed.getByTestId("source-link-numbers").textContent()) ?? "").match(/¶ (\d+)/)?.[1]) - 1;
  await inserted.locator("select").selectOption(String(removedIndex));
  await expect(dialog.getByTestId("source-update-summary")).toHaveText("3 paragraphs changed");
  await dialog.getByRole("button", { name: "Treat new ¶ 8 as added" }).click();
  await expect(dialog.getByTestId("source-update-summary")).toHaveText("2 paragraphs changed · 1 paragraph added · 1 paragraph removed");

  await dialog.getByTestId("source-update-confirm").click();
  const result = dialog.getByTestId("source-update-result");
  await expect(result).toContainText("The French is now at version 2.");
  await expect(result).toContainText("2 paragraphs to check: their French changed");
  await expect(result).toContainText("1 new paragraph to translate");
  await expect(result).toContainText("1 paragraph removed (kept in its history)");
  await dialog.getByRole("button", { name: "Close" }).click();

  // The editor reloaded: the banner, the changed paragraphs with their diff, the removed one under its filter.
  await expect(a.getByTestId("source-updated-banner")).toBeVisible();
  await expect(a.locator('[data-testid="segment-row"][data-state="OUTDATED"]')).toHaveCount(2);
  await a.getByTestId("filter-scope").selectOption("removed");
  await expect(a.getByTestId("removed-row")).toHaveCount(1);
  await expect(a.getByTestId("removed-row")).toContainText(REMOVED_START);
  await expect(a.getByTestId("removed-row").getByTestId("removed-badge")).toHaveText("Removed with French version 2");
  await a.getByTestId("removed-row").getByTestId("segment-source").click();
  await expect(a.getByTestId("segment-panel").getByTestId("history-entry").first()).toBeVisible();
  await a.goto("/documents");
  await expect(listRow.getByTestId("source-updated-badge")).toHaveText("French updated since the last publication");

  // The translator: the changed paragraphs, one fixed, one confirmed; then the new paragraph.
  const translator = await openAs(browser, translatorAccount, documentId);
  const t = translator.page;
  await expect(t.getByTestId("source-updated-banner")).toBeVisible();
  await t.getByTestId("filter-scope").selectOption("outdated");
  const outdatedRows = t.getByTestId("segment-row");
  await expect(outdatedRows).toHaveCount(2);
  const figureRow = outdatedRows.filter({ hasText: "New Delhi" });
  await expect(figureRow.getByTestId("segment-state")).toHaveText("French changed");
  await expect(figureRow.getByTestId("source-diff").locator("del")).toContainText(["lundi", "6"]);
  await expect(figureRow.getByTestId("source-diff").locator("ins")).toContainText(["mardi", "7"]);
  await figureRow.locator(".target-view").click();
  await t.getByTestId("segment-editor").fill("Vladimir Putin was absent from the G20 and Cop 26, but he is in New Delhi this Tuesday, December 7.");
  await t.getByTestId("segment-editor").press("Control+Enter");
  await expect(t.getByTestId("segment-row")).toHaveCount(1);

  const rewordRow = t.getByTestId("segment-row");
  await expect(rewordRow.getByTestId("source-diff").locator("ins")).toContainText(["très"]);
  await t.keyboard.press("Escape");
  await rewordRow.getByTestId("segment-source").click();
  await t.getByTestId("segment-panel").getByRole("button", { name: "Still right" }).click();
  await expect(t.getByTestId("segment-row")).toHaveCount(0);

  await t.getByTestId("filter-scope").selectOption("");
  await t.locator("#filter-state").selectOption("UNTRANSLATED");
  const newRow = t.getByTestId("segment-row").filter({ hasText: INSERTED });
  await newRow.locator(".target-view").click();
  await t.getByTestId("segment-editor").fill("The two leaders are due to sign some twenty agreements during the visit.");
  await t.getByTestId("segment-editor").press("Control+Enter");
  await t.locator("#filter-state").selectOption("TRANSLATED");
  await expect(t.getByTestId("segment-row")).toHaveCount(3);
  await expect(t.locator('[data-testid="segment-row"][data-state="OUTDATED"]')).toHaveCount(0);

  // The reviewer approves everything awaiting review at once.
  const reviewer = await openAs(browser, reviewerAccount, documentId);
  const r = reviewer.page;
  await r.getByRole("button", { name: "Approve all ready…" }).click();
  await expect(r.getByTestId("bulk-dialog")).toContainText("Approve 3 paragraphs awaiting review?");
  await r.getByTestId("bulk-dialog").getByRole("button", { name: "Approve", exact: true }).click();
  await expect(r.getByTestId("bulk-notice")).toContainText("Approved 3 paragraphs.");

  // The publisher: the checklist passes, the "outdated" item included; a second version.
  const publisher = await openAs(browser, publisherAccount, documentId);
  const p = publisher.page;
  await p.getByTestId("publish-link").click();
  await expect(p.getByTestId("check-outdated")).toHaveAttribute("data-ok", "true");
  await expect(p.getByTestId("check-outdated")).toContainText("No paragraph left outdated by a change of the French");
  await expect(p.getByTestId("checklist-summary")).toHaveText("Everything is ready to publish.");
  await p.getByTestId("publish-button").click();
  await expect(p.getByTestId("publish-message")).toHaveText("Version 2 published.");
  await p.goto(`/documents/${documentId}`);
  await expect(p.getByTestId("segment-row").first()).toBeVisible();
  await expect(p.getByTestId("source-updated-banner")).toHaveCount(0);

  for (const session of [admin, translator, reviewer, publisher]) await session.context.close();
});
