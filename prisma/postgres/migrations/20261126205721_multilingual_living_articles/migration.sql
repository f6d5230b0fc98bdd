-- AlterEnum
-- Added values are not used in this migration (PostgreSQL allows that inside its transaction).
ALTER TYPE "RevisionReason" ADD VALUE 'SOURCE';
ALTER TYPE "RevisionReason" ADD VALUE 'SOURCE_MINOR';
ALTER TYPE "SegmentState" ADD VALUE 'OUTDATED';

-- CreateTable
CREATE TABLE "Translation" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceRevision" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "isMinor" BOOLEAN NOT NULL DEFAULT false,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceRevision_pkey" PRIMARY KEY ("id")
);

-- Data: every existing document keeps its translation (its former target language, with its
-- status) and gets source revision 1, its French as imported, authored by its creator. The
-- content hash is filled in by scripts/lib/migrations.js, as on SQLite.
INSERT INTO "Translation" ("id", "documentId", "lang", "status", "version", "createdAt", "updatedAt")
SELECT 'tr' || "id", "id", "targetLang", "status", 1, "createdAt", "updatedAt" FROM "Document";
INSERT INTO "SourceRevision" ("id", "documentId", "number", "authorId", "isMinor", "content", "contentHash", "createdAt")
SELECT 'sr' || d."id", d."id", 1, d."createdById", false,
  COALESCE((SELECT json_agg(s."sourceText" ORDER BY s."position", s."id")::text FROM "Segment" s WHERE s."documentId" = d."id"), '[]'),
  '', d."createdAt"
FROM "Document" d;

-- DropIndex
DROP INDEX "Publication_documentId_number_key";

-- DropIndex
DROP INDEX "Segment_documentId_position_idx";

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "sourceRevision" INTEGER NOT NULL DEFAULT 1;
UPDATE "Publication" p SET "lang" = t."lang" FROM "Translation" t WHERE t."documentId" = p."documentId";

-- AlterTable: a paragraph's id is its first row's id.
ALTER TABLE "Segment" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "paragraphId" TEXT,
ADD COLUMN     "previousSourceText" TEXT,
ADD COLUMN     "removedInRevision" INTEGER,
ADD COLUMN     "sourceRevision" INTEGER NOT NULL DEFAULT 1;
UPDATE "Segment" s SET "lang" = t."lang", "paragraphId" = s."id" FROM "Translation" t WHERE t."documentId" = s."documentId";
ALTER TABLE "Segment" ALTER COLUMN "paragraphId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Document" DROP COLUMN "status",
DROP COLUMN "targetLang",
ADD COLUMN     "sourceRevision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "targetLangs" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "Translation_documentId_lang_key" ON "Translation"("documentId", "lang");

-- CreateIndex
CREATE UNIQUE INDEX "SourceRevision_documentId_number_key" ON "SourceRevision"("documentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_documentId_lang_number_key" ON "Publication"("documentId", "lang", "number");

-- CreateIndex
CREATE INDEX "Segment_documentId_lang_position_idx" ON "Segment"("documentId", "lang", "position");

-- CreateIndex
CREATE INDEX "Segment_paragraphId_idx" ON "Segment"("paragraphId");

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRevision" ADD CONSTRAINT "SourceRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRevision" ADD CONSTRAINT "SourceRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
