// Fills the database named by DATABASE_URL (already migrated and seeded with the demo data)
// with the large test archive. Run with: node --conditions=react-server --import tsx tests/support/seed-archive.ts
import { db } from "../../server/db";
import { createArchive } from "./archive";

const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
await createArchive(db, admin.id);
await db.$disconnect();
