-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Document_lastActivityAt_id_idx" ON "Document"("lastActivityAt", "id");

-- Backfill: the latest change of each document or of any of its paragraphs, as the list showed it.
UPDATE "Document" SET "lastActivityAt" = GREATEST("updatedAt", coalesce((SELECT max("updatedAt") FROM "Segment" WHERE "Segment"."documentId" = "Document"."id"), "updatedAt"));
