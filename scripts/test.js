// `npm test`: every tier, in order: unit (domain), integration (services on real SQLite
// files), end-to-end (Chromium). Each tier runs even if an earlier one failed, so one run
// shows everything that is broken; the exit code is non-zero if any tier failed.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./lib/run.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");

const tiers = [
  ["unit", [vitest, "run", "--project", "unit"]],
  ["integration", [vitest, "run", "--project", "integration"]],
  ["end-to-end", [path.join(root, "scripts", "e2e.js")]],
];

const failed = [];
for (const [name, args] of tiers) {
  console.log(`\n=== ${name} tests ===`);
  try {
    await run(process.execPath, args, { cwd: root });
  } catch {
    failed.push(name);
  }
}
console.log(failed.length === 0 ? "\nAll test tiers passed." : `\nFailed tiers: ${failed.join(", ")}`);
process.exit(failed.length === 0 ? 0 : 1);
