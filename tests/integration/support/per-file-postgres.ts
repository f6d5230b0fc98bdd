import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { adminQuery, databaseUrl } from "./global-setup-postgres";

// Runs before each test file's imports: the file's services then open its own database.
const adminUrl = inject("postgresAdminUrl");
const database = `vav_it_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
await adminQuery(adminUrl, `CREATE DATABASE "${database}" TEMPLATE "${inject("postgresTemplate")}"`);
process.env.DATABASE_URL = databaseUrl(adminUrl, database);

afterAll(async () => {
  const { db } = await import("@/server/db");
  const { closeDocumentEvents } = await import("@/server/realtime/document-events");
  await closeDocumentEvents();
  await db.$disconnect();
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});
