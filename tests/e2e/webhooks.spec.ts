import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { startReceiver } from "../integration/support/webhook-receiver";
import { createDocumentAs, demoUser, signIn } from "./support";

test("an administrator registers a webhook; a publication in the browser reaches a real receiver, signed so the standardwebhooks verifier accepts it", async ({ page }) => {
  const receiver = await startReceiver();
  try {
    const admin = demoUser("ADMIN");
    await signIn(page, admin.email, admin.password);
    await page.getByRole("link", { name: "Webhooks", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");

    // Registration: a private address is refused with a clear message, then the local receiver (allowed host) is accepted.
    await page.getByLabel("Endpoint URL").fill("https://10.1.2.3/hooks");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("private");
    await page.getByLabel("Endpoint URL").fill(receiver.url);
    await expect(page.getByRole("checkbox", { name: /publication\.created/ })).toBeChecked();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const secretBox = page.getByTestId("webhook-secret");
    await expect(secretBox).toContainText("shown only now");
    const secret = (await secretBox.locator("code").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^whsec_/);
    await secretBox.getByRole("button", { name: "I have copied it" }).click();
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
    await expect(page.getByTestId("webhook").filter({ hasText: receiver.url })).toContainText("Active");

    // An article, approved through the API, then published in the browser.
    const documentId = await createDocumentAs(page, "Webhooks: Putin in India", [
      { kind: "TITLE", sourceText: "Poutine en Inde", targetText: "Putin in India" },
      { kind: "BODY", sourceText: "Il est à New Delhi ce lundi.", targetText: "He is in New Delhi this Monday." },
    ]);
    const { data: document } = (await (await page.request.get(`/api/documents/${documentId}`)).json()) as { data: { segments: { id: string; version: number; state: string }[] } };
    for (const segment of document.segments) {
      if (segment.state === "APPROVED" || segment.state === "EXCLUDED") continue;
      expect((await page.request.post(`/api/segments/${segment.id}/review`, { data: { action: "approve", version: segment.version } })).status()).toBe(200);
    }
    await page.goto(`/documents/${documentId}/publish`);
    await expect(page.getByTestId("checklist-summary")).toHaveText("Everything is ready to publish.");
    await page.getByTestId("publish-button").click();
    await expect(page.getByTestId("publish-message")).toHaveText("Version 1 published.");

    // The server's own worker delivers it, within seconds, to the receiver on 127.0.0.1.
    // Only this article's publication: tests in the other worker publish too while the endpoint exists.
    const ours = (request: { body: string }) => request.body.includes('"publication.created"') && request.body.includes(documentId);
    await expect.poll(() => receiver.received.filter(ours).length, { timeout: 15_000 }).toBe(1);
    const delivery = receiver.received.find(ours)!;
    const payload = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as {
      type: string;
      timestamp: string;
      data: { documentId: string; lang: string; version: number; contentHash: string; exports: Record<string, string> };
    };
    expect(payload.type).toBe("publication.created");
    expect(payload.data).toMatchObject({ documentId, lang: "en", version: 1 });
    expect(payload.data.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(payload.data.exports).sort()).toEqual(["docx", "html", "json", "md", "tmx", "txt", "xliff12", "xliff20"]);
    // A tampered body fails verification.
    expect(() => new Webhook(secret).verify(delivery.body.replace("publication", "publicatioN"), delivery.headers as Record<string, string>)).toThrow();
    // The export link works for a signed-in caller.
    const html = await page.request.get(payload.data.exports.html);
    expect(html.status()).toBe(200);
    expect(await html.text()).toContain("<p>He is in New Delhi this Monday.</p>");

    // The delivery log shows it delivered; a redelivery carries the same webhook-id.
    await page.goto("/admin/webhooks");
    const endpoint = page.getByTestId("webhook").filter({ hasText: receiver.url });
    await endpoint.getByRole("button", { name: "Delivery log" }).click();
    const log = endpoint.getByTestId("webhook-deliveries");
    const ourRow = log.getByRole("row").filter({ hasText: String(delivery.headers["webhook-id"]) });
    await expect(ourRow).toContainText("Delivered");
    await ourRow.getByRole("button", { name: "Redeliver" }).click();
    await expect(log.getByRole("status")).toContainText("sent again");
    await expect.poll(() => receiver.received.filter(ours).length, { timeout: 15_000 }).toBe(2);
    const [first, second] = receiver.received.filter(ours);
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(() => new Webhook(secret).verify(second.body, second.headers as Record<string, string>)).not.toThrow();

    // Clean up so other browser tests' publications are not sent here.
    page.once("dialog", (dialog) => void dialog.accept());
    await endpoint.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByTestId("webhook").filter({ hasText: receiver.url })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
