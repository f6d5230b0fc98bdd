import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

const root = path.resolve(import.meta.dirname, "../../..");

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string;
    postgresAdminUrl: string;
  }
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * On PostgreSQL (TEST_DATABASE_URL), one database is migrated with the project's migration tool
 * and used as a template: each test file gets a fresh copy, dropped when the file ends.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const template = `vav_tpl_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  const result = spawnSync(
    process.execPath,
    ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl(adminUrl, template) }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`migrating the PostgreSQL template failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("postgresTemplate", template);
  project.provide("postgresAdminUrl", adminUrl);
  return async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  };
}
