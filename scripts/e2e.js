// The browser tier: checks that Debian's Chromium is installed (it is never downloaded),
// builds the app if its sources changed, then runs Playwright. Extra arguments go to Playwright.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./lib/build.js";
import { run } from "./lib/run.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";

if (!existsSync(chromium)) {
  console.error(
    [
      `e2e: Chromium was not found at ${chromium}, so the browser tests cannot run.`,
      "     Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium",
      "     or point CHROMIUM_PATH at a Chromium or Chrome binary.",
      "     (Playwright's own browser download is not used: it needs internet access.)",
    ].join("\n"),
  );
  process.exit(1);
}

process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
try {
  await ensureBuild(root, env);
  await run(process.execPath, [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], { env });
} catch (error) {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
}
