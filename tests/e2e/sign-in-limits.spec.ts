import { expect, test, type Page } from "@playwright/test";
import { createAccount } from "./support";

// Mirrors SIGN_IN_FAILURES_PER_ACCOUNT (server/auth/sign-in-limits.schema.ts).
const FAILURES_PER_ACCOUNT = 10;

async function submit(page: Page, email: string, password: string) {
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  const answer = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByTestId("sign-in-submit").click();
  return answer;
}

// A fresh account: the demo accounts are used by other tests and must never be locked out.
test("after too many wrong passwords an account is refused for a while, with a message naming the wait", async ({ browser, page }) => {
  test.setTimeout(60_000);
  const account = await createAccount(browser, { role: "TRANSLATOR", uiLanguage: "en", name: "Sam Forgetful" });
  await page.goto("/sign-in");
  for (let i = 0; i < FAILURES_PER_ACCOUNT; i += 1) {
    const answer = await submit(page, account.email, `wrong password ${i}`);
    expect(answer.status()).toBe(401);
    await expect(page.getByTestId("sign-in-error")).toHaveText("The email address or password is incorrect.");
  }

  // Now even the right password is refused, until the window ends.
  const refused = await submit(page, account.email, account.password);
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  await expect(page.getByTestId("sign-in-error")).toHaveText("Too many failed sign-ins. Try again in 15 minutes.");
  await expect(page).toHaveURL(/\/sign-in/);

  // The same refusal in French for a browser that asks for French.
  const french = await browser.newContext({ locale: "fr-FR" });
  const frenchPage = await french.newPage();
  await frenchPage.goto("/sign-in");
  expect((await submit(frenchPage, account.email, account.password)).status()).toBe(429);
  await expect(frenchPage.getByTestId("sign-in-error")).toHaveText("Trop de tentatives de connexion échouées. Réessayez dans 15 minutes.");
  await french.close();
});
