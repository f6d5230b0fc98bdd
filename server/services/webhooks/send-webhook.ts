import "server-only";
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { checkWebhookUrl, hostOf, isBlockedAddress } from "@/domain/webhooks/endpoint-url";
import { env } from "../../env";

/** One attempt stops after this long, answered or not. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** At most this much of an answer is read; the rest is dropped. */
export const MAX_WEBHOOK_RESPONSE_BYTES = 64 * 1024;
/** The part of an answer (or of the error) kept in the delivery log. */
export const WEBHOOK_EXCERPT_CHARS = 1_000;

export type WebhookRequest = { url: string; headers: Record<string, string>; body: string };
/** statusCode null: no answer (refused, timed out, blocked address); `excerpt` then says why. */
export type WebhookResponse = { statusCode: number | null; excerpt: string };
export type SendWebhook = (request: WebhookRequest) => Promise<WebhookResponse>;

class BlockedAddressError extends Error {
  constructor(address: string) {
    super(`refused: ${address} is a private or reserved address (list the host in WEBHOOK_ALLOWED_HOSTS to allow it)`);
  }
}

/**
 * Resolves like dns.lookup, then refuses any private or reserved address: the check is made on
 * the address actually connected to, so a public name pointing inside (or rebinding to it
 * between registration and delivery) is refused too.
 */
export const lookupPublicAddress: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const blocked = addresses.find((entry) => isBlockedAddress(entry.address));
    if (blocked) return callback(new BlockedAddressError(blocked.address), "", 0);
    if ((options as LookupOptions).all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/**
 * Posts one delivery: https (or http to an allowed host), no redirect followed (a 3xx is a
 * failure), WEBHOOK_TIMEOUT_MS for the whole exchange, at most MAX_WEBHOOK_RESPONSE_BYTES read.
 * Never throws: a failure is an answer without a status, with the reason as its excerpt.
 */
export const sendWebhook: SendWebhook = (request) =>
  new Promise((resolve) => {
    const check = checkWebhookUrl(request.url, env.WEBHOOK_ALLOWED_HOSTS);
    if (!check.ok) return resolve({ statusCode: null, excerpt: `refused: ${check.reason}` });
    const { url, isAllowedHost } = check;
    // A literal address skips the lookup, so it is checked here (checkWebhookUrl did for URLs; this is the same rule).
    if (!isAllowedHost && isIP(hostOf(url)) && isBlockedAddress(hostOf(url))) return resolve({ statusCode: null, excerpt: new BlockedAddressError(hostOf(url)).message });
    let settled = false;
    const finish = (response: WebhookResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode: response.statusCode, excerpt: response.excerpt.slice(0, WEBHOOK_EXCERPT_CHARS) });
    };
    const client = url.protocol === "https:" ? https : http;
    const outgoing = client.request(
      url,
      {
        method: "POST",
        headers: { ...request.headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(request.body)), "user-agent": "Vis-a-vis-Webhooks/1" },
        // An allowed host may be on a private address (that is what allowing it means).
        ...(isAllowedHost ? {} : { lookup: lookupPublicAddress }),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => finish({ statusCode: response.statusCode ?? null, excerpt: Buffer.concat(chunks).toString("utf8") });
        response.on("data", (chunk: Buffer) => {
          if (size >= MAX_WEBHOOK_RESPONSE_BYTES) return;
          chunks.push(chunk.subarray(0, MAX_WEBHOOK_RESPONSE_BYTES - size));
          size += chunk.length;
          if (size >= MAX_WEBHOOK_RESPONSE_BYTES) {
            done();
            response.destroy();
          }
        });
        response.on("end", done);
        response.on("error", done);
      },
    );
    const timer = setTimeout(() => {
      finish({ statusCode: null, excerpt: `timed out after ${WEBHOOK_TIMEOUT_MS} ms` });
      outgoing.destroy();
    }, WEBHOOK_TIMEOUT_MS);
    outgoing.on("error", (error) => finish({ statusCode: null, excerpt: error.message }));
    outgoing.end(request.body);
  });
