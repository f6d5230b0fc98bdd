import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./support";

test("adding a French term already in the glossary says so, and adds nothing", async ({ page }) => {
  const admin = demoUser("ADMIN");
  await signIn(page, admin.email, admin.password);
  await page.getByRole("navigation").getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
  const rows = page.locator("tbody tr");
  await expect(rows.filter({ hasText: "Poutine" })).toHaveCount(1);
  const before = await rows.count();
  await page.locator("#new-sourceTerm").fill("Poutine");
  await page.locator("#new-targetTerm").fill("Poutine");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("This French term is already in the glossary: edit the existing entry instead.");
  await expect(rows).toHaveCount(before);
});
