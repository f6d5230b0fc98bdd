import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createAccount, createDocumentAs, openAs } from "./support";

test("the publisher sees the checklist blocked, the reviewer approves the last paragraph, the publisher publishes and downloads the HTML", async ({ browser }) => {
  const reviewerAccount = await createAccount(browser, { role: "REVIEWER", uiLanguage: "en", name: "Rosa Review" });
  const publisherAccount = await createAccount(browser, { role: "PUBLISHER", uiLanguage: "en", name: "Pablo Publish" });
  const translatorAccount = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Tess Translate" });

  const reviewer = await openAs(browser, reviewerAccount);
  const documentId = await createDocumentAs(reviewer.page, "Putin in India", [
    { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
    { kind: "BODY", sourceText: "Il est à New Delhi ce lundi.", targetText: "He is in New Delhi this Monday." },
    { kind: "BOILERPLATE", sourceText: "Publicité", targetText: "Advertising" },
    { kind: "BODY", sourceText: "Un déplacement rare & attendu.", targetText: "A rare & <awaited> trip." },
    { kind: "TAG", sourceText: "Vladimir Poutine", targetText: "Vladimir Putin" },
  ]);
  // Everything but paragraph 4 is approved through the API, as a reviewer would in the editor.
  const { data: document } = (await (await reviewer.page.request.get(`/api/documents/${documentId}`)).json()) as {
    data: { segments: { id: string; version: number; state: string }[] };
  };
  for (const [index, segment] of document.segments.entries()) {
    if (index === 3 || segment.state === "EXCLUDED") continue;
    const response = await reviewer.page.request.post(`/api/segments/${segment.id}/review`, { data: { action: "approve", version: segment.version } });
    expect(response.status()).toBe(200);
  }

  const publisher = await openAs(browser, publisherAccount);
  const p = publisher.page;
  await p.goto(`/documents/${documentId}`);
  await p.getByTestId("publish-link").click();
  await expect(p.getByTestId("check-unapproved")).toHaveAttribute("data-ok", "false");
  await expect(p.getByTestId("check-unapproved")).toContainText("Paragraphs: 4");
  await expect(p.getByTestId("checklist-summary")).toHaveText("Publishing is blocked until every item passes.");
  await expect(p.getByTestId("publish-button")).toBeDisabled();
  const early = await p.request.post(`/api/documents/${documentId}/publications`, { data: {} });
  expect(early.status()).toBe(409);
  expect(await early.json()).toMatchObject({ error: { code: "PUBLISH_BLOCKED" } });

  // A translator cannot publish, even by a direct request.
  const translator = await openAs(browser, translatorAccount);
  await translator.page.goto(`/documents/${documentId}/publish`);
  await expect(translator.page.getByText("Your role does not publish.")).toBeVisible();
  expect((await translator.page.request.post(`/api/documents/${documentId}/publications`, { data: {} })).status()).toBe(403);

  // The reviewer approves the last paragraph in the editor.
  await reviewer.page.goto(`/documents/${documentId}`);
  await reviewer.page.getByTestId("segment-row").nth(3).getByTestId("segment-source").click();
  await reviewer.page.getByTestId("segment-panel").getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.page.getByTestId("segment-row").nth(3).getByTestId("segment-state")).toHaveText("Approved");

  await p.reload();
  await expect(p.getByTestId("checklist-summary")).toHaveText("Everything is ready to publish.");
  await p.getByTestId("publish-button").click();
  await expect(p.getByTestId("publish-message")).toHaveText("Version 1 published.");
  const version1 = p.getByTestId("publication").filter({ hasText: "Version 1" });
  await expect(version1).toContainText("Published by Pablo Publish");

  const downloadPromise = p.waitForEvent("download");
  await version1.getByRole("link", { name: "Download Version 1: HTML" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("putin-in-india-v1.html");
  const html = readFileSync((await download.path()) as string, "utf8");
  expect(html).toContain("<h1>Putin in India</h1>");
  expect(html).toContain("<p>A rare &amp; &lt;awaited&gt; trip.</p>");
  expect(html).toContain('<meta name="keywords" content="Vladimir Putin">');
  expect(html).not.toContain("Advertising");

  for (const session of [reviewer, publisher, translator]) await session.context.close();
});
