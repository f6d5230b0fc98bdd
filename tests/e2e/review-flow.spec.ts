import { expect, test, type Page } from "@playwright/test";
import { createAccount, createDocumentAs, openAs } from "./support";

const UI = {
  en: { kind: "Kind of this paragraph", kindChange: "Kind: Body → Caption", awaiting: "Awaiting review", rejected: "Rejected", approved: "Approved", reject: "Reject…", confirmReject: "Reject with this reason", reason: "Reason for rejecting", approve: "Approve", saved: "Saved", untranslated: "Untranslated" },
  fr: { kind: "Type de ce paragraphe", kindChange: "Type : Corps → Légende", awaiting: "À relire", rejected: "Rejeté", approved: "Approuvé", reject: "Rejeter…", confirmReject: "Rejeter avec ce motif", reason: "Motif du rejet", approve: "Approuver", saved: "Enregistré", untranslated: "Non traduit" },
} as const;

const row = (page: Page, index: number) => page.getByTestId("segment-row").nth(index);

async function typeTranslation(page: Page, index: number, text: string) {
  await row(page, index).locator(".target-view").click();
  const editor = row(page, index).getByTestId("segment-editor");
  await editor.fill(text);
  return editor;
}

for (const language of ["en", "fr"] as const) {
  test(`translator and reviewer take a paragraph from untranslated to approved, with the UI in ${language === "en" ? "English" : "French"}`, async ({ browser }) => {
    const ui = UI[language];
    const translatorAccount = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: language, name: `Theo ${language}` });
    const reviewerAccount = await createAccount(browser, { role: "REVIEWER", uiLanguage: language, name: `Rita ${language}` });

    const translator = await openAs(browser, translatorAccount);
    const documentId = await createDocumentAs(translator.page, `Review flow ${language}`, [
      { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
      { kind: "BODY", sourceText: "Vladimir Poutine a promis à la Chine une visite.", targetText: "" },
      { kind: "BODY", sourceText: "Mais il a fait le geste de se rendre d'abord en Inde.", targetText: "" },
    ]);
    const t = translator.page;
    await t.goto(`/documents/${documentId}`);
    await expect(row(t, 1).getByTestId("segment-state")).toHaveText(ui.untranslated);

    // The translator translates and sends for review with Ctrl+Enter, which moves on to the next paragraph needing work.
    const editor = await typeTranslation(t, 1, "Vladimir Poutine promised China a visit.");
    await editor.press("Control+Enter");
    await expect(row(t, 1).getByTestId("segment-state")).toHaveText(ui.awaiting);
    await expect(row(t, 1)).toContainText(ui.saved);
    await expect(row(t, 2).getByTestId("segment-editor")).toBeFocused();
    await row(t, 2).getByTestId("segment-editor").press("Escape");

    // The reviewer rejects it with a reason.
    const reviewer = await openAs(browser, reviewerAccount, documentId);
    const r = reviewer.page;
    await row(r, 1).getByTestId("segment-source").click();
    const panel = r.getByTestId("segment-panel");
    await panel.getByRole("button", { name: ui.reject }).click();
    await panel.getByLabel(ui.reason).fill("Poutine is the French spelling: use Putin.");
    await panel.getByRole("button", { name: ui.confirmReject }).click();
    await expect(row(r, 1).getByTestId("segment-state")).toHaveText(ui.rejected);
    await expect(panel.getByTestId("comment-thread")).toContainText("Poutine is the French spelling: use Putin.");
    // A rejected paragraph can still be rejected, with a further reason.
    await expect(panel.getByRole("button", { name: ui.reject })).toBeVisible();

    // The translator sees the rejection and its reason, fixes the text and sends it again.
    await t.reload();
    await expect(row(t, 1).getByTestId("segment-state")).toHaveText(ui.rejected);
    await row(t, 1).getByTestId("segment-source").click();
    await expect(t.getByTestId("segment-panel").getByTestId("comment-thread")).toContainText("use Putin");
    const fix = await typeTranslation(t, 1, "Vladimir Putin promised China a visit.");
    await fix.press("Control+Enter");
    await expect(row(t, 1).getByTestId("segment-state")).toHaveText(ui.awaiting);

    // The reviewer approves; the history shows every step with the word-level change.
    await r.reload();
    await row(r, 1).getByTestId("segment-source").click();
    await r.getByTestId("segment-panel").getByRole("button", { name: ui.approve, exact: true }).click();
    await expect(row(r, 1).getByTestId("segment-state")).toHaveText(ui.approved);
    const history = r.getByTestId("segment-panel").getByTestId("history-entry");
    await expect(history.first()).toContainText(ui.approved);
    await expect(r.getByTestId("segment-panel").locator(".diff del", { hasText: "Poutine" })).toBeVisible();
    await expect(r.getByTestId("segment-panel").locator(".diff ins", { hasText: "Putin" })).toBeVisible();

    await translator.context.close();
    await reviewer.context.close();
  });

  test(`changing an approved paragraph's kind sends it back to review and shows in the history, with the UI in ${language === "en" ? "English" : "French"}`, async ({ browser }) => {
    const ui = UI[language];
    const reviewerAccount = await createAccount(browser, { role: "REVIEWER", uiLanguage: language, name: `Kim ${language}` });
    const reviewer = await openAs(browser, reviewerAccount);
    const r = reviewer.page;
    const documentId = await createDocumentAs(r, `Kind change ${language}`, [
      { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
      { kind: "BODY", sourceText: "Le président russe à New Delhi.", targetText: "The Russian president in New Delhi." },
    ]);
    await r.goto(`/documents/${documentId}`);
    await row(r, 1).getByTestId("segment-source").click();
    const panel = r.getByTestId("segment-panel");
    await panel.getByRole("button", { name: ui.approve, exact: true }).click();
    await expect(row(r, 1).getByTestId("segment-state")).toHaveText(ui.approved);

    await panel.getByLabel(ui.kind).selectOption("CAPTION");
    await expect(row(r, 1).getByTestId("segment-state")).toHaveText(ui.awaiting);
    await expect(panel.getByTestId("history-entry").filter({ hasText: ui.kindChange })).toHaveCount(1);
    await reviewer.context.close();
  });
}

test("two translators on one paragraph: the second save gets both texts and keeps nothing from being lost", async ({ browser }) => {
  const first = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Fay First" });
  const second = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Sam Second" });
  const a = await openAs(browser, first);
  const documentId = await createDocumentAs(a.page, "Conflict", [
    { kind: "TITLE", sourceText: "Titre", targetText: "Title" },
    { kind: "BODY", sourceText: "Un déplacement rare.", targetText: "A rare trip." },
  ]);
  await a.page.goto(`/documents/${documentId}`);
  const b = await openAs(browser, second, documentId);

  // Both start from the same version.
  await typeTranslation(a.page, 1, "An unusual trip.");
  await typeTranslation(b.page, 1, "A rare journey.");
  await row(a.page, 1).getByTestId("segment-source").click();
  await expect(row(a.page, 1)).toContainText("Saved");
  await row(b.page, 1).getByTestId("segment-source").click();

  const conflict = row(b.page, 1).getByTestId("conflict");
  await expect(conflict).toContainText("Fay First changed this paragraph");
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText("An unusual trip.");
  await expect(conflict.getByTestId("conflict-mine")).toHaveText("A rare journey.");
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(row(b.page, 1)).toContainText("Saved");

  await a.page.reload();
  await expect(row(a.page, 1).getByTestId("segment-target")).toContainText("A rare journey.");
  await row(a.page, 1).getByTestId("segment-source").click();
  // Both edits are in the history, by their authors.
  const entries = a.page.getByTestId("segment-panel").getByTestId("history-entry");
  await expect(entries.filter({ hasText: "Edited · Sam Second" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Edited · Fay First" })).toHaveCount(1);
  await a.context.close();
  await b.context.close();
});

test("what each role must not do: a publisher cannot edit, a translator cannot approve, not even by a direct request", async ({ browser }) => {
  const translatorAccount = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Tom Limits" });
  const publisherAccount = await createAccount(browser, { role: "PUBLISHER", uiLanguage: "en", name: "Pam Limits" });
  const translator = await openAs(browser, translatorAccount);
  const documentId = await createDocumentAs(translator.page, "Limits", [
    { kind: "TITLE", sourceText: "Titre", targetText: "Title" },
    { kind: "BODY", sourceText: "Texte.", targetText: "Text." },
  ]);
  await translator.page.goto(`/documents/${documentId}`);
  await row(translator.page, 1).getByTestId("segment-source").click();
  const panel = translator.page.getByTestId("segment-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Reject…" })).toHaveCount(0);
  const documentJson = (await (await translator.page.request.get(`/api/documents/${documentId}`)).json()) as { data: { segments: { id: string; version: number }[] } };
  const target = documentJson.data.segments[1];
  const approve = await translator.page.request.post(`/api/segments/${target.id}/review`, { data: { action: "approve", version: target.version } });
  expect(approve.status()).toBe(403);
  await translator.page.reload();
  await expect(row(translator.page, 1).getByTestId("segment-state")).toHaveText("Awaiting review");

  const publisher = await openAs(browser, publisherAccount, documentId);
  await row(publisher.page, 1).locator(".target-view").click();
  await expect(publisher.page.getByTestId("segment-editor")).toHaveCount(0);
  await expect(publisher.page.getByTestId("segment-panel")).toContainText("Your role can read this paragraph but not change it.");
  const save = await publisher.page.request.put(`/api/segments/${target.id}`, { data: { targetText: "Hacked.", version: target.version } });
  expect(save.status()).toBe(403);
  await translator.context.close();
  await publisher.context.close();
});

test("a reviewer approves every ready paragraph after confirming the count, then undoes it in one step", async ({ browser }) => {
  const reviewerAccount = await createAccount(browser, { role: "REVIEWER", uiLanguage: "en", name: "Bea Bulk" });
  const reviewer = await openAs(browser, reviewerAccount);
  const documentId = await createDocumentAs(reviewer.page, "Bulk", [
    { kind: "TITLE", sourceText: "Titre", targetText: "Title" },
    { kind: "BODY", sourceText: "Un.", targetText: "One." },
    { kind: "BODY", sourceText: "Deux.", targetText: "Two." },
    { kind: "BODY", sourceText: "Trois.", targetText: "" },
    { kind: "BOILERPLATE", sourceText: "Publicité", targetText: "Advertising" },
  ]);
  const page = reviewer.page;
  await page.goto(`/documents/${documentId}`);
  await page.getByRole("button", { name: "Approve all ready…" }).click();
  const dialog = page.getByTestId("bulk-dialog");
  await expect(dialog).toContainText("Approve 3 paragraphs awaiting review?");
  await dialog.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByTestId("bulk-notice")).toContainText("Approved 3 paragraphs.");
  const states = page.getByTestId("segment-state");
  await expect(states).toHaveText(["Approved", "Approved", "Approved", "Untranslated", "Excluded"]);
  await page.getByTestId("bulk-notice").getByRole("button", { name: "Undo approval" }).click();
  await expect(page.getByTestId("bulk-notice")).toContainText("Undone: 3 paragraphs are back in review.");
  await expect(states).toHaveText(["Awaiting review", "Awaiting review", "Awaiting review", "Untranslated", "Excluded"]);
  await reviewer.context.close();
});

test("CAT keyboard shortcuts: move, copy the source, cancel, help; leaving with unsaved text warns", async ({ browser }) => {
  const account = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Kim Keys" });
  const session = await openAs(browser, account);
  const documentId = await createDocumentAs(session.page, "Keys", [
    { kind: "TITLE", sourceText: "Titre", targetText: "Title" },
    { kind: "BODY", sourceText: "Moscou et New Delhi.", targetText: "" },
    { kind: "BODY", sourceText: "Nul doute.", targetText: "No doubt." },
  ]);
  const page = session.page;
  await page.goto(`/documents/${documentId}`);
  await row(page, 0).focus();
  await page.keyboard.press("ArrowDown");
  await expect(row(page, 1)).toBeFocused();
  await page.keyboard.press("Enter");
  const editor = row(page, 1).getByTestId("segment-editor");
  await expect(editor).toBeFocused();
  await page.keyboard.press("Control+Shift+S");
  await expect(editor).toHaveValue("Moscou et New Delhi.");
  await page.keyboard.press("Escape");
  await expect(row(page, 1).getByTestId("segment-target")).toContainText("Not translated yet");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Moscow and New Delhi.");
  await page.keyboard.press("Alt+ArrowDown");
  await expect(row(page, 2).getByTestId("segment-editor")).toBeFocused();
  await expect(row(page, 1)).toContainText("Saved");
  await expect(row(page, 1).getByTestId("segment-state")).toHaveText("Draft");
  await page.keyboard.press("Control+/");
  await expect(page.getByTestId("shortcuts-help")).toBeVisible();
  await page.getByTestId("shortcuts-help").getByRole("button", { name: "Close" }).click();

  await row(page, 2).locator(".target-view").click();
  await page.keyboard.type(" Unsaved.");
  const dialogSeen = new Promise<string>((resolve) => page.once("dialog", (d) => { resolve(d.type()); void d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  expect(await dialogSeen).toBe("beforeunload");
  await session.context.close();
});
