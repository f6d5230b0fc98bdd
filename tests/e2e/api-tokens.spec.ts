import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_TITLE, demoUser, seriousAccessibilityViolations, signIn } from "./support";

test("a translator creates a personal token in the screen, a script uses it, and it stops working once revoked", async ({ page, baseURL }) => {
  const translator = demoUser("TRANSLATOR");
  await signIn(page, translator.email, translator.password);
  await page.getByRole("navigation").getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
  await expect(page.getByRole("heading", { name: "Service tokens" })).toHaveCount(0);

  const name = `CMS import ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Token name").fill(name);
  await page.getByLabel("Expires").selectOption({ label: "In 30 days" });
  await page.getByRole("button", { name: "Create token" }).click();
  const panel = page.getByTestId("new-token-panel");
  await expect(panel).toContainText("Copy it now: it will not be shown again.");
  const token = await page.getByTestId("new-token").inputValue();
  expect(token).toMatch(/^vav_[A-Za-z0-9_-]{43}$/);
  await panel.getByRole("button", { name: "Done, I have copied it" }).click();
  await expect(panel).toHaveCount(0);
  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 12));
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Not yet");
  // Shown once: the page, reloaded, holds the prefix but never the token.
  await page.reload();
  expect(await page.content()).not.toContain(token.slice(12));

  // A script on the Node side, with no cookie: the token opens the API...
  const bearer = { authorization: `Bearer ${token}` };
  const listed = await fetch(`${baseURL}/api/documents`, { headers: bearer });
  expect(listed.status).toBe(200);
  const { data } = (await listed.json()) as { data: { documents: { title: string }[] } };
  expect(data.documents.map((document) => document.title)).toContain(DEMO_TITLE);
  // ...but never a page: those read the session cookie only.
  const pageAnswer = await fetch(`${baseURL}/documents`, { headers: bearer, redirect: "manual" });
  expect(pageAnswer.status).toBeGreaterThanOrEqual(300);
  expect(pageAnswer.status).toBeLessThan(400);
  expect(pageAnswer.headers.get("location")).toContain("/sign-in");

  await page.reload();
  await expect(page.getByTestId("token-row").filter({ hasText: name })).not.toContainText("Not yet");

  await page.getByRole("button", { name: `Revoke the token ${name}` }).click();
  await page.getByRole("button", { name: "Revoke it" }).click();
  await expect(page.getByRole("status")).toHaveText(`The token “${name}” is revoked.`);
  await expect(page.getByTestId("token-row").filter({ hasText: name })).toContainText("Revoked");

  const refused = await fetch(`${baseURL}/api/documents`, { headers: bearer });
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("TOKEN_REVOKED");
});

test("an administrator creates a service token; its account is marked in the users screen and keeps to the languages given", async ({ page, baseURL }) => {
  const admin = demoUser("ADMIN");
  await signIn(page, admin.email, admin.password);
  await page.goto("/settings/tokens");
  const email = `cms-${randomUUID().slice(0, 8)}@example.org`;
  const form = page.getByRole("form", { name: "Create a service token" });
  await form.getByLabel("Service account email").fill(email);
  await form.getByLabel("Role").selectOption("TRANSLATOR");
  await form.getByLabel("Target languages").fill("es");
  await form.getByLabel("Token name").fill("Newsroom CMS");
  await form.getByLabel("Expires").selectOption({ label: "Never" });
  await form.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("new-token").inputValue();
  await expect(page.getByTestId("new-token-panel")).toContainText(`Whoever has it can act as ${email}.`);
  const row = page.getByRole("region", { name: "Service tokens" }).getByTestId("token-row").filter({ hasText: email });
  await expect(row).toContainText("Translator · Spanish");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await page.getByRole("navigation").getByRole("link", { name: "Users" }).click();
  await expect(page.getByTestId("user-row").filter({ hasText: email }).getByTestId("service-account")).toHaveText("Service account");

  // The service account works on Spanish only, like a person limited to it.
  const documents = (await (await fetch(`${baseURL}/api/documents`, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: { documents: { id: string }[] } };
  const english = await fetch(`${baseURL}/api/documents/${documents.data.documents[0].id}?lang=en`, { headers: { authorization: `Bearer ${token}` } });
  expect(english.status).toBe(403);
  expect(((await english.json()) as { error: { code: string } }).error.code).toBe("LANGUAGE_NOT_ALLOWED");
});
