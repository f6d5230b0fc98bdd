import { randomUUID } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server for tests that need one (README, "Tests"); unset, those tests are skipped. */
export const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL;

async function runAsAdmin(sql: string) {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** Creates an empty database of the test's own on the test server; `drop` removes it, connections and all. */
export async function createScratchDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!POSTGRES_ADMIN_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await runAsAdmin(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => runAsAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
