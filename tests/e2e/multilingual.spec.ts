import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_TITLE, demoUser, signIn } from "./support";

const row = (page: Page, index: number) => page.getByTestId("segment-row").nth(index);

test("the administrator adds Spanish to the demo article, translates and approves a paragraph, and downloads the Spanish", async ({ page }) => {
  const admin = demoUser("ADMIN");
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(row(page, 0)).toBeVisible();
  const switcher = page.getByTestId("language-switcher");
  await expect(switcher.getByRole("link")).toHaveCount(1);

  // Add Spanish, starting empty.
  await page.getByTestId("add-language").click();
  const dialog = page.getByTestId("add-language-dialog");
  const tagField = dialog.getByLabel("Language (BCP 47 tag: es, pt-BR, de…)");
  // The article's own language cannot be added, in any regional form.
  await tagField.fill("fr-CA");
  await expect(dialog.getByText(/French.* is the language the article is written in\./)).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Add the language" })).toBeDisabled();
  await tagField.fill("ES");
  await expect(dialog.getByText("Spanish (es)")).toBeVisible();
  await dialog.getByRole("button", { name: "Add the language" }).click();
  await expect(page).toHaveURL(/\?lang=es$/);
  await expect(switcher.getByRole("link")).toHaveCount(2);
  await expect(switcher.locator('[aria-current="page"]')).toContainText("Spanish");
  await expect(switcher.locator('[aria-current="page"]')).toContainText("0% approved");
  await expect(page.locator("h1[lang=es]")).toBeVisible();
  await expect(row(page, 1).getByTestId("segment-state")).toHaveText("Untranslated");
  await expect(row(page, 1).getByTestId("segment-target")).toHaveAttribute("lang", "es");

  // Translate the second paragraph, then approve it.
  await row(page, 1).locator(".target-view").click();
  const editor = row(page, 1).getByTestId("segment-editor");
  await editor.fill("El presidente ruso Vladimir Putin y el primer ministro indio Narendra Modi en 2019.");
  await editor.press("Control+Enter");
  await expect(row(page, 1).getByTestId("segment-state")).toHaveText("Awaiting review");
  await page.keyboard.press("Escape");
  await row(page, 1).getByTestId("segment-source").click();
  await page.getByTestId("segment-panel").getByRole("button", { name: "Approve", exact: true }).click();
  await expect(row(page, 1).getByTestId("segment-state")).toHaveText("Approved");
  // The switcher follows the approval without a reload.
  await expect(switcher.locator('[aria-current="page"]')).toContainText(/[1-9]\d*% approved/);

  // English is untouched.
  await switcher.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(row(page, 1).getByTestId("segment-target")).not.toContainText("El presidente ruso");

  // The Spanish draft, downloaded from the publishing page, is in Spanish and says so.
  await page.goto(page.url().replace(/\?lang=en$/, "/publish?lang=es"));
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download draft: HTML" }).click();
  const download = await downloadPromise;
  const html = readFileSync((await download.path()) as string, "utf8");
  expect(html).toContain('<html lang="es">');
  expect(html).toContain("El presidente ruso Vladimir Putin y el primer ministro indio Narendra Modi en 2019.");
});
