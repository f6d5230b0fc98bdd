// `npm start`: one command from a fresh clone to a running app. Creates the SQLite file,
// applies migrations, seeds demo data on first run only, builds if the sources changed,
// then serves http://localhost:$PORT (3000 by default). `--dev` runs `next dev` instead.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./lib/build.js";
import { resolveDatabaseUrl } from "./lib/database-url.js";
import { nodeMigrate, nodeSeed, run } from "./lib/run.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const isDev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

const env = {
  ...process.env,
  DATABASE_URL: resolveDatabaseUrl(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};

async function main() {
  process.chdir(root);
  await run(process.execPath, nodeMigrate, { env });
  await run(process.execPath, nodeSeed, { env });
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  if (isDev) {
    await run(process.execPath, [next, "dev", "-p", port], { env });
    return;
  }
  await ensureBuild(root, env);
  console.log(`start: serving http://localhost:${port}`);
  await run(process.execPath, [next, "start", "-p", port], { env: { ...env, NODE_ENV: "production" } });
}

main().catch((error) => {
  console.error(`start: ${error.message}`);
  process.exit(1);
});
