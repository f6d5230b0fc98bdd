import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { TestProject } from "vitest/node";

const root = path.resolve(import.meta.dirname, "../../..");
const tmp = path.join(root, "tests", ".tmp");

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Builds one migrated SQLite file with the project's real migration tool; each test file
 * then works on its own copy, so files run in parallel without seeing each other's rows.
 */
export default function setup(project: TestProject) {
  mkdirSync(tmp, { recursive: true });
  const template = path.join(tmp, `template-${process.pid}.db`);
  rmSync(template, { force: true });
  const result = spawnSync(
    process.execPath,
    ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"],
    { cwd: root, env: { ...process.env, DATABASE_URL: `file:${template}` }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`migrating the test template failed:\n${result.stdout}\n${result.stderr}`);
  // The migration left its writes in the write-ahead log; fold them into the file so a
  // plain file copy carries the whole schema.
  const connection = new Database(template);
  connection.pragma("wal_checkpoint(TRUNCATE)");
  connection.pragma("journal_mode = DELETE");
  connection.close();
  project.provide("templateDatabase", template);
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${template}${suffix}`, { force: true });
  };
}
