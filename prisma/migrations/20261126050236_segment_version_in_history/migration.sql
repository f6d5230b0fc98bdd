-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "segmentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "segmentVersion" INTEGER NOT NULL DEFAULT 1,
    "batchId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("after", "authorId", "batchId", "before", "createdAt", "id", "reason", "segmentId") SELECT "after", "authorId", "batchId", "before", "createdAt", "id", "reason", "segmentId" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE INDEX "Revision_segmentId_createdAt_idx" ON "Revision"("segmentId", "createdAt");
CREATE INDEX "Revision_batchId_idx" ON "Revision"("batchId");
CREATE TABLE "new_StateChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "segmentId" TEXT NOT NULL,
    "fromState" TEXT NOT NULL,
    "toState" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "comment" TEXT,
    "segmentVersion" INTEGER NOT NULL DEFAULT 1,
    "batchId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StateChange_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StateChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_StateChange" ("actorId", "batchId", "comment", "createdAt", "fromState", "id", "segmentId", "toState") SELECT "actorId", "batchId", "comment", "createdAt", "fromState", "id", "segmentId", "toState" FROM "StateChange";
DROP TABLE "StateChange";
ALTER TABLE "new_StateChange" RENAME TO "StateChange";
CREATE INDEX "StateChange_segmentId_createdAt_idx" ON "StateChange"("segmentId", "createdAt");
CREATE INDEX "StateChange_batchId_idx" ON "StateChange"("batchId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
