import { expect, test, type Page } from "@playwright/test";
import { createAccount, createDocumentAs, openAs } from "./support";

// Counts, numbers, key names, French punctuation and starter-glossary notes, in English and French.

const LONG_SOURCE = "Le gouvernement a présenté mardi un projet de loi sur l'énergie nucléaire civile.";
const SHORT_TARGET = "The bill.";
const SHARE = Math.round((SHORT_TARGET.length / LONG_SOURCE.length) * 100);

async function openArticle(page: Page, title: string) {
  const id = await createDocumentAs(page, title, [
    { kind: "TITLE", sourceText: "Un titre", targetText: "A title" },
    { kind: "BODY", sourceText: "Vladimir Poutine est arrivé à Delhi.", targetText: "Vladimir Poutine arrived in Delhi." },
    { kind: "BODY", sourceText: LONG_SOURCE, targetText: SHORT_TARGET },
  ]);
  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("segment-row")).toHaveCount(3);
  return id;
}

const cases = [
  {
    language: "en" as const,
    showOne: "Show 1 paragraph",
    showing: "Showing 1 of 3 paragraphs",
    percent: `${SHARE}%`,
    publishHeading: "Publish and export:",
    shortcuts: ["Ctrl + Enter", "Ctrl + Shift + Enter", "Esc", "↑ ↓ Home End"],
    kyivNote: "English-language newsrooms use the Ukrainian transliteration",
    glossaryTitle: "Glossary",
  },
  {
    language: "fr" as const,
    showOne: "Afficher 1 paragraphe",
    showing: "1 paragraphe affiché sur 3",
    percent: `${SHARE}\u00a0%`,
    publishHeading: "Publier et exporter\u00a0:",
    shortcuts: ["Ctrl + Entrée", "Ctrl + Maj + Entrée", "Échap", "↑ ↓ Début Fin"],
    kyivNote: "Les rédactions anglophones utilisent la translittération ukrainienne",
    glossaryTitle: "Glossaire",
  },
];

for (const expected of cases) {
  test(`${expected.language}: counts use plural forms, percentages and key names the interface language, French spacing`, async ({ browser }) => {
    const account = await createAccount(browser, { role: "REVIEWER", uiLanguage: expected.language, name: `Plural ${expected.language}` });
    const { page, context } = await openAs(browser, account);
    const id = await openArticle(page, `Plurals ${expected.language} ${Date.now()}`);

    // One paragraph with a check's finding: "Show 1 paragraph", not "Show the 1 paragraphs".
    await page.getByTestId("issues-tab").click();
    await page.getByTestId("issues-panel").getByRole("button", { name: expected.showOne, exact: true }).first().click();
    await expect(page.getByTestId("segment-row")).toHaveCount(1);
    await expect(page.getByText(expected.showing, { exact: true })).toBeVisible();

    // The length-ratio finding's percentage, written by Intl in the interface language. (The
    // filter chosen above is kept in the address: the article's own address shows every row.)
    await page.goto(`/documents/${id}`);
    await page.getByTestId("segment-row").nth(2).getByTestId("segment-source").click();
    const messages = await page.getByTestId("segment-panel").getByTestId("finding").allTextContents();
    expect(messages.some((message) => message.includes(expected.percent))).toBe(true);

    // Key names in the shortcuts help.
    await page.keyboard.press("Escape");
    await page.getByTestId("segment-row").first().focus();
    await page.keyboard.press("Control+/");
    const help = page.getByTestId("shortcuts-help");
    await expect(help).toBeVisible();
    const keys = await help.getByTestId("shortcut-keys").allTextContents();
    for (const label of expected.shortcuts) expect(keys).toContain(label);
    await page.keyboard.press("Escape");

    // The publish page heading: French puts a no-break space before its colon.
    await page.goto(`/documents/${id}/publish?lang=en`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(expected.publishHeading);

    // The starter glossary's note in the reader's language.
    await page.goto("/glossary");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.glossaryTitle);
    await expect(page.getByTestId("glossary-term").filter({ hasText: "Kyiv" }).getByTestId("glossary-note")).toHaveText(expected.kyivNote);
    await context.close();
  });
}

test("the compact editor table shows about twice the rows, and the choice follows the account to another browser", async ({ browser }) => {
  const account = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Dense Dana" });
  const { page, context } = await openAs(browser, account);
  await page.setViewportSize({ width: 1280, height: 800 });
  const pairs = Array.from({ length: 60 }, (_, index) => ({ kind: "BODY", sourceText: `Paragraphe numéro ${index + 1} de l'article.`, targetText: `Paragraph number ${index + 1} of the article.` }));
  const id = await createDocumentAs(page, `Density ${Date.now()}`, pairs);
  await page.goto(`/documents/${id}`);
  const rowsOnScreen = () =>
    page.getByTestId("segment-row").evaluateAll((rows) => rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }).length);
  const table = page.getByTestId("editor-table");
  await expect(table).toHaveAttribute("data-density", "comfortable");
  await page.getByTestId("segment-row").first().scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.querySelector("[data-testid=editor-table]")!.getBoundingClientRect().top + window.scrollY));
  const comfortable = await rowsOnScreen();

  await page.getByTestId("density-toggle").click();
  await expect(table).toHaveAttribute("data-density", "compact");
  await expect(page.getByTestId("density-toggle")).toHaveAttribute("aria-pressed", "true");
  await page.evaluate(() => window.scrollTo(0, document.querySelector("[data-testid=editor-table]")!.getBoundingClientRect().top + window.scrollY));
  const compact = await rowsOnScreen();
  expect(compact).toBeGreaterThanOrEqual(Math.floor(comfortable * 1.7));

  // Another browser, signed in afresh: the account remembers.
  const other = await openAs(browser, account, id);
  await expect(other.page.getByTestId("editor-table")).toHaveAttribute("data-density", "compact");
  await other.context.close();
  await context.close();
});
