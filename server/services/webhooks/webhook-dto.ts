import "server-only";
import { parseEventTypes } from "@/domain/webhooks/events";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";
import type { WebhookDto } from "./webhook-dto.schema";

export const webhookSelect = {
  id: true,
  url: true,
  events: true,
  isActive: true,
  disabledAt: true,
  disabledReason: true,
  consecutiveFailures: true,
  previousSecretExpiresAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

type WebhookRow = {
  id: string;
  url: string;
  events: string;
  isActive: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  consecutiveFailures: number;
  previousSecretExpiresAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** Endpoints with their pending and failed delivery counts (two grouped queries, bounded by MAX_WEBHOOKS). */
export async function toWebhookDtos(client: Db | Tx, rows: WebhookRow[], now = new Date()): Promise<WebhookDto[]> {
  const ids = rows.map((row) => row.id);
  const counts = ids.length === 0 ? [] : await client.webhookDelivery.groupBy({ by: ["webhookId", "status"], where: { webhookId: { in: ids }, status: { in: ["PENDING", "FAILED"] } }, _count: { _all: true } });
  const count = (id: string, status: string) => counts.find((row) => row.webhookId === id && row.status === status)?._count._all ?? 0;
  return rows.map((row) => ({
    id: row.id,
    url: row.url,
    events: parseEventTypes(row.events),
    isActive: row.isActive,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    disabledReason: row.disabledReason === "consecutive-failures" || row.disabledReason === "retries-exhausted" ? row.disabledReason : null,
    consecutiveFailures: row.consecutiveFailures,
    previousSecretExpiresAt: row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? row.previousSecretExpiresAt.toISOString() : null,
    pendingDeliveries: count(row.id, "PENDING"),
    failedDeliveries: count(row.id, "FAILED"),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function findWebhookDto(client: Db | Tx, id: string): Promise<WebhookDto> {
  const row = await client.webhook.findUnique({ where: { id }, select: webhookSelect });
  if (!row) throw new AppError("NOT_FOUND", { entity: "webhook" });
  return (await toWebhookDtos(client, [row]))[0];
}
