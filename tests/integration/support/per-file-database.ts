import { randomUUID } from "node:crypto";
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Runs before each test file's imports: the file's services then open its own database.
const template = inject("templateDatabase");
const file = path.join(path.dirname(template), `it-${randomUUID()}.db`);
copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;

afterAll(async () => {
  const { db } = await import("@/server/db");
  const { closeDocumentEvents } = await import("@/server/realtime/document-events");
  await closeDocumentEvents();
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
});
