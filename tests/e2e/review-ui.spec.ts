import { expect, test, type Page } from "@playwright/test";
import { createAccount, createDocumentAs, openAs, seriousAccessibilityViolations } from "./support";

// A reviewer's day (issue #17 part A): findings under each row, filter chips, the actionable
// publish checklist, readable diffs, bulk approval with its warnings and one Activity entry.

const UI = {
  en: {
    glossary: "Glossary",
    fix: /^Fix: Vladimir Putin arrives/,
    dismiss: "Dismiss…",
    reason: "Why is this not a problem?",
    dismissConfirm: "Dismiss",
    issuesTab: "Issues",
    selected3: "Findings in paragraph 3",
    selected1: "Findings in paragraph 1",
    noFindings: "No open findings.",
    doubleSpace: "Double space",
    hint: "in the translation",
    chipCheck: "Check: Glossary",
    removeChip: "Remove the filter Check: Glossary",
    deleted: "deleted:",
    inserted: "inserted:",
    changedSince: "Changed since the last approval",
    bulkOpen: "Approve all ready…",
    warningItem: "¶ 3: Double space",
    confirm2: "Approve 2 paragraphs awaiting review?",
    approve: "Approve",
    done2: "Approved 2 paragraphs.",
    undoApproval: "Undo approval",
    dialogCancel: "Cancel",
    activityTab: "Activity",
    bulkEntry: "approved 2 paragraphs",
    list: "Show the 2 paragraphs",
    approved: "Approved",
    awaiting: "Awaiting review",
  },
  fr: {
    glossary: "Glossaire",
    fix: /^Corriger\s:\sVladimir Putin arrives/,
    dismiss: "Ignorer…",
    reason: "Pourquoi n'est-ce pas un problème ?",
    dismissConfirm: "Ignorer",
    issuesTab: "Alertes",
    selected3: "Alertes du paragraphe 3",
    selected1: "Alertes du paragraphe 1",
    noFindings: "Aucune alerte ouverte.",
    doubleSpace: "Double espace",
    hint: "dans la traduction",
    chipCheck: "Contrôle\u00a0: Glossaire",
    removeChip: "Retirer le filtre Contrôle\u00a0: Glossaire",
    deleted: "supprimé\u00a0:",
    inserted: "inséré\u00a0:",
    changedSince: "Modifié depuis la dernière approbation",
    bulkOpen: "Tout approuver…",
    warningItem: "¶ 3\u00a0: Double espace",
    confirm2: "Approuver 2 paragraphes en attente de relecture\u00a0?",
    approve: "Approuver",
    done2: "2 paragraphes approuvés.",
    undoApproval: "Annuler l'approbation",
    dialogCancel: "Annuler",
    activityTab: "Activité",
    bulkEntry: "a approuvé 2 paragraphes",
    list: "Voir les 2 paragraphes",
    approved: "Approuvé",
    awaiting: "À relire",
  },
} as const;

const row = (page: Page, index: number) => page.getByTestId("segment-row").nth(index);

/** Title with the glossary term right, a paragraph with it wrong (a certain fix), one with a double space (a warning), a clean one. */
const PAIRS = [
  { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
  { kind: "BODY", sourceText: "Vladimir Poutine arrive lundi.", targetText: "Vladimir Poutine arrives on Monday." },
  { kind: "BODY", sourceText: "Il est arrivé lundi.", targetText: "He arrived  on Monday." },
  { kind: "BODY", sourceText: "Un voyage rare.", targetText: "A rare trip." },
];

for (const language of ["en", "fr"] as const) {
  const ui = UI[language];

  test(`findings sit under their paragraph with their fix and dismissal, and the Issues tab follows the selection (${language})`, async ({ browser }) => {
    const account = await createAccount(browser, { role: "REVIEWER", uiLanguage: language, name: `Rowan Rows ${language}` });
    const { page, context } = await openAs(browser, account);
    const documentId = await createDocumentAs(page, `Findings under rows ${language}`, PAIRS);
    await page.goto(`/documents/${documentId}`);

    // With the Issues tab open, selecting a row shows that row's findings and glossary hints.
    await page.getByTestId("issues-tab").click();
    await expect(page.getByTestId("selected-issues")).toHaveCount(0);
    await row(page, 2).getByTestId("segment-source").click();
    const selected = page.getByTestId("selected-issues");
    await expect(selected.getByRole("heading")).toHaveText(ui.selected3);
    await expect(selected.getByTestId("finding")).toContainText(ui.doubleSpace);
    await row(page, 0).getByTestId("segment-source").click();
    await expect(selected.getByRole("heading")).toHaveText(ui.selected1);
    await expect(selected).toContainText(ui.noFindings);
    await expect(selected.getByTestId("glossary-hint").filter({ hasText: "Poutine → Putin" })).toContainText(ui.hint);
    await expect(page.getByTestId("issues-panel")).toBeVisible();

    // Collapsed to one line under the text; opening it shows the finding and its one-click fix.
    const glossaryRow = row(page, 1).getByTestId("row-findings");
    await expect(glossaryRow.locator("summary")).toContainText(ui.glossary);
    await expect(glossaryRow.getByTestId("finding")).toBeHidden();
    await glossaryRow.locator("summary").click();
    await expect(glossaryRow.getByTestId("finding")).toBeVisible();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await glossaryRow.getByRole("button", { name: ui.fix }).click();
    await expect(row(page, 1).getByTestId("segment-target")).toContainText("Vladimir Putin arrives on Monday.");
    await expect(row(page, 1).getByTestId("row-findings")).toHaveCount(0);

    // Dismissed from under the row, with a reason.
    const spaceRow = row(page, 2).getByTestId("row-findings");
    await spaceRow.locator("summary").click();
    await spaceRow.getByRole("button", { name: ui.dismiss }).click();
    await spaceRow.getByLabel(ui.reason).fill("House style keeps it.");
    await spaceRow.getByRole("button", { name: ui.dismissConfirm, exact: true }).click();
    await expect(row(page, 2).getByTestId("row-findings")).toHaveCount(0);
    await context.close();
  });

  test(`a filter set from the Issues tab shows as a chip, and clearing the chip brings the rows back (${language})`, async ({ browser }) => {
    const account = await createAccount(browser, { role: "REVIEWER", uiLanguage: language, name: `Chip Chipper ${language}` });
    const { page, context } = await openAs(browser, account);
    const documentId = await createDocumentAs(page, `Chips ${language}`, PAIRS);
    await page.goto(`/documents/${documentId}`);
    await expect(page.getByTestId("filter-chips")).toHaveCount(0);

    await page.getByTestId("issues-tab").click();
    await page.getByTestId("issues-panel").getByRole("listitem").filter({ hasText: ui.glossary }).getByRole("button").click();
    await expect(page.getByTestId("segment-row")).toHaveCount(1);
    // Every drop-down still says "All": the chip says what narrows the table.
    for (const id of ["#filter-state", "#filter-kind"]) await expect(page.locator(id)).toHaveValue("");
    await expect(page.getByTestId("filter-chip").locator("span").first()).toHaveText(ui.chipCheck);
    await expect(page).toHaveURL(/[?&]check=glossary/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The address keeps the filter: a reload shows the same rows and the same chip.
    await page.reload();
    await expect(page.getByTestId("segment-row")).toHaveCount(1);
    await expect(page.getByTestId("filter-chip").locator("span").first()).toHaveText(ui.chipCheck);

    await page.getByRole("button", { name: ui.removeChip }).click();
    await expect(page.getByTestId("segment-row")).toHaveCount(4);
    await expect(page.getByTestId("filter-chips")).toHaveCount(0);
    await expect(page).not.toHaveURL(/check=/);
    await context.close();
  });

  test(`the history and the approval show whole phrases, deletions and insertions named for screen readers (${language})`, async ({ browser }) => {
    // Two or three people sign in (Argon2id) on a 2-core machine shared with other runs.
    test.slow();
    const reviewerAccount = await createAccount(browser, { role: "REVIEWER", uiLanguage: language, name: `Dora Diff ${language}` });
    const translatorAccount = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: language, name: `Tad Diff ${language}` });
    const reviewer = await openAs(browser, reviewerAccount);
    const documentId = await createDocumentAs(reviewer.page, `Diffs ${language}`, [
      { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
      // A French text of its own per language, so that the other language's run gives no memory match here.
      { kind: "BODY", sourceText: language === "en" ? "Il ira d'abord en Chine." : "Le ministre partira demain matin pour Moscou avec sa délégation.", targetText: "He will visit China first and only then India." },
    ]);
    type Doc = { data: { segments: { id: string; version: number }[] } };
    const load = async (page: Page) => ((await (await page.request.get(`/api/documents/${documentId}`)).json()) as Doc).data.segments[1];
    const first = await load(reviewer.page);
    expect((await reviewer.page.request.post(`/api/segments/${first.id}/review`, { data: { action: "approve", version: first.version } })).status()).toBe(200);

    // A translator changes the approved paragraph: it goes back to review.
    const translator = await openAs(browser, translatorAccount);
    const approved = await load(translator.page);
    const save = await translator.page.request.put(`/api/segments/${approved.id}`, { data: { targetText: "He would visit India first and only then China.", version: approved.version } });
    expect(save.status()).toBe(200);

    const page = reviewer.page;
    await page.goto(`/documents/${documentId}`);
    await row(page, 1).getByTestId("segment-source").click();
    const since = page.getByTestId("approval-diff");
    await expect(since.getByRole("heading")).toHaveText(ui.changedSince);
    // "will visit China" → "would visit India" is one phrase, not three word swaps.
    await expect(since.locator("del")).toHaveCount(2);
    await expect(since.locator("del").first()).toContainText("will visit China");
    await expect(since.locator("ins").first()).toContainText("would visit India");
    await expect(since.locator("del").first().locator(".visually-hidden").first()).toHaveText(ui.deleted);
    await expect(since.locator("ins").first().locator(".visually-hidden").first()).toHaveText(ui.inserted);

    const edit = page.getByTestId("history-diff").first();
    await expect(edit.locator("del").first()).toContainText("will visit China");
    await expect(edit.locator("ins").first()).toContainText("would visit India");
    await expect(edit.locator("del").first().locator(".visually-hidden").first()).toHaveText(ui.deleted);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Approved again: nothing more to compare.
    await page.getByTestId("segment-panel").getByRole("button", { name: ui.approve, exact: true }).click();
    await expect(row(page, 1).getByTestId("segment-state")).toHaveText(ui.approved);
    await expect(page.getByTestId("approval-diff")).toHaveCount(0);
    await reviewer.context.close();
    await translator.context.close();
  });

  test(`bulk approval lists the paragraphs with warnings, leaves one out, and is one Activity entry with its "Undo approval" (${language})`, async ({ browser }) => {
    const account = await createAccount(browser, { role: "REVIEWER", uiLanguage: language, name: `Bo Bulk ${language}` });
    const { page, context } = await openAs(browser, account);
    const documentId = await createDocumentAs(page, `Bulk warnings ${language}`, [
      { kind: "TITLE", sourceText: "Titre", targetText: "Title" },
      { kind: "BODY", sourceText: "Un voyage rare.", targetText: "A rare trip." },
      { kind: "BODY", sourceText: "Il est arrivé lundi.", targetText: "He arrived  on Monday." },
    ]);
    await page.goto(`/documents/${documentId}`);
    await page.getByRole("button", { name: ui.bulkOpen }).click();
    const dialog = page.getByTestId("bulk-dialog");
    const warned = dialog.getByTestId("bulk-warnings").getByRole("checkbox", { name: ui.warningItem });
    await expect(warned).toBeChecked();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await warned.uncheck();
    await expect(dialog.getByTestId("bulk-confirm")).toHaveText(new RegExp(`^${ui.confirm2.replace("?", "\\?")}`));
    await dialog.getByRole("button", { name: ui.approve, exact: true }).click();
    await expect(page.getByTestId("bulk-notice")).toContainText(ui.done2);
    await expect(page.getByTestId("segment-state")).toHaveText([ui.approved, ui.approved, ui.awaiting]);
    // The notice's undo says what it undoes: not the dialog's "Cancel".
    await expect(page.getByTestId("bulk-notice").getByRole("button")).toHaveText(ui.undoApproval);
    await expect(page.getByTestId("bulk-notice").getByRole("button", { name: ui.dialogCancel, exact: true })).toHaveCount(0);

    await page.getByRole("tab", { name: ui.activityTab }).click();
    const entries = page.getByTestId("activity-entry");
    await expect(entries.filter({ hasText: ui.bulkEntry })).toHaveCount(1);
    await expect(entries).toHaveCount(2); // the bulk approval and the document's creation
    const bulk = entries.filter({ hasText: ui.bulkEntry });
    await bulk.getByText(ui.list).click();
    await expect(bulk.getByTestId("activity-paragraphs")).toContainText("¶ 1, 2");
    await bulk.getByRole("button", { name: ui.undoApproval }).click();
    await expect(page.getByTestId("segment-state")).toHaveText([ui.awaiting, ui.awaiting, ui.awaiting]);
    await expect(bulk.getByRole("button", { name: ui.undoApproval })).toHaveCount(0);
    await context.close();
  });
}

const PUBLISH_UI = {
  en: {
    showTwo: "Show these 2 paragraphs in the editor",
    chip: "Blocks publishing: Every paragraph that is not excluded is approved",
    published: (n: number) => `Version ${n} published.`,
    identical: "This version is identical to the published version 1: nothing changed since. Confirm to publish it again anyway.",
    confirm: "Publish anyway, identical to version 1",
  },
  fr: {
    showTwo: "Voir ces 2 paragraphes dans l'éditeur",
    chip: "Bloque la publication\u00a0: Chaque paragraphe non exclu est approuvé",
    published: (n: number) => `Version ${n} publiée.`,
    identical: "Cette version est identique à la version publiée 1\u00a0: rien n’a changé depuis. Confirmez pour la publier quand même.",
    confirm: "Publier quand même, identique à la version 1",
  },
} as const;

for (const language of ["en", "fr"] as const) {
  const ui = PUBLISH_UI[language];
  test(`the publish checklist links to the paragraphs that block it, previews the article and refuses an identical version unless confirmed (${language})`, async ({ browser }) => {
    // Two or three people sign in (Argon2id) on a 2-core machine shared with other runs.
    test.slow();
    const reviewerAccount = await createAccount(browser, { role: "REVIEWER", uiLanguage: "en", name: `Rhea Ready ${language}` });
    const publisherAccount = await createAccount(browser, { role: "PUBLISHER", uiLanguage: language, name: `Paz Publish ${language}` });
    const reviewer = await openAs(browser, reviewerAccount);
    const documentId = await createDocumentAs(reviewer.page, `Checklist ${language}`, [
      { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
      { kind: "BODY", sourceText: "Un voyage rare.", targetText: "A rare trip." },
      { kind: "BODY", sourceText: "Il est arrivé lundi.", targetText: "He arrived on Monday." },
      { kind: "BOILERPLATE", sourceText: "Publicité", targetText: "Advertising" },
    ]);
    type Doc = { data: { segments: { id: string; version: number; state: string }[] } };
    const segments = ((await (await reviewer.page.request.get(`/api/documents/${documentId}`)).json()) as Doc).data.segments;
    const approve = (segment: { id: string; version: number }) => reviewer.page.request.post(`/api/segments/${segment.id}/review`, { data: { action: "approve", version: segment.version } });
    expect((await approve(segments[0])).status()).toBe(200);

    const publisher = await openAs(browser, publisherAccount);
    const p = publisher.page;
    await p.goto(`/documents/${documentId}/publish`);
    // The preview: the final article as the HTML export writes it, page furniture left out.
    const preview = p.getByTestId("article-preview");
    await expect(preview.getByRole("heading")).toHaveText("Putin in India");
    await expect(preview).toContainText("A rare trip.");
    await expect(preview).not.toContainText("Advertising");
    expect(await seriousAccessibilityViolations(p)).toEqual([]);

    // The failed item links to the editor showing exactly the two paragraphs behind it.
    await p.getByTestId("fix-unapproved").click();
    await expect(p).toHaveURL(/blocker=unapproved/);
    await expect(p.getByTestId("segment-row")).toHaveCount(2);
    await expect(p.getByTestId("segment-source")).toHaveText(["Un voyage rare.", "Il est arrivé lundi."]);
    await expect(p.getByTestId("filter-chip").locator("span").first()).toHaveText(ui.chip);
    await expect(p.getByTestId("fix-unapproved")).toHaveCount(0);

    for (const segment of segments.slice(1, 3)) expect((await approve(segment)).status()).toBe(200);
    await p.goto(`/documents/${documentId}/publish`);
    await p.getByTestId("publish-button").click();
    await expect(p.getByTestId("publish-message")).toHaveText(ui.published(1));

    // Nothing changed since: refused with a message saying so, published only once confirmed.
    await p.getByTestId("publish-button").click();
    await expect(p.getByTestId("publish-message")).toHaveText(ui.identical);
    await expect(p.getByTestId("publication")).toHaveCount(1);
    await p.getByRole("button", { name: ui.confirm }).click();
    await expect(p.getByTestId("publish-message")).toHaveText(ui.published(2));
    await expect(p.getByTestId("publication")).toHaveCount(2);
    await reviewer.context.close();
    await publisher.context.close();
  });
}
