import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { MAX_WEBHOOKS, type WebhookDto } from "./webhook-dto.schema";
import { toWebhookDtos, webhookSelect } from "./webhook-dto";

export async function listWebhooks({ actor }: { actor: Actor }): Promise<{ webhooks: WebhookDto[] }> {
  assertCan(actor, "webhooks:manage");
  const rows = await db.webhook.findMany({ orderBy: { createdAt: "desc" }, take: MAX_WEBHOOKS, select: webhookSelect });
  return { webhooks: await toWebhookDtos(db, rows) };
}

/** Endpoints switched off automatically, for the notice beside the administrator's menu entry. */
export async function countDisabledWebhooks({ actor }: { actor: Actor }): Promise<number> {
  assertCan(actor, "webhooks:manage");
  return db.webhook.count({ where: { isActive: false, disabledAt: { not: null } } });
}
