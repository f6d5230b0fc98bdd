-- CreateEnum
CREATE TYPE "MemoryOrigin" AS ENUM ('APPROVED', 'IMPORTED', 'TMX');

-- AlterEnum
ALTER TYPE "RevisionReason" ADD VALUE 'MEMORY';

-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" SERIAL NOT NULL,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "origin" "MemoryOrigin" NOT NULL,
    "segmentId" TEXT,
    "sentence" INTEGER NOT NULL DEFAULT 0,
    "documentId" TEXT,
    "documentTitle" TEXT NOT NULL DEFAULT '',
    "authorName" TEXT NOT NULL DEFAULT '',
    "approvedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemoryUnit_sourceLang_targetLang_sourceHash_idx" ON "MemoryUnit"("sourceLang", "targetLang", "sourceHash");

-- CreateIndex
CREATE INDEX "MemoryUnit_documentId_idx" ON "MemoryUnit"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryUnit_segmentId_sentence_key" ON "MemoryUnit"("segmentId", "sentence");

-- AddForeignKey
ALTER TABLE "MemoryUnit" ADD CONSTRAINT "MemoryUnit_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The memory's trigram indexes (decision 020), which Prisma's schema cannot express here:
-- pg_trgm GIN indexes on both texts serve the fuzzy prefilter (`%`, similarity) and the
-- concordance search (ILIKE '%phrase%'). PostgreSQL keeps them current in every transaction.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "MemoryUnit_sourceText_trgm_idx" ON "MemoryUnit" USING GIN ("sourceText" gin_trgm_ops);
CREATE INDEX "MemoryUnit_targetText_trgm_idx" ON "MemoryUnit" USING GIN ("targetText" gin_trgm_ops);
