import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createAccount, openAs, seriousAccessibilityViolations } from "./support";

test("a translator pastes the two texts, repairs a pair, confirms and lands on the new document", async ({ browser }) => {
  const account = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Ines Import" });
  const { page, context } = await openAs(browser, account);
  await page.getByTestId("import-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import an article");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await page.getByTestId("source-text").fill(
    "Vladimir Poutine en Inde\n\nVladimir Poutine était absent du G20 et de la Cop 26, mais il est à New Delhi ce lundi 6 décembre.\n\nC'est son deuxième déplacement hors de Russie depuis le début de la pandémie.\n\nPublicité",
  );
  await page.getByTestId("target-text").fill(
    "Vladimir Putin in India\n\nVladimir Putin was absent from the G20 and Cop 26, but he is in New Delhi this Monday, December 6.\n\nThis is his second trip outside Russia since the start of the pandemic.\n\nAdvertising",
  );
  await page.getByTestId("align").click();

  const rows = page.getByTestId("proposed-row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3).getByTestId("proposed-target")).toHaveText("Advertising");
  await expect(page.getByLabel("Kind of row 4")).toHaveValue("BOILERPLATE");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The desk wants the two body paragraphs as one: merge them.
  await rows.nth(1).getByRole("button", { name: "Merge with next" }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByTestId("proposed-target")).toContainText("December 6.\nThis is his second trip");

  await page.getByTestId("confirm-import").click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vladimir Putin in India");
  const segments = page.getByTestId("segment-row");
  await expect(segments).toHaveCount(3);
  await expect(segments.nth(2)).toHaveAttribute("data-state", "EXCLUDED");
  await context.close();
});

test("a translator imports a Spanish translation as a new article and lands on its Spanish", async ({ browser }) => {
  const account = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Sofia Import" });
  const { page, context } = await openAs(browser, account);
  await page.goto("/documents/import");
  await page.getByTestId("import-target-lang").fill("e s");
  await expect(page.getByText("Not a language tag")).toBeVisible();
  await expect(page.getByTestId("align")).toBeDisabled();
  await page.getByTestId("import-target-lang").fill("es");
  await expect(page.getByText("Spanish", { exact: true })).toBeVisible();
  await page.getByTestId("source-text").fill("Poutine en Inde\n\nLe président russe arrive jeudi à New Delhi pour une visite de deux jours.");
  await page.getByTestId("target-text").fill("Putin en la India\n\nEl presidente ruso llega el jueves a Nueva Delhi para una visita de dos días.");
  await page.getByTestId("align").click();
  await expect(page.getByTestId("proposed-row")).toHaveCount(2);
  await page.getByTestId("confirm-import").click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+\?lang=es$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "es");
  await expect(page.getByTestId("segment-row").nth(1)).toContainText("El presidente ruso llega el jueves");
  await context.close();
});

test("a bad file gets a clear message, and a swapped pair is offered a swap", async ({ browser }) => {
  const account = await createAccount(browser, { role: "REVIEWER", uiLanguage: "fr", name: "Basile Import" });
  const { page, context } = await openAs(browser, account);
  await page.goto("/documents/import");
  await page.locator("#source-file").setInputFiles({ name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex") });
  await page.getByTestId("target-text").fill("Vladimir Putin in India");
  await page.getByTestId("align").click();
  await expect(page.locator(".alert--error")).toContainText("n'est pas du texte");

  const root = path.resolve(import.meta.dirname, "../..");
  await page.getByRole("button", { name: "Retirer le fichier" }).click();
  await page.getByTestId("source-text").fill(readFileSync(path.join(root, "prisma/seed/article.en.txt"), "utf8"));
  await page.getByTestId("target-text").fill(readFileSync(path.join(root, "prisma/seed/article.fr.txt"), "utf8"));
  await page.getByTestId("align").click();
  await page.getByRole("button", { name: "Inverser les deux côtés" }).click();
  await expect(page.getByTestId("proposed-row").first().getByTestId("proposed-source")).toHaveText("Vladimir Poutine en Inde pour resserrer les liens et maintenir un équilibre");
  await context.close();
});
