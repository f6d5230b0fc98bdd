import "server-only";
import { z } from "zod";

/**
 * The local-only signing secret, so `npm start` works on a fresh clone. Anyone who knows
 * it can forge sessions: production deployments must set NEXTAUTH_SECRET.
 */
export const DEFAULT_AUTH_SECRET = "vis-a-vis-local-development-secret-change-me";

const schema = z.object({
  DATABASE_URL: z.string().trim().min(1).default("file:./data/vis-a-vis.db"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").default(DEFAULT_AUTH_SECRET),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Connections per app instance when DATABASE_URL is PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
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
  if (parsed.data.NODE_ENV === "production" && parsed.data.NEXTAUTH_SECRET === DEFAULT_AUTH_SECRET && !isBuilding) {
    console.warn(
      [
        "",
        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        "!! WARNING: Vis-à-vis is running in production mode with the default   !!",
        "!! NEXTAUTH_SECRET. Anyone can forge a session. Set NEXTAUTH_SECRET to !!",
        "!! a long random value (openssl rand -base64 32) before real use.      !!",
        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        "",
      ].join("\n"),
    );
  }
  return parsed.data;
}

export const env = loadEnv();
