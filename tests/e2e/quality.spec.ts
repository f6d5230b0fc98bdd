import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createAccount, openAs } from "./support";

const root = path.resolve(import.meta.dirname, "../..");
const seed = (file: string) => readFileSync(path.join(root, "prisma/seed", file), "utf8");

test("a reviewer sees the Poutine finding on the seed article, applies the fix and approves the paragraph", async ({ browser }) => {
  const account = await createAccount(browser, { role: "REVIEWER", uiLanguage: "en", name: "Quinn Quality" });
  const { page, context } = await openAs(browser, account);
  // The seed article, imported as a user would.
  const preview = await page.request.post("/api/imports/preview", {
    data: { source: { content: seed("article.fr.txt"), encoding: "text" }, target: { content: seed("article.en.txt"), encoding: "text" } },
  });
  expect(preview.status()).toBe(200);
  const proposal = ((await preview.json()) as { data: { title: string; rows: unknown[] } }).data;
  const created = await page.request.post("/api/documents", { data: { title: `${proposal.title} (quality check)`, pairs: proposal.rows } });
  const { id } = ((await created.json()) as { data: { id: string } }).data;
  await page.goto(`/documents/${id}`);

  const tag = page.getByTestId("segment-row").nth(40);
  await expect(tag.getByTestId("segment-target")).toContainText("Vladimir Poutine");
  await expect(tag.getByTestId("finding-badge")).toHaveText("1 finding");
  // Clean body paragraphs carry no finding.
  await expect(page.getByTestId("segment-row").nth(4).getByTestId("finding-badge")).toHaveCount(0);

  await page.getByTestId("issues-tab").click();
  await expect(page.getByTestId("issues-panel")).toContainText("Glossary");
  await expect(page.getByTestId("issues-panel")).toContainText("Inconsistent spelling");
  await page.getByTestId("issues-panel").getByRole("button", { name: "Show the 2 paragraphs" }).click();
  await expect(page.getByTestId("segment-row")).toHaveCount(2);
  await page.getByTestId("issues-panel").getByRole("button", { name: "Show all paragraphs" }).click();

  await tag.getByTestId("segment-source").click();
  await page.getByRole("tab", { name: "Paragraph details" }).click();
  const finding = page.getByTestId("segment-panel").getByTestId("finding");
  await expect(finding).toContainText("“Poutine” is not the English spelling: use “Putin”.");
  await finding.getByRole("button", { name: "Fix: Vladimir Putin" }).click();
  await expect(tag.getByTestId("segment-target")).toContainText("Vladimir Putin");
  await expect(tag.getByTestId("finding-badge")).toHaveCount(0);
  await expect(tag.getByTestId("segment-state")).toHaveText("Awaiting review");

  await page.getByTestId("segment-panel").getByRole("button", { name: "Approve", exact: true }).click();
  await expect(tag.getByTestId("segment-state")).toHaveText("Approved");
  await expect(page.getByTestId("segment-panel").getByTestId("history-entry").filter({ hasText: "Quality fix" })).toHaveCount(1);
  await context.close();
});

test("a reviewer replaces a spelling across the document after a preview, then undoes it", async ({ browser }) => {
  const account = await createAccount(browser, { role: "REVIEWER", uiLanguage: "en", name: "Remy Replace" });
  const { page, context } = await openAs(browser, account);
  const created = await page.request.post("/api/documents", {
    data: {
      title: "S 400",
      pairs: [
        { kind: "TITLE", sourceText: "Le S 400", targetText: "The S 400" },
        { kind: "BODY", sourceText: "Le S400 et le S 400.", targetText: "The S400 and the S 400." },
        { kind: "BODY", sourceText: "Rien.", targetText: "Nothing." },
      ],
    },
  });
  const { id } = ((await created.json()) as { data: { id: string } }).data;
  await page.goto(`/documents/${id}`);
  await page.getByTestId("replace-link").click();
  await page.getByLabel("Find in the English").fill("S 400");
  await page.getByLabel("Replace with").fill("S400");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("replace-match")).toHaveCount(2);
  await expect(page.getByTestId("replace-match").nth(1)).toContainText("The S400 and the S400.");
  await page.getByTestId("replace-match").first().getByRole("checkbox").uncheck();
  await page.getByTestId("apply-replace").click();
  await expect(page.getByTestId("replace-notice")).toContainText("Replaced in 1 paragraph.");
  const texts = async () => {
    const response = await page.request.get(`/api/documents/${id}`);
    return ((await response.json()) as { data: { segments: { targetText: string }[] } }).data.segments.map((s) => s.targetText);
  };
  expect(await texts()).toEqual(["The S 400", "The S400 and the S400.", "Nothing."]);
  await page.getByTestId("replace-notice").getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("replace-notice")).toContainText("Undone in 1 paragraph.");
  expect(await texts()).toEqual(["The S 400", "The S400 and the S 400.", "Nothing."]);
  await context.close();
});
