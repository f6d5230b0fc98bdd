import { defineConfig } from "prisma/config";

// `prisma generate` insists on locating a native schema engine it never runs, and
// downloading one fails on machines without internet. Pointing it at the Node binary
// satisfies the check; migrations run through scripts/migrate.js on the WebAssembly engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/vis-a-vis.db" },
});
