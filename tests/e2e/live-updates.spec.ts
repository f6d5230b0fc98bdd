import { expect, test } from "@playwright/test";
import { createAccount, createDocumentAs, openAs } from "./support";

test("people on the same document see each other, each other's soft locks and edits, without reloading", async ({ browser }) => {
  const alice = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Alice Live" });
  const bruno = await createAccount(browser, { role: "REVIEWER", uiLanguage: "en", name: "Bruno Live" });
  const a = await openAs(browser, alice);
  const documentId = await createDocumentAs(a.page, "Live", [
    { kind: "TITLE", sourceText: "Titre", targetText: "Title" },
    { kind: "BODY", sourceText: "Un déplacement rare.", targetText: "A rare trip." },
  ]);
  await a.page.goto(`/documents/${documentId}`);
  const b = await openAs(browser, bruno, documentId);

  await expect(a.page.getByTestId("presence")).toContainText("Here now: Bruno Live");
  await expect(b.page.getByTestId("presence")).toContainText("Here now: Alice Live");

  // Alice starts editing paragraph 2: Bruno sees a soft lock on it.
  const rowA = a.page.getByTestId("segment-row").nth(1);
  await rowA.locator(".target-view").click();
  const rowB = b.page.getByTestId("segment-row").nth(1);
  await expect(rowB.getByTestId("edited-by")).toHaveText("Alice Live is editing");

  // Alice saves: Bruno's view shows the new text within a second or so, without a reload.
  await rowA.getByTestId("segment-editor").fill("An unusual trip.");
  await rowA.getByTestId("segment-editor").press("Control+Enter");
  await expect(rowB.getByTestId("segment-target")).toContainText("An unusual trip.", { timeout: 3_000 });
  await expect(rowB.getByTestId("edited-by")).toHaveCount(0);

  // Bruno approves: Alice sees the state change.
  await rowB.getByTestId("segment-source").click();
  await b.page.getByTestId("segment-panel").getByRole("button", { name: "Approve", exact: true }).click();
  await expect(rowA.getByTestId("segment-state")).toHaveText("Approved", { timeout: 3_000 });

  // Bruno leaves: Alice no longer sees him.
  await b.context.close();
  await expect(a.page.getByTestId("presence")).toHaveCount(0, { timeout: 5_000 });
  await a.context.close();
});
