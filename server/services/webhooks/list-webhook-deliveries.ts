import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { deliverySelect, toDeliveryDto } from "./delivery-dto";
import { listWebhookDeliveriesInput, type WebhookDeliveryPageDto } from "./list-webhook-deliveries.schema";

export async function listWebhookDeliveries({ actor, input }: { actor: Actor; input: unknown }): Promise<WebhookDeliveryPageDto> {
  assertCan(actor, "webhooks:manage");
  const { webhookId, page, pageSize, status } = parseInput(listWebhookDeliveriesInput, input);
  const endpoint = await db.webhook.findUnique({ where: { id: webhookId }, select: { id: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", { entity: "webhook" });
  const where = { webhookId, ...(status ? { status } : {}) };
  const total = await db.webhookDelivery.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pageCount);
  const rows = await db.webhookDelivery.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (current - 1) * pageSize, take: pageSize, select: deliverySelect });
  return { deliveries: rows.map(toDeliveryDto), page: current, pageSize, total, pageCount };
}
