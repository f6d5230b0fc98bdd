import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { WebhookDto } from "./webhook-dto.schema";
import { findWebhookDto } from "./webhook-dto";

export async function getWebhook({ actor, webhookId }: { actor: Actor; webhookId: string }): Promise<WebhookDto> {
  assertCan(actor, "webhooks:manage");
  return findWebhookDto(db, webhookId);
}
