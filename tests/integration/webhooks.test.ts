import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { Webhook as Verifier } from "standardwebhooks";
import { EXPORT_FORMATS } from "@/domain/exporters/types";
import { WEBHOOK_EVENT_TYPES } from "@/domain/webhooks/events";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "@/domain/webhooks/retry-schedule";
import { buildOpenApiDocument } from "@/server/api/openapi";
import { API_CONTRACTS } from "@/server/api/routes";
import type { Actor } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { addTranslation } from "@/server/services/translations/add-translation";
import { createDocument } from "@/server/services/documents/create-document";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { reviewSegment } from "@/server/services/review/review-segment";
import { publishDocument } from "@/server/services/publishing/publish-document";
import { saveSegment } from "@/server/services/segments/save-segment";
import { createWebhook } from "@/server/services/webhooks/create-webhook";
import { deleteWebhook } from "@/server/services/webhooks/delete-webhook";
import { deliverDueWebhooks, WEBHOOK_CLAIM_MS } from "@/server/services/webhooks/deliver-webhooks";
import { enqueueWebhookEvent } from "@/server/services/webhooks/enqueue-webhook-event";
import { listWebhookDeliveries } from "@/server/services/webhooks/list-webhook-deliveries";
import { countDisabledWebhooks, listWebhooks } from "@/server/services/webhooks/list-webhooks";
import { redeliverWebhook } from "@/server/services/webhooks/redeliver-webhook";
import { rotateWebhookSecret } from "@/server/services/webhooks/rotate-webhook-secret";
import { lookupPublicAddress, sendWebhook } from "@/server/services/webhooks/send-webhook";
import { updateWebhook } from "@/server/services/webhooks/update-webhook";
import { createActor } from "./support/actors";
import { createSmallDocument } from "./support/documents";
import { startReceiver } from "./support/webhook-receiver";

// The receivers below listen on 127.0.0.1 over http, as a local CMS would in development.
vi.hoisted(() => {
  process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
});

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    if (isAppError(error)) return `${error.code}${error.params.reason ? `:${error.params.reason}` : ""}`;
    throw error;
  }
};

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** Runs worker passes until nothing is due at `now`. */
async function drain(now = new Date(), workerId = "test-worker") {
  for (let pass = 0; pass < 20; pass += 1) {
    const result = await deliverDueWebhooks({ workerId, now });
    if (result.claimed === 0) return;
  }
}

let admin: Actor;

beforeAll(async () => {
  admin = await createActor("ADMIN");
});

// Each test registers its own endpoints; the previous test's must not receive its events.
beforeEach(async () => {
  await db.webhook.deleteMany({});
});

describe("registering endpoints", () => {
  it("answers the secret once, lists the endpoint without it, and audits every change without a secret", async () => {
    const created = await createWebhook({ actor: admin, input: { url: "https://cms.example.com/hooks", events: ["publication.created", "document.created"] } });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.events).toEqual(["document.created", "publication.created"]);
    const { webhooks } = await listWebhooks({ actor: admin });
    expect(webhooks.map((webhook) => webhook.id)).toEqual([created.id]);
    expect(JSON.stringify(webhooks)).not.toContain(created.secret);

    const updated = await updateWebhook({ actor: admin, input: { webhookId: created.id, events: ["document.ready"], version: created.version } });
    expect(updated.events).toEqual(["document.ready"]);
    expect(await codeOf(updateWebhook({ actor: admin, input: { webhookId: created.id, isActive: false, version: created.version } }))).toBe("CONFLICT");
    const rotated = await rotateWebhookSecret({ actor: admin, webhookId: created.id });
    await deleteWebhook({ actor: admin, webhookId: created.id });

    const audit = await db.auditEvent.findMany({ where: { entityType: "Webhook", entityId: created.id }, orderBy: { createdAt: "asc" }, select: { action: true, data: true } });
    expect(audit.map((event) => event.action)).toEqual(["webhook.created", "webhook.updated", "webhook.secret-rotated", "webhook.deleted"]);
    const everything = JSON.stringify(audit);
    expect(everything).not.toContain(created.secret);
    expect(everything).not.toContain(rotated.secret);
  });

  it("is for administrators only", async () => {
    const reviewer = await createActor("REVIEWER");
    expect(await codeOf(listWebhooks({ actor: reviewer }))).toBe("FORBIDDEN");
    expect(await codeOf(createWebhook({ actor: reviewer, input: { url: "https://cms.example.com/", events: ["document.created"] } }))).toBe("FORBIDDEN");
    expect(await db.webhook.count()).toBe(0);
  });

  it.each([
    ["http://cms.example.com/hooks", "url-not-https"],
    ["https://10.0.0.5/hooks", "url-private-address"],
    ["https://169.254.169.254/latest/meta-data", "url-private-address"],
    ["https://[::ffff:192.168.1.1]/", "url-private-address"],
    ["https://localhost/", "url-private-address"],
    ["https://user:secret@cms.example.com/", "url-credentials"],
    ["javascript:alert(1)", "url-invalid"],
  ])("refuses %s (%s) and writes nothing", async (url, reason) => {
    const audits = await db.auditEvent.count();
    expect(await codeOf(createWebhook({ actor: admin, input: { url, events: ["document.created"] } }))).toBe(`INVALID_INPUT:${reason}`);
    expect(await db.webhook.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("refuses an unknown event type", async () => {
    expect(await codeOf(createWebhook({ actor: admin, input: { url: "https://cms.example.com/", events: ["document.deleted"] } }))).toBe("INVALID_INPUT");
  });
});

describe("the sender's address checks", () => {
  it("refuses a name that resolves to a private address at connection time, and literal private addresses", async () => {
    const refusal = await new Promise<Error | null>((resolve) => lookupPublicAddress("localhost", {}, (error) => resolve(error)));
    expect(refusal?.message).toMatch(/private or reserved address/);
    const sent = await sendWebhook({ url: "https://127.0.0.2:9/hooks", headers: {}, body: "{}" });
    expect(sent).toEqual({ statusCode: null, excerpt: "refused: url-private-address" });
    const plain = await sendWebhook({ url: "http://example.com/hooks", headers: {}, body: "{}" });
    expect(plain).toEqual({ statusCode: null, excerpt: "refused: url-not-https" });
  });

  it("keeps at most 1,000 characters of a long answer and does not follow redirects", async () => {
    const { createServer } = await import("node:http");
    const server = createServer((request, response) => {
      if (request.url === "/redirect") {
        response.writeHead(302, { location: "/hooks" });
        response.end();
        return;
      }
      response.end("x".repeat(200_000));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const long = await sendWebhook({ url: `http://127.0.0.1:${port}/hooks`, headers: {}, body: "{}" });
      expect(long.statusCode).toBe(200);
      expect(long.excerpt).toHaveLength(1_000);
      const redirected = await sendWebhook({ url: `http://127.0.0.1:${port}/redirect`, headers: {}, body: "{}" });
      expect(redirected.statusCode).toBe(302);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("the outbox", () => {
  it("writes the event and one delivery per subscribed active endpoint in the change's transaction", async () => {
    const subscribed = await createWebhook({ actor: admin, input: { url: "https://a.example.com/", events: ["document.created"] } });
    await createWebhook({ actor: admin, input: { url: "https://b.example.com/", events: ["publication.created"] } });
    await createWebhook({ actor: admin, input: { url: "https://c.example.com/", events: ["document.created"], isActive: false } });
    const { document } = await createSmallDocument(admin);

    const deliveries = await db.webhookDelivery.findMany({ where: { event: { type: "document.created" } }, select: { webhookId: true, status: true, event: { select: { id: true, payload: true } } } });
    const mine = deliveries.filter((delivery) => JSON.parse(delivery.event.payload).data.documentId === document.id);
    expect(mine.map((delivery) => [delivery.webhookId, delivery.status])).toEqual([[subscribed.id, "PENDING"]]);
    const payload = JSON.parse(mine[0].event.payload);
    expect(mine[0].event.id).toMatch(/^msg_/);
    expect(payload).toEqual({
      type: "document.created",
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      data: { documentId: document.id, title: "Putin in India", sourceLang: "fr", langs: ["en"], paragraphs: 5 },
    });
  });

  it("leaves no event when the change fails, and none when no endpoint listens", async () => {
    await createWebhook({ actor: admin, input: { url: "https://a.example.com/", events: ["translation.added"] } });
    const before = await db.webhookEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueWebhookEvent(tx, "translation.added", { documentId: "d", lang: "es", paragraphs: 1, translated: 0 });
        throw new Error("the change failed after the event was written");
      }),
    ).rejects.toThrow("the change failed");
    const { document } = await createSmallDocument(admin);
    // The same language twice: the service refuses, and nothing is enqueued for the refused change.
    await addTranslation({ actor: admin, input: { documentId: document.id, lang: "es" } });
    expect(await codeOf(addTranslation({ actor: admin, input: { documentId: document.id, lang: "es" } }))).toBe("ALREADY_EXISTS");
    expect(await db.webhookEvent.count()).toBe(before + 1);
    const none = await db.$transaction((tx) => enqueueWebhookEvent(tx, "document.ready", { documentId: "d", lang: "en", paragraphs: 1 }));
    expect(none).toBeNull();
    expect(await db.webhookEvent.count()).toBe(before + 1);
  });
});

describe("delivery", () => {
  it("signs per Standard Webhooks so the stock verifier accepts it, and marks it delivered", async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.created"] } });
      const { document } = await createSmallDocument(admin);
      await drain();
      expect(receiver.received).toHaveLength(1);
      const [request] = receiver.received;
      const verified = new Verifier(endpoint.secret).verify(request.body, request.headers as Record<string, string>) as { type: string; data: { documentId: string } };
      expect(verified.type).toBe("document.created");
      expect(verified.data.documentId).toBe(document.id);
      expect(() => new Verifier(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(request.body, request.headers as Record<string, string>)).toThrow();
      const page = await listWebhookDeliveries({ actor: admin, input: { webhookId: endpoint.id } });
      expect(page.deliveries[0]).toMatchObject({ status: "DELIVERED", attempts: 1, eventType: "document.created", eventId: request.headers["webhook-id"] });
      expect(page.deliveries[0].attemptLog[0]).toMatchObject({ statusCode: 204, succeeded: true });
    } finally {
      await receiver.close();
    }
  });

  it("retries a failed delivery with the same webhook-id, first within 30 seconds, and logs each attempt", async () => {
    const receiver = await startReceiver((_, index) => (index === 0 ? 503 : 200));
    try {
      const endpoint = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.created"] } });
      await createSmallDocument(admin);
      const now = new Date();
      expect(await deliverDueWebhooks({ workerId: "w", now })).toMatchObject({ claimed: 1, retrying: 1 });
      const pending = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: endpoint.id }, select: { nextAttemptAt: true, attempts: true } });
      expect(pending.attempts).toBe(1);
      expect(pending.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMs(1));
      expect(retryDelayMs(1)).toBeLessThanOrEqual(30_000);
      // Not due before its time.
      expect(await deliverDueWebhooks({ workerId: "w", now: at(now, 5_000) })).toMatchObject({ claimed: 0 });
      expect(await deliverDueWebhooks({ workerId: "w", now: at(now, retryDelayMs(1)!) })).toMatchObject({ claimed: 1, delivered: 1 });
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received[1].headers["webhook-id"]).toBe(receiver.received[0].headers["webhook-id"]);
      expect(receiver.received[1].body).toBe(receiver.received[0].body);
      const page = await listWebhookDeliveries({ actor: admin, input: { webhookId: endpoint.id } });
      expect(page.deliveries[0].attemptLog.map((attempt) => [attempt.statusCode, attempt.succeeded])).toEqual([
        [200, true],
        [503, false],
      ]);
      expect(page.deliveries[0].attemptLog[1].responseExcerpt).toBe("receiver says 503");
    } finally {
      await receiver.close();
    }
  });

  it("follows the backoff schedule, gives up after the last attempt and switches the endpoint off with a notice", async () => {
    const receiver = await startReceiver(() => 500);
    try {
      const endpoint = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.created"] } });
      await createSmallDocument(admin);
      let now = new Date();
      const waits: number[] = [];
      for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
        expect(await deliverDueWebhooks({ workerId: "w", now })).toMatchObject({ claimed: 1 });
        const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId: endpoint.id }, select: { nextAttemptAt: true, status: true } });
        if (delivery.status === "FAILED") break;
        waits.push(delivery.nextAttemptAt.getTime() - now.getTime());
        now = delivery.nextAttemptAt;
      }
      expect(waits).toEqual(Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, index) => retryDelayMs(index + 1)));
      expect(receiver.received).toHaveLength(MAX_DELIVERY_ATTEMPTS);
      expect(new Set(receiver.received.map((request) => request.headers["webhook-id"])).size).toBe(1);
      const [after] = (await listWebhooks({ actor: admin })).webhooks;
      expect(after).toMatchObject({ isActive: false, disabledReason: "retries-exhausted", failedDeliveries: 1 });
      expect(await countDisabledWebhooks({ actor: admin })).toBe(1);
      expect(await db.auditEvent.count({ where: { action: "webhook.disabled", entityId: endpoint.id } })).toBe(1);
      // A disabled endpoint receives nothing more until an administrator switches it back on.
      await createSmallDocument(admin);
      expect(await db.webhookDelivery.count({ where: { webhookId: endpoint.id } })).toBe(1);
      const back = await updateWebhook({ actor: admin, input: { webhookId: endpoint.id, isActive: true, version: after.version } });
      expect(back).toMatchObject({ isActive: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 });
    } finally {
      await receiver.close();
    }
  });

  it("switches an endpoint off after too many failures in a row across deliveries", async () => {
    const receiver = await startReceiver(() => 500);
    try {
      const endpoint = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.created"] } });
      for (let index = 0; index < 3; index += 1) await createSmallDocument(admin);
      expect(await deliverDueWebhooks({ workerId: "w", disableAfterFailures: 3 })).toMatchObject({ claimed: 3, retrying: 3 });
      expect((await listWebhooks({ actor: admin })).webhooks[0]).toMatchObject({ id: endpoint.id, isActive: false, disabledReason: "consecutive-failures", consecutiveFailures: 3 });
      // Its deliveries wait, neither sent nor lost.
      expect(await deliverDueWebhooks({ workerId: "w", now: at(new Date(), 60_000) })).toMatchObject({ claimed: 0 });
      expect(await db.webhookDelivery.count({ where: { webhookId: endpoint.id, status: "PENDING" } })).toBe(3);
    } finally {
      await receiver.close();
    }
  });

  it("two workers racing never send the same delivery twice", async () => {
    const receiver = await startReceiver();
    try {
      await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.ready"] } });
      const count = 60;
      await db.$transaction(async (tx) => {
        for (let index = 0; index < count; index += 1) await enqueueWebhookEvent(tx, "document.ready", { documentId: `doc-${index}`, lang: "en", paragraphs: 1 });
      });
      const now = new Date();
      for (let round = 0; round < 5; round += 1) {
        const passes = await Promise.all([
          deliverDueWebhooks({ workerId: "instance-a", now, limit: 40 }),
          deliverDueWebhooks({ workerId: "instance-b", now, limit: 40 }),
          deliverDueWebhooks({ workerId: "instance-c", now, limit: 40 }),
        ]);
        if (passes.every((pass) => pass.claimed === 0)) break;
      }
      const ids = receiver.received.map((request) => request.headers["webhook-id"]);
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
      expect(await db.webhookAttempt.count({ where: { delivery: { event: { type: "document.ready" } } } })).toBe(count);
    } finally {
      await receiver.close();
    }
  });

  it("an endpoint deleted while its delivery is on the way spoils nothing for the other endpoints' deliveries", async () => {
    const kept = await startReceiver();
    const doomed = await startReceiver();
    try {
      await createWebhook({ actor: admin, input: { url: kept.url, events: ["document.ready"] } });
      const gone = await createWebhook({ actor: admin, input: { url: doomed.url, events: ["document.ready"] } });
      await db.$transaction((tx) => enqueueWebhookEvent(tx, "document.ready", { documentId: "doc-deleted-meanwhile", lang: "en", paragraphs: 1 }));
      // The endpoint is deleted while the worker sends to it: its delivery row goes with it.
      const send: typeof sendWebhook = async (request) => {
        if (request.url === doomed.url) await deleteWebhook({ actor: admin, webhookId: gone.id });
        return sendWebhook(request);
      };
      const pass = await deliverDueWebhooks({ workerId: "instance-a", send });
      expect(pass.delivered).toBe(1);
      expect(await db.webhookDelivery.findMany({ select: { status: true } })).toEqual([{ status: "DELIVERED" }]);
      // Nothing is sent again to the endpoint that remains.
      await drain(at(new Date(), 2 * WEBHOOK_CLAIM_MS));
      expect(kept.received).toHaveLength(1);
    } finally {
      await kept.close();
      await doomed.close();
    }
  });

  it("stopping (a shutdown) sends nothing new and gives the unsent claims back at once", async () => {
    const receiver = await startReceiver();
    try {
      await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.ready"] } });
      await db.$transaction(async (tx) => {
        for (let index = 0; index < 30; index += 1) await enqueueWebhookEvent(tx, "document.ready", { documentId: `stop-${index}`, lang: "en", paragraphs: 1 });
      });
      let sent = 0;
      const send: typeof sendWebhook = async (request) => {
        sent += 1;
        return sendWebhook(request);
      };
      const pass = await deliverDueWebhooks({ workerId: "stopping", send, shouldStop: () => sent >= 10 });
      expect(pass.claimed).toBe(30);
      expect(pass.delivered).toBe(sent);
      expect(sent).toBeLessThan(30);
      expect(await db.webhookDelivery.count({ where: { lockedBy: { not: null } } })).toBe(0);
      // Another instance takes the rest at once, without waiting for the claims to expire.
      const next = await deliverDueWebhooks({ workerId: "other" });
      expect(next.delivered).toBe(30 - sent);
      expect(new Set(receiver.received.map((request) => request.headers["webhook-id"])).size).toBe(30);
    } finally {
      await receiver.close();
    }
  });

  it("loses nothing in a crash: an event committed with no worker running, or a claim never recorded, is delivered by a new worker", async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.created"] } });
      // The change committed; the process died before any worker ran.
      await createSmallDocument(admin);
      await createSmallDocument(admin);
      // A worker claimed one of them and died before sending it.
      const now = new Date();
      const [claimed] = await db.webhookDelivery.findMany({ where: { webhookId: endpoint.id }, select: { id: true }, orderBy: { createdAt: "asc" } });
      await db.webhookDelivery.update({ where: { id: claimed.id }, data: { lockedBy: "dead-instance", lockedUntil: at(now, WEBHOOK_CLAIM_MS) } });
      // A new instance starts: it delivers the unclaimed one, leaves the claimed one while the claim holds...
      expect(await deliverDueWebhooks({ workerId: "new-instance", now })).toMatchObject({ claimed: 1, delivered: 1 });
      // ...and takes it over once the claim has expired.
      expect(await deliverDueWebhooks({ workerId: "new-instance", now: at(now, WEBHOOK_CLAIM_MS + 1) })).toMatchObject({ claimed: 1, delivered: 1 });
      expect(receiver.received).toHaveLength(2);
      expect(await db.webhookDelivery.count({ where: { webhookId: endpoint.id, status: "DELIVERED" } })).toBe(2);
    } finally {
      await receiver.close();
    }
  });

  it("signs with both secrets during a rotation's grace period, and with the new one only after it", async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.created"] } });
      const rotated = await rotateWebhookSecret({ actor: admin, webhookId: endpoint.id });
      expect(Date.parse(rotated.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
      await createSmallDocument(admin);
      await drain();
      const during = receiver.received[0];
      expect(String(during.headers["webhook-signature"]).split(" ")).toHaveLength(2);
      for (const secret of [endpoint.secret, rotated.secret]) expect(() => new Verifier(secret).verify(during.body, during.headers as Record<string, string>)).not.toThrow();

      // A rotation a day and more ago: its grace period is over.
      const later = await rotateWebhookSecret({ actor: admin, webhookId: endpoint.id, now: new Date(Date.now() - 25 * 3_600_000) });
      await createSmallDocument(admin);
      await drain();
      const after = receiver.received[1];
      expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(1);
      expect(() => new Verifier(later.secret).verify(after.body, after.headers as Record<string, string>)).not.toThrow();
      expect(() => new Verifier(rotated.secret).verify(after.body, after.headers as Record<string, string>)).toThrow();
    } finally {
      await receiver.close();
    }
  });

  it("redelivers on request with the same webhook-id", async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.created"] } });
      await createSmallDocument(admin);
      await drain();
      const [delivery] = (await listWebhookDeliveries({ actor: admin, input: { webhookId: endpoint.id } })).deliveries;
      const again = await redeliverWebhook({ actor: admin, input: { webhookId: endpoint.id, deliveryId: delivery.id } });
      expect(again).toMatchObject({ status: "PENDING", attempts: 0 });
      await drain();
      expect(receiver.received.map((request) => request.headers["webhook-id"])).toEqual([delivery.eventId, delivery.eventId]);
      expect(await db.auditEvent.count({ where: { action: "webhook.redelivered", entityId: endpoint.id } })).toBe(1);
      expect(await codeOf(redeliverWebhook({ actor: admin, input: { webhookId: endpoint.id, deliveryId: "nope" } }))).toBe("NOT_FOUND");
    } finally {
      await receiver.close();
    }
  });
});

describe("review and publishing events", () => {
  it("sends document.ready once when the last paragraph is approved, and publication.created with every export link", async () => {
    const receiver = await startReceiver();
    try {
      await createWebhook({ actor: admin, input: { url: receiver.url, events: ["document.ready", "publication.created"] } });
      const { document, untranslated } = await createSmallDocument(admin);
      const readyEvents = async () =>
        (await db.webhookEvent.findMany({ where: { type: "document.ready" }, select: { payload: true } })).map((event) => JSON.parse(event.payload).data).filter((data) => data.documentId === document.id);
      const saved = await saveSegment({ actor: admin, input: { segmentId: untranslated.id, targetText: "No doubt Modi will make friendly gestures.", version: untranslated.version } });
      // Everything but the paragraph just translated: not ready yet.
      const preview = await previewBulkApproval({ actor: admin, documentId: document.id });
      await bulkApproveSegments({ actor: admin, input: { documentId: document.id, segments: preview.segments.filter((segment) => segment.id !== untranslated.id) } });
      expect(await readyEvents()).toEqual([]);
      await reviewSegment({ actor: admin, input: { segmentId: untranslated.id, action: "approve", version: saved.segment.version } });
      expect(await readyEvents()).toEqual([{ documentId: document.id, lang: "en", paragraphs: 4 }]);
      // Approving again changes nothing and sends nothing.
      const approved = await db.segment.findFirstOrThrow({ where: { id: untranslated.id }, select: { version: true } });
      await codeOf(reviewSegment({ actor: admin, input: { segmentId: untranslated.id, action: "approve", version: approved.version } }));
      expect(await readyEvents()).toHaveLength(1);

      // A bulk approval that approves the last paragraphs makes another translation ready.
      const other = await createSmallDocument(admin);
      const filled = await saveSegment({ actor: admin, input: { segmentId: other.untranslated.id, targetText: "No doubt.", version: other.untranslated.version } });
      expect(filled.changed).toBe(true);
      const all = await previewBulkApproval({ actor: admin, documentId: other.document.id });
      await bulkApproveSegments({ actor: admin, input: { documentId: other.document.id, segments: all.segments } });
      const readyOther = (await db.webhookEvent.findMany({ where: { type: "document.ready" }, select: { payload: true } })).filter((event) => JSON.parse(event.payload).data.documentId === other.document.id);
      expect(readyOther).toHaveLength(1);

      const publication = await publishDocument({ actor: admin, input: { documentId: document.id, overrideReason: "test" } });
      await drain();
      const published = receiver.received.map((request) => JSON.parse(request.body)).find((body) => body.type === "publication.created");
      expect(published.data).toMatchObject({ documentId: document.id, lang: "en", version: publication.number, contentHash: publication.contentHash });
      expect(Object.keys(published.data.exports).sort()).toEqual([...EXPORT_FORMATS].sort());
      const html = new URL(published.data.exports.html);
      expect(html.pathname).toBe(`/api/documents/${document.id}/export`);
      expect(Object.fromEntries(html.searchParams)).toEqual({ format: "html", lang: "en", version: String(publication.number) });
    } finally {
      await receiver.close();
    }
  });

  it("sends document.ready with the import when a reviewer's file arrives fully approved", async () => {
    await createWebhook({ actor: admin, input: { url: "http://127.0.0.1:9/never", events: ["document.ready"] } });
    const { id: documentId } = await createDocument({
      actor: admin,
      input: {
        title: "Approved already",
        pairs: [
          { kind: "TITLE", sourceText: "Titre", targetText: "Title", state: "APPROVED" },
          { kind: "BODY", sourceText: "Un paragraphe.", targetText: "A paragraph.", state: "APPROVED" },
        ],
      },
    });
    const ready = (await db.webhookEvent.findMany({ where: { type: "document.ready" }, select: { payload: true } }))
      .map((event) => JSON.parse(event.payload).data)
      .filter((data) => data.documentId === documentId);
    expect(ready).toEqual([{ documentId, lang: "en", paragraphs: 2 }]);
  });

  it("documents every event's payload in the OpenAPI document's webhooks section", () => {
    const document = buildOpenApiDocument(API_CONTRACTS, "test") as unknown as { webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } } }> };
    expect(Object.keys(document.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    const publication = document.webhooks["publication.created"].post.requestBody.content["application/json"].schema;
    expect(Object.keys(publication.properties)).toEqual(["type", "timestamp", "data"]);
    expect(JSON.stringify(publication)).toContain("xliff20");
  });
});

afterAll(async () => {
  await db.webhook.deleteMany({});
});
