// Serves the built app for the browser tests on its own port and its own fresh SQLite file
// (tests/.tmp/e2e.db), migrated and seeded exactly as `npm start` does.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { nodeMigrate, nodeSeed, run } from "./lib/run.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.E2E_PORT ?? "3100";
const file = path.join(root, "tests", ".tmp", "e2e.db");

mkdirSync(path.dirname(file), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:${file}`,
  NEXTAUTH_URL: `http://localhost:${port}`,
  // A fresh secret per run: no session signed with a published value is ever accepted.
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXT_TELEMETRY_DISABLED: "1",
  // The webhook browser test's receiver listens on this machine over plain http.
  WEBHOOK_ALLOWED_HOSTS: process.env.WEBHOOK_ALLOWED_HOSTS ?? "127.0.0.1",
};

process.chdir(root);
await run(process.execPath, nodeMigrate, { env });
await run(process.execPath, nodeSeed, { env });
await run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
  env: { ...env, NODE_ENV: "production" },
});
