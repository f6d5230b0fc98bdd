import "server-only";
import { checkWebhookUrl } from "@/domain/webhooks/endpoint-url";
import { env } from "../../env";
import { AppError } from "../../errors";

/** The registration-time URL rule (domain/webhooks/endpoint-url.ts) as a translated refusal; the sender checks again on every connection. */
export function assertWebhookUrl(url: string): string {
  const check = checkWebhookUrl(url, env.WEBHOOK_ALLOWED_HOSTS);
  if (!check.ok) throw new AppError("INVALID_INPUT", { field: "url", reason: check.reason });
  return check.url.toString();
}
