// `npm start`: one command from a fresh clone to a running app. Creates the SQLite file,
// applies migrations, seeds demo data on first run only, builds if the sources changed,
// then serves http://localhost:$PORT (3000 by default) on 127.0.0.1 unless HOST says otherwise.
// `--dev` runs Next's development server instead. Both are served by scripts/server.js (graceful
// shutdown, request logs, metrics); SIGTERM and SIGINT are passed to it and `npm start` exits
// when it has shut down. Without NEXTAUTH_SECRET, a SQLite installation gets a
// random one, generated on the first run and kept beside the database.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./lib/build.js";
import { isPostgresUrl, resolveDatabaseUrl, sqliteFilePath } from "./lib/database-url.js";
import { authSecretProblem, loadOrCreateAuthSecret } from "../server/auth/secret-rules.js";
import { nodeMigrate, nodeSeed, run } from "./lib/run.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const isDev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
// The demo passwords are public: by default only this machine can reach the app.
const host = process.env.HOST ?? "127.0.0.1";
const databaseUrl = resolveDatabaseUrl();

/** The session-signing secret: the one given, or for SQLite the one kept beside the database. */
function resolveAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) {
    const problem = authSecretProblem(process.env.NEXTAUTH_SECRET);
    if (problem) throw new Error(`NEXTAUTH_SECRET is ${problem === "known" ? "a published value" : "too short"}: set a long random value (openssl rand -base64 32)`);
    return process.env.NEXTAUTH_SECRET;
  }
  if (isPostgresUrl(databaseUrl)) {
    throw new Error("set NEXTAUTH_SECRET to a long random value (openssl rand -base64 32), the same on every instance that shares this PostgreSQL database");
  }
  return loadOrCreateAuthSecret(sqliteFilePath(databaseUrl));
}

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};

/**
 * Runs the server and passes SIGTERM/SIGINT on to it (a deploy's stop signal reaches
 * `npm start`, not the server), then exits with the server's code once it has shut down.
 */
function serve(args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", ...options });
    const forward = (signal) => child.kill(signal);
    process.on("SIGTERM", forward);
    process.on("SIGINT", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGTERM", forward);
      process.off("SIGINT", forward);
      if (code === 0) resolve();
      else reject(new Error(`the server stopped (${signal ?? `exit ${code}`})`));
    });
  });
}

async function main() {
  process.chdir(root);
  env.NEXTAUTH_SECRET = resolveAuthSecret();
  await run(process.execPath, nodeMigrate, { env });
  await run(process.execPath, nodeSeed, { env });
  const server = path.join(root, "scripts", "server.js");
  if (isDev) {
    await serve([server, "--dev", "-p", port, "-H", host], { env });
    return;
  }
  await ensureBuild(root, env);
  console.log(`start: serving http://localhost:${port} (listening on ${host})`);
  await serve([server, "-p", port, "-H", host], { env: { ...env, NODE_ENV: "production" } });
}

main().catch((error) => {
  console.error(`start: ${error.message}`);
  process.exit(1);
});
