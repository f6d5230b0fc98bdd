import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  // `server-only` throws outside React Server Components; tests call services directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
  "@": path.resolve(import.meta.dirname),
};

const integration = { include: ["tests/integration/**/*.test.ts"], environment: "node" as const, testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["domain/**/*.test.ts", "locales/**/*.test.ts", "components/**/*.test.ts", "server/**/*.test.ts"], environment: "node" },
      },
      {
        // Each file gets its own database file; running files in parallel is safe.
        resolve: { alias },
        test: {
          ...integration,
          name: "integration",
          globalSetup: ["tests/integration/support/global-setup.ts"],
          setupFiles: ["tests/integration/support/per-file-database.ts"],
        },
      },
      // The same integration tests on PostgreSQL, when TEST_DATABASE_URL names a server
      // (an administrative database such as postgres://postgres@127.0.0.1:5432/postgres).
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              resolve: { alias },
              test: {
                ...integration,
                name: "integration-postgres",
                globalSetup: ["tests/integration/support/global-setup-postgres.ts"],
                setupFiles: ["tests/integration/support/per-file-postgres.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
