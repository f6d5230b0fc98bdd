import "server-only";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** How long the secret before a rotation keeps signing deliveries beside the new one. */
export const SECRET_ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

/** A new signing secret in the Standard Webhooks form: "whsec_" and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export type SigningKeys = { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null };

/**
 * The Standard Webhooks headers of one attempt. The signature covers "id.timestamp.body" with the
 * endpoint's secret; during a rotation's grace period the previous secret's signature follows,
 * space-separated, so a receiver still holding the old secret verifies too (the specification's
 * multiple signatures). The timestamp is the attempt's, so a retry is not refused as stale.
 */
export function signWebhook(keys: SigningKeys, messageId: string, body: string, at: Date): Record<string, string> {
  const signatures = [new Webhook(keys.secret).sign(messageId, at, body)];
  if (keys.previousSecret && keys.previousSecretExpiresAt && keys.previousSecretExpiresAt > at) {
    signatures.push(new Webhook(keys.previousSecret).sign(messageId, at, body));
  }
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}
