import "server-only";
import { isWebhookEventType } from "@/domain/webhooks/events";
import type { WebhookDeliveryDto } from "./list-webhook-deliveries.schema";
import { ATTEMPTS_SHOWN } from "./list-webhook-deliveries.schema";

export const deliverySelect = {
  id: true,
  eventId: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  event: { select: { type: true } },
  attemptLog: {
    orderBy: { attemptedAt: "desc" },
    take: ATTEMPTS_SHOWN,
    select: { attemptedAt: true, statusCode: true, succeeded: true, durationMs: true, responseExcerpt: true },
  },
} as const;

type DeliveryRow = {
  id: string;
  eventId: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
  event: { type: string };
  attemptLog: { attemptedAt: Date; statusCode: number | null; succeeded: boolean; durationMs: number; responseExcerpt: string }[];
};

export function toDeliveryDto(row: DeliveryRow): WebhookDeliveryDto {
  const status = row.status === "DELIVERED" || row.status === "FAILED" ? row.status : "PENDING";
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: isWebhookEventType(row.event.type) ? row.event.type : "document.created",
    status,
    attempts: row.attempts,
    nextAttemptAt: status === "PENDING" ? row.nextAttemptAt.toISOString() : null,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    attemptLog: row.attemptLog.map((attempt) => ({ ...attempt, attemptedAt: attempt.attemptedAt.toISOString() })),
  };
}
