import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  // `server-only` throws outside React Server Components; tests call services directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
  "@": path.resolve(import.meta.dirname),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["domain/**/*.test.ts", "locales/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/support/global-setup.ts"],
          setupFiles: ["tests/integration/support/per-file-database.ts"],
          // Each file gets its own database file; running files in parallel is safe.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
