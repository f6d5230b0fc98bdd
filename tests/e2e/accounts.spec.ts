import { expect, test } from "@playwright/test";
import { createAccount, DEMO_USERS, demoUser, openAs, seriousAccessibilityViolations, signIn } from "./support";

test("an administrator deactivates, reactivates and changes the role of an account, each confirmed on screen", async ({ browser }) => {
  // Several Argon2 sign-ins in a row: on a loaded 2-core machine they take most of a minute.
  test.setTimeout(120_000);
  const person = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Rita Rotation" });
  const theirs = await openAs(browser, person);
  const admin = await openAs(browser, demoUser("ADMIN"));
  const page = admin.page;
  await page.goto("/admin/users");
  const row = () => page.getByTestId("user-row").filter({ hasText: person.email });

  // Last sign-in: the person signed in just now.
  await expect(row().getByTestId("last-sign-in").locator("time")).toBeVisible();

  // Deactivation ends the person's open session on their next request.
  await row().getByRole("button", { name: "Deactivate" }).click();
  await expect(row().getByText("Rita Rotation is deactivated: their sessions have ended and they cannot sign in.")).toBeVisible();
  await expect(row().getByTestId("user-status")).toHaveText("Deactivated");
  await theirs.page.goto("/glossary");
  await expect(theirs.page).toHaveURL(/\/sign-in/);
  await theirs.page.locator("#email").fill(person.email);
  await theirs.page.locator("#password").fill(person.password);
  await theirs.page.getByTestId("sign-in-submit").click();
  await expect(theirs.page.getByTestId("sign-in-error")).toBeVisible();

  await row().getByRole("button", { name: "Reactivate" }).click();
  await expect(row().getByText("Rita Rotation can sign in again.")).toBeVisible();
  await expect(row().getByTestId("user-status")).toHaveText("Active");
  await signIn(theirs.page, person.email, person.password);

  // The role change's confirmation stays on screen after the row updates.
  await row().getByLabel("Role of Rita Rotation").selectOption("REVIEWER");
  await row().getByRole("button", { name: "Change role" }).click();
  await expect(row().getByText("Role of Rita Rotation changed to Reviewer.")).toBeVisible();
  await expect(row().getByLabel("Role of Rita Rotation")).toHaveValue("REVIEWER");

  await theirs.context.close();
  await admin.context.close();
});

test("an administrator makes a one-time password-reset link; it sets a new password once", async ({ browser }) => {
  test.setTimeout(120_000);
  const person = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Rene Reset" });
  const admin = await openAs(browser, demoUser("ADMIN"));
  const page = admin.page;
  await page.goto("/admin/users");
  const row = () => page.getByTestId("user-row").filter({ hasText: person.email });

  // A one-time reset link, shown to the administrator.
  await row().getByRole("button", { name: "Make a password-reset link" }).click();
  const link = await row().getByTestId("reset-link").inputValue();
  expect(link).toMatch(/\/reset-password\/[\w-]{43}$/);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  const visitor = await browser.newContext();
  const resetPage = await visitor.newPage();
  await resetPage.goto(link);
  await expect(resetPage.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  expect(await seriousAccessibilityViolations(resetPage)).toEqual([]);
  await resetPage.getByLabel("New password", { exact: true }).fill("rene-new-password");
  await resetPage.getByLabel("New password again").fill("rene-new-password");
  await resetPage.getByRole("button", { name: "Save the new password" }).click();
  await expect(resetPage.getByTestId("reset-done")).toContainText("Your password is changed.");
  await signIn(resetPage, person.email, "rene-new-password");

  // Used once: the same link now refuses.
  await resetPage.goto(link);
  await expect(resetPage.getByTestId("reset-link-invalid")).toContainText("This link no longer works");
  await visitor.close();
  await admin.context.close();
});

test("a person changes their own password: this browser stays signed in, the other session ends", async ({ browser }) => {
  const person = await createAccount(browser, { role: "REVIEWER", uiLanguage: "fr", name: "Paul Passe" });
  const here = await openAs(browser, person);
  const elsewhere = await openAs(browser, person);
  const page = here.page;
  await page.getByRole("navigation").getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await page.getByLabel("Mot de passe actuel").fill("not the password");
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("paul-new-password");
  await page.getByLabel("Nouveau mot de passe, une seconde fois").fill("paul-new-password");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Le mot de passe actuel n’est pas le bon. Rien n’a été modifié.");

  await page.getByLabel("Mot de passe actuel").fill(person.password);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("paul-new-password");
  await page.getByLabel("Nouveau mot de passe, une seconde fois").fill("paul-new-password");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.locator("form").getByRole("status")).toContainText("Mot de passe changé.");

  await page.goto("/documents");
  await expect(page).toHaveURL(/\/documents$/);
  await elsewhere.page.goto("/documents");
  await expect(elsewhere.page).toHaveURL(/\/sign-in/);
  await here.context.close();
  await elsewhere.context.close();
});

test("a first run's sign-in page lists the demo accounts, in the interface language, and fills the form", async ({ page }) => {
  await page.goto("/sign-in");
  const demo = page.getByTestId("demo-accounts");
  for (const user of DEMO_USERS) {
    const line = demo.getByRole("row").filter({ hasText: user.email });
    await expect(line).toContainText(user.password);
  }
  await expect(demo.getByRole("row").filter({ hasText: "reviewer@example.com" })).toContainText("Reviewer");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The favicon is linked and served.
  const icon = page.locator('link[rel="icon"]');
  const href = await icon.first().getAttribute("href");
  expect(href).toMatch(/icon/);
  const served = await page.request.get(href!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toContain("image/svg+xml");

  await page.getByRole("button", { name: "Français" }).click();
  await expect(demo.getByRole("row").filter({ hasText: "reviewer@example.com" })).toContainText("Relecteur·rice");
  await demo.getByRole("button", { name: "Remplir le formulaire avec publisher@example.com" }).click();
  await page.getByTestId("sign-in-submit").click();
  await expect(page).toHaveURL(/\/documents$/, { timeout: 15_000 });
});
