import { expect as baseExpect, test, type Page } from "@playwright/test";
import { createDocumentAs, demoUser } from "./support";

// Sign-in hashes a password and each step waits on the server: give a loaded 2-core machine time.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(180_000);

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.getByTestId("sign-in-submit").click();
  await expect(page).toHaveURL(/\/documents$/);
}

const row = (page: Page, index: number) => page.getByTestId("segment-row").nth(index);

test("a paragraph approved in one article is suggested for a similar one in another, and Ctrl+1 inserts it", async ({ page }) => {
  // A name of its own, so that other runs' memory units never answer this test's searches.
  const name = `Zelinsky${Date.now().toString(36)}`;
  const french = `Le porte-parole du Kremlin, ${name}, a déclaré lundi que la rencontre aurait lieu à Moscou.`;
  const english = `Kremlin spokesman ${name} said on Monday that the meeting would take place in Moscow.`;
  const admin = demoUser("ADMIN");
  await signIn(page, admin.email, admin.password);

  // Approve the paragraph in a first article.
  const firstTitle = `Summit ${name}`;
  const first = await createDocumentAs(page, firstTitle, [{ kind: "BODY", sourceText: french, targetText: english }]);
  await page.goto(`/documents/${first}`);
  await row(page, 0).getByTestId("segment-source").click();
  await page.getByTestId("segment-panel").getByRole("button", { name: "Approve", exact: true }).click();
  await expect(row(page, 0).getByTestId("segment-state")).toHaveText("Approved");

  // A second article with a similar French paragraph, not yet translated.
  const second = await createDocumentAs(page, `Summit ${name}, day two`, [{ kind: "BODY", sourceText: french.replace("lundi", "mardi"), targetText: "" }]);
  await page.goto(`/documents/${second}`);
  await row(page, 0).locator(".target-view").click();
  const editor = row(page, 0).getByTestId("segment-editor");
  await expect(editor).toBeFocused();

  // The panel shows the match: its score, its translation, what differs in the French, where from.
  const match = page.getByTestId("memory-match").first();
  await expect(match.getByTestId("memory-score")).toHaveText(/^9\d% match$/);
  await expect(match.getByTestId("memory-target")).toHaveText(english);
  await expect(match.locator("del")).toHaveText("lundi");
  await expect(match.locator("ins")).toHaveText("mardi");
  await expect(match).toContainText(`“${firstTitle}”`);
  await expect(match).toContainText("Approved");

  // Under the French, the glossary's "Moscou" with its English, flagged while the English lacks it.
  const hint = row(page, 0).getByTestId("glossary-hint").filter({ hasText: "Moscou" });
  await expect(hint).toContainText("Moscow");
  await expect(hint).toContainText("missing from the translation");

  // Ctrl+1 in the text box inserts it, saved at once and recorded as from the memory.
  await editor.press("Control+1");
  await expect(editor).toHaveValue(english);
  await expect(hint).toContainText("✓ in the translation");
  await expect(row(page, 0).getByTestId("segment-state")).not.toHaveText("Untranslated");
  await expect(page.getByTestId("history-entry").filter({ hasText: "Inserted from the translation memory" })).toHaveCount(1);

  // Concordance: the name looked up across the memory shows the approved paragraph with its English.
  await page.getByLabel("Word or phrase").fill(name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const entry = page.getByTestId("concordance-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(english);
  await expect(entry.locator("mark").first()).toHaveText(name);

  // The same after a reload: it was saved, not just typed.
  await page.reload();
  await expect(row(page, 0).getByTestId("segment-target")).toContainText(english);
});

test("an administrator imports a TMX file into the memory with a progress bar, and downloads the memory as TMX", async ({ page }) => {
  const name = `Ostrowski${Date.now().toString(36)}`;
  const french = `Le ministre ${name} a démissionné jeudi soir.`;
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="test" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr" datatype="PlainText"/><body>
<tu><tuv xml:lang="fr"><seg>${french}</seg></tuv><tuv xml:lang="en"><seg>Minister ${name} resigned on Thursday evening.</seg></tuv></tu>
</body></tmx>`;
  const admin = demoUser("ADMIN");
  await signIn(page, admin.email, admin.password);
  await page.goto("/memory?lang=en");
  await page.getByLabel("TMX file (French to en)").setInputFiles({ name: "agency.tmx", mimeType: "application/x-tmx+xml", buffer: Buffer.from(tmx) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("memory-import-result")).toHaveText("1 unit added (0 already in the memory, 0 without both languages).");

  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("memory-export").click();
  const download = await downloadPromise;
  const { readFileSync } = await import("node:fs");
  const exported = readFileSync((await download.path()) as string, "utf8");
  expect(exported).toContain(`<seg>${french}</seg>`);
  expect(exported).toContain('<prop type="x-origin">TMX</prop>');
});

test("each sentence of a long paragraph gets its own matches, inserted into the translation sentence by sentence", async ({ page }) => {
  const name = `Kowalczyk${Date.now().toString(36)}`;
  const french = [`Le ministre ${name} est arrivé à Berlin jeudi.`, `Il doit rencontrer le chancelier ${name} vendredi.`];
  const english = [`Minister ${name} arrived in Berlin on Thursday.`, `He is due to meet Chancellor ${name} on Friday.`];
  const admin = demoUser("ADMIN");
  await signIn(page, admin.email, admin.password);

  // Approved in a first article: a paragraph of two sentences, stored with its sentence pairs.
  const first = await createDocumentAs(page, `Berlin ${name}`, [{ kind: "BODY", sourceText: french.join(" "), targetText: english.join(" ") }]);
  await page.goto(`/documents/${first}`);
  await row(page, 0).getByTestId("segment-source").click();
  await page.getByTestId("segment-panel").getByRole("button", { name: "Approve", exact: true }).click();
  await expect(row(page, 0).getByTestId("segment-state")).toHaveText("Approved");

  // A longer paragraph: the first sentence changed by a word, a new one, the second unchanged.
  const long = `Le ministre ${name} est arrivé à Berlin mardi. Il a été reçu par une fanfare ${name}. ${french[1]}`;
  const second = await createDocumentAs(page, `Berlin ${name}, again`, [{ kind: "BODY", sourceText: long, targetText: "" }]);
  await page.goto(`/documents/${second}`);
  await row(page, 0).locator(".target-view").click();
  const editor = row(page, 0).getByTestId("segment-editor");
  await expect(editor).toBeFocused();

  // The whole paragraph matches nothing; its sentences are listed, each with its own matches.
  await expect(page.getByTestId("memory-none")).toBeVisible();
  const sentences = page.getByTestId("memory-sentence");
  await expect(sentences).toHaveCount(3);
  await expect(sentences.nth(0).getByTestId("memory-sentence-source")).toHaveText(`Le ministre ${name} est arrivé à Berlin mardi.`);
  await expect(sentences.nth(0).getByTestId("memory-target")).toHaveText(english[0]);
  await expect(sentences.nth(0).getByTestId("memory-score")).toHaveText(/^\d\d% match$/);
  await expect(sentences.nth(0).locator("ins")).toHaveText("mardi");
  await expect(sentences.nth(1).getByTestId("memory-sentence-none")).toBeVisible();
  await expect(sentences.nth(2).getByTestId("memory-target")).toHaveText(english[1]);
  await expect(sentences.nth(2).getByTestId("memory-score")).toHaveText("100% match");

  // Into an empty translation, the first sentence's match becomes the text.
  await sentences.nth(0).getByTestId("memory-insert").click();
  await expect(editor).toHaveValue(english[0]);
  // With as many sentences as the French, the third sentence's match replaces the third.
  await editor.fill(`${english[0]} A brass band greeted him. He will meet him.`);
  await sentences.nth(2).getByTestId("memory-insert").click();
  await expect(editor).toHaveValue(`${english[0]} A brass band greeted him. ${english[1]}`);
  await expect(page.getByTestId("history-entry").filter({ hasText: "Inserted from the translation memory" })).toHaveCount(2);

  await page.reload();
  await expect(row(page, 0).getByTestId("segment-target")).toContainText(`${english[0]} A brass band greeted him. ${english[1]}`);
});

test("the header links to the translation memory's page", async ({ page }) => {
  const translator = demoUser("TRANSLATOR");
  await signIn(page, translator.email, translator.password);
  await page.getByRole("navigation").getByRole("link", { name: "Translation memory" }).click();
  await expect(page).toHaveURL(/\/memory$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Translation memory: TMX");
});
