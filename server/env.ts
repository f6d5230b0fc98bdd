import "server-only";
import { z } from "zod";
import { parseAllowedHosts } from "@/domain/webhooks/endpoint-url";
import { authSecretProblem } from "./auth/secret-rules.js";

const schema = z.object({
  DATABASE_URL: z.string().trim().min(1).default("file:./data/vis-a-vis.db"),
  /** Signs session cookies. `npm start` generates one for a SQLite installation; required in production. */
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  /** The app's public address; state-changing API requests must come from it (or from the address they were sent to). */
  NEXTAUTH_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Connections per app instance when DATABASE_URL is PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * "true" only when a proxy you run sets X-Forwarded-For (and overwrites what clients send):
   * sign-in failures are then also limited per address, read from its first entry. Otherwise
   * anyone could pick the address, so sign-ins are limited per account only (decision 012).
   */
  /**
   * Addresses allowed to read GET /api/metrics without signing in, comma-separated, exact
   * (IPv4 or IPv6; an IPv4-mapped IPv6 address counts as its IPv4). Loopback by default.
   */
  METRICS_ALLOWED_ADDRESSES: z
    .string()
    .default("127.0.0.1,::1")
    .transform((value) =>
      value
        .split(",")
        .map((address) => address.trim())
        .filter(Boolean),
    ),
  TRUST_PROXY: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((value) => value === "true"),
  /**
   * API requests allowed per minute to each API token (requests with `Authorization: Bearer`)
   * and to each signed-in account (requests with the session cookie); the next one is answered
   * 429 with Retry-After until the minute is over (decision 016).
   */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  /**
   * Webhook endpoint host names (no ports, comma-separated) that may be reached over plain http
   * and at private addresses, e.g. "127.0.0.1" for a receiver on the same machine. Every other
   * endpoint must be https at a public address (decision 017).
   */
  /**
   * "false" skips the demo accounts and article on first start, and keeps the sign-in page from
   * listing demo accounts that may still exist (decision 022).
   */
  SEED_DEMO_DATA: z
    .enum(["true", "false", ""])
    .default("true")
    .transform((value) => value !== "false"),
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((value) => parseAllowedHosts(value)),
});

export type Env = z.infer<typeof schema>;

function loadEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  // Not during `next build`, which loads this module in production mode but serves nothing.
  const isBuilding = process.env.NEXT_PHASE === "phase-production-build";
  const problem = authSecretProblem(parsed.data.NEXTAUTH_SECRET);
  if (parsed.data.NODE_ENV === "production" && !isBuilding && problem) {
    throw new Error(
      `NEXTAUTH_SECRET is ${problem === "missing" ? "not set" : problem === "known" ? "a published value" : "too short"}: anyone could forge a session. ` +
        "Set it to a long random value (openssl rand -base64 32), the same on every instance, or start with `npm start`, which generates one.",
    );
  }
  return parsed.data;
}

export const env = loadEnv();
