// A 3,000-paragraph document in the editor (decision 025): rows are rendered as they scroll
// into view, yet the keyboard reaches every paragraph, the next one needing work, and the
// editor's search finds text in rows not rendered; each paragraph's text is sent once.
import { expect, test } from "@playwright/test";
import { createAccount, openAs } from "./support";

const PARAGRAPHS = 3000;
/** The one paragraph left untranslated: the next needing work from the top. */
const UNTRANSLATED = 2500;

const french = (i: number) => `Paragraphe ${i} : la Russie et l'Inde discutent de ${(i % 7) + 2} contrats dans l'énergie.`;
const english = (i: number) => `Paragraph ${i}: Russia and India are discussing ${(i % 7) + 2} energy contracts.`;

test("a translator works through a 3,000-paragraph document with the keyboard and the editor's search", async ({ browser }) => {
  test.setTimeout(120_000);
  const account = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Lena Long" });
  const { page, context } = await openAs(browser, account);
  const pairs = Array.from({ length: PARAGRAPHS }, (_, i) => ({
    kind: i === 0 ? "TITLE" : "BODY",
    sourceText: french(i),
    targetText: i === UNTRANSLATED ? "" : english(i),
  }));
  const word = `Longue${Date.now().toString(36)}`;
  const created = await page.request.post("/api/documents", { data: { title: `A very long article ${word}`, pairs } });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { data: { id: string } }).data;

  // The documents list finds it by a word of its title and one of its French text.
  await page.goto("/documents");
  await page.getByLabel("Search titles and French text").fill(`${word.toLowerCase()} energie`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/documents\\?q=${word.toLowerCase()}`, "i"));
  await expect(page.getByTestId("document-search-status")).toHaveText(`1 document matches “${word.toLowerCase()} energie”.`);
  await expect(page.getByRole("link", { name: `A very long article ${word}` })).toBeVisible();

  // The page's HTML carries each paragraph's text once (in the page data), not again as rows.
  const html = await (await page.request.get(`/documents/${id}`)).text();
  expect(html.split(french(1234)).length - 1).toBe(1);

  await page.goto(`/documents/${id}`);
  const rows = page.getByTestId("segment-row");
  await expect(rows.first()).toContainText(french(0));
  // Only the rows near the window are in the page.
  expect(await rows.count()).toBeLessThan(100);

  // Row keys: down one, then to the very last paragraph, which is rendered and scrolled to.
  await rows.first().getByTestId("segment-source").click();
  await page.keyboard.press("ArrowDown");
  const current = page.locator('tr[aria-current="true"]');
  await expect(current).toContainText(french(1));
  await expect(current).toBeFocused();
  await page.keyboard.press("End");
  await expect(current).toContainText(french(PARAGRAPHS - 1));
  await expect(current).toBeFocused();
  await expect(current).toBeInViewport();

  // Editing the last paragraph, then Alt+↑ saves it and edits the one before.
  await page.keyboard.press("Enter");
  const editor = page.getByTestId("segment-editor");
  await expect(editor).toBeFocused();
  await editor.fill("The last paragraph, edited at the far end of the document.");
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.locator("tr", { has: editor })).toContainText(french(PARAGRAPHS - 2));
  await page.keyboard.press("Escape");
  await expect(page.locator(`tr:has-text("${french(PARAGRAPHS - 1)}")`)).toContainText("The last paragraph, edited at the far end of the document.");

  // Back at the top, Ctrl+Enter submits and jumps to the next paragraph needing work, 2,500 rows down.
  await page.keyboard.press("Home");
  await expect(current).toContainText(french(0));
  await rows.filter({ hasText: french(1) }).locator(".target-view").click();
  await expect(editor).toBeFocused();
  await editor.fill("Paragraph 1, checked.");
  await page.keyboard.press("Control+Enter");
  await expect(page.locator("tr", { has: editor })).toContainText(french(UNTRANSLATED));
  await expect(editor).toBeFocused();
  await expect(editor).toBeInViewport();
  await editor.fill("Paragraph 2500, translated at last.");
  await page.keyboard.press("Control+Enter");

  // The editor's search finds text in rows far from the window (the browser's find cannot).
  await page.getByLabel("Search source and translation").fill("Paragraphe 2999 ");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("The last paragraph, edited at the far end of the document.");
  await page.getByLabel("Search source and translation").fill("");

  // Everything was saved: after a reload the edits are there.
  await page.reload();
  await page.getByLabel("Search source and translation").fill("translated at last");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(french(UNTRANSLATED));
  await page.getByLabel("Search source and translation").fill("far end of the document");
  await expect(rows).toHaveCount(1);
  await context.close();
});
