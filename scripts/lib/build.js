// Builds the Next.js app only when its sources changed since the last build, so that
// `npm start` and the browser tests do not spend a minute rebuilding for nothing.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./run.js";

const SOURCE_DIRS = ["app", "components", "server", "domain", "locales", "types", "public", "prisma/seed"];
const SOURCE_FILES = ["next.config.js", "instrumentation.ts", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const STAMP = path.join(".next", "vis-a-vis-source-hash");

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield full;
  }
}

export function sourceHash(root) {
  const hash = createHash("sha256");
  const files = [...SOURCE_DIRS.flatMap((dir) => [...walk(path.join(root, dir))]), ...SOURCE_FILES.map((f) => path.join(root, f))];
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export async function ensureBuild(root, env) {
  const wanted = sourceHash(root);
  const stamp = path.join(root, STAMP);
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) {
    console.log("build: up to date");
    return;
  }
  console.log("build: sources changed, running next build (a minute or two on a small machine)…");
  await run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: root, env });
  writeFileSync(stamp, wanted);
}
