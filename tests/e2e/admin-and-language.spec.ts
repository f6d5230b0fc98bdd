import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./support";

test("an admin creates an account and changes its role; the new user's language choice is remembered", async ({ page }) => {
  const admin = demoUser("ADMIN");
  const email = `lena-${randomUUID().slice(0, 8)}@example.com`;
  const password = "lena-first-password";

  await signIn(page, admin.email, admin.password);
  await page.getByRole("navigation").getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Full name").fill("Lena Newcomer");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("TRANSLATOR");
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText(`Account created for ${email}.`);

  const row = page.getByTestId("user-row").filter({ hasText: email });
  await row.getByLabel("Role of Lena Newcomer").selectOption("REVIEWER");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByTestId("user-row").filter({ hasText: email }).getByLabel("Role of Lena Newcomer")).toHaveValue("REVIEWER");

  // Lena on her own machine (the administrator stays signed in: other tests use the account).
  const lenas = await page.context().browser()!.newContext();
  page = await lenas.newPage();
  await signIn(page, email, password);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Signed in as Lena Newcomer (Reviewer)");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");
  await expect(page.getByTestId("signed-in-as")).toHaveText("Connecté·e : Lena Newcomer (Relecteur·rice)");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");

  // Remembered on the account: a fresh browser context, with no cookie, comes back in French.
  const fresh = await page.context().browser()!.newContext({ locale: "en-GB" });
  const other = await fresh.newPage();
  await signIn(other, email, password);
  await expect(other.getByTestId("signed-in-as")).toContainText("Connecté·e");
  await expect(other.getByRole("columnheader", { name: "Traductions" })).toBeVisible();
  await fresh.close();
  await lenas.close();
});

test("a visitor can switch the sign-in page to French before signing in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
  await page.locator("#email").fill("publisher@example.com");
  await page.locator("#password").fill("wrong password");
  await page.getByTestId("sign-in-submit").click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("L'adresse e-mail ou le mot de passe est incorrect.");
});
