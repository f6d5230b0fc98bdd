// `npm test`: every tier, in order: static checks (TypeScript, ESLint), unit (domain, the editor's state rules),
// integration (services on real SQLite files, and on PostgreSQL when TEST_DATABASE_URL is set),
// end-to-end (Chromium). Each tier runs even if
// an earlier one failed, so one run shows everything that is broken. Ends with one line
// "Tests: N passed, N failed" over all tiers; the exit code is non-zero if anything failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./lib/run.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(root, "tests", ".tmp", "reports");
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);
const vitest = bin("vitest", "vitest.mjs");

mkdirSync(reports, { recursive: true });

/** Reads passed/failed/skipped counts from a vitest or Playwright JSON report. */
function countsFrom(report) {
  if (!existsSync(report)) return null;
  const data = JSON.parse(readFileSync(report, "utf8"));
  if (data.stats) {
    return { passed: data.stats.expected + data.stats.flaky, failed: data.stats.unexpected, skipped: data.stats.skipped };
  }
  return { passed: data.numPassedTests, failed: data.numFailedTests, skipped: data.numPendingTests + data.numTodoTests };
}

const vitestTier = (project) => [vitest, "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, `${project}.json`)}`];

const tiers = [
  { name: "type check", args: [bin("typescript", "bin/tsc"), "--noEmit"] },
  { name: "lint", args: [bin("eslint", "bin/eslint.js"), "."] },
  { name: "unit", args: vitestTier("unit"), report: path.join(reports, "unit.json") },
  { name: "integration (SQLite)", args: vitestTier("integration"), report: path.join(reports, "integration.json") },
  // The same tests on PostgreSQL when TEST_DATABASE_URL names a server (see README).
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "integration (PostgreSQL)", args: vitestTier("integration-postgres"), report: path.join(reports, "integration-postgres.json") }]
    : []),
  { name: "end-to-end", args: [path.join(root, "scripts", "e2e.js")], report: path.join(reports, "e2e.json") },
];

const failedTiers = [];
const total = { passed: 0, failed: 0, skipped: 0 };
for (const tier of tiers) {
  console.log(`\n=== ${tier.name} ===`);
  if (tier.report) rmSync(tier.report, { force: true });
  let ok = true;
  try {
    await run(process.execPath, tier.args, { cwd: root });
  } catch {
    ok = false;
  }
  const counts = tier.report ? countsFrom(tier.report) : null;
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  // A tier that failed before running its tests (or ran none) must not pass unnoticed.
  if (!ok || (tier.report && (!counts || counts.passed === 0))) failedTiers.push(tier.name);
}

console.log(failedTiers.length === 0 ? "\nAll test tiers passed." : `\nFailed tiers: ${failedTiers.join(", ")}`);
if (failedTiers.length > 0 && total.failed === 0) total.failed = failedTiers.length;
console.log(`Tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(failedTiers.length === 0 ? 0 : 1);
