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
