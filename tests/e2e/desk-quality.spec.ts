import { expect, test } from "@playwright/test";
import { createAccount, createDocumentAs, openAs } from "./support";

test("a reviewer rejects with an MQM error type in French, and the publisher sees the score as a warning in the checklist", async ({ browser }) => {
  // Two accounts' walks through the editor and the checklist: about 50 s on an idle machine.
  test.slow();
  const translatorAccount = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Tess quality" });
  const reviewerAccount = await createAccount(browser, { role: "REVIEWER", uiLanguage: "fr", name: "Rémi quality" });
  const publisherAccount = await createAccount(browser, { role: "PUBLISHER", uiLanguage: "en", name: "Pia quality" });
  const translator = await openAs(browser, translatorAccount);
  // 12 French words: 3 in the title, 9 in the paragraph.
  const documentId = await createDocumentAs(translator.page, "Quality score", [
    { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
    { kind: "BODY", sourceText: "Vladimir Poutine a promis à la Chine une visite.", targetText: "Vladimir Putin promised a visit." },
  ]);
  await translator.context.close();

  const reviewer = await openAs(browser, reviewerAccount, documentId);
  const r = reviewer.page;
  await r.getByTestId("segment-row").nth(1).getByTestId("segment-source").click();
  const panel = r.getByTestId("segment-panel");
  await panel.getByRole("button", { name: "Rejeter…" }).click();
  await panel.getByLabel("Motif du rejet").fill("La Chine a disparu.");
  const errorType = panel.getByTestId("reject-error-type");
  await errorType.getByLabel("Catégorie d’erreur").selectOption({ label: "Exactitude\u00a0: omission" });
  await errorType.getByLabel("Gravité").selectOption({ label: "Majeure (5 points)" });
  await panel.getByRole("button", { name: "Rejeter avec ce motif" }).click();
  await expect(r.getByTestId("segment-row").nth(1).getByTestId("segment-state")).toHaveText("Rejeté");
  await reviewer.context.close();

  const publisher = await openAs(browser, publisherAccount);
  const p = publisher.page;
  await p.goto(`/documents/${documentId}/publish`);
  const line = p.getByTestId("check-quality");
  // 5 points over 12 words: 416.7 per 1,000 words, score 100 × (1 − 5/12).
  await expect(line).toContainText("Score 58.3: 416.7 penalty points per 1,000 words (threshold 10)");
  await expect(line).toContainText("1 error recorded over 12 French words");
  await expect(line).toContainText("a warning only");
  await expect(line).toHaveAttribute("data-status", "warning");
  await publisher.context.close();
});

test("reviewers reach the dashboard from the header and read each chart's figures as a table; translators do not", async ({ browser }) => {
  const reviewerAccount = await createAccount(browser, { role: "REVIEWER", uiLanguage: "en", name: "Dana dashboard" });
  const reviewer = await openAs(browser, reviewerAccount);
  const r = reviewer.page;
  await r.getByRole("navigation").getByRole("link", { name: "Dashboard" }).click();
  await expect(r).toHaveURL(/\/dashboard$/);
  await expect(r.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  // Drawn charts: bars for the open work of the demo article, and the publications' chart of the last 30 days.
  await expect(r.getByTestId("chart-open-work").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(r.getByTestId("chart-published").locator(".recharts-wrapper > svg")).toBeVisible();
  await expect(r.getByTestId("chart-overdue").getByRole("heading", { name: "Overdue articles" })).toBeVisible();
  await r.getByTestId("chart-open-work").getByText("Show the figures as a table").click();
  const table = r.getByTestId("table-open-work");
  await expect(table.getByRole("rowheader", { name: "English" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Awaiting review" })).toBeVisible();

  // The range is in the URL; a range over the limit is refused with a message naming it.
  await r.getByLabel("From", { exact: true }).fill("2024-01-01");
  await r.getByLabel("To", { exact: true }).fill("2026-01-01");
  await r.getByRole("button", { name: "Show" }).click();
  await expect(r).toHaveURL(/from=2024-01-01&to=2026-01-01/);
  await expect(r.getByTestId("dashboard-error")).toHaveText("The range is too long: the limit is 366 days.");
  await reviewer.context.close();

  const translatorAccount = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Theo dashboard" });
  const translator = await openAs(browser, translatorAccount);
  const t = translator.page;
  await expect(t.getByRole("navigation").getByRole("link", { name: "Glossary" })).toBeVisible();
  await expect(t.getByRole("navigation").getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  await t.goto("/dashboard");
  await expect(t.getByTestId("forbidden")).toBeVisible();
  expect((await t.request.get("/api/dashboard")).status()).toBe(403);
  await translator.context.close();
});
