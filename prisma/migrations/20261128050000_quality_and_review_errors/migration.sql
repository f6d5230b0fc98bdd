-- CreateTable
CREATE TABLE "ReviewError" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "segmentId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "penalty" INTEGER NOT NULL,
    "stateChangeId" TEXT,
    "revisionId" TEXT,
    "dismissalId" TEXT,
    "checkId" TEXT,
    "translatorId" TEXT,
    "actorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewError_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewError_translatorId_fkey" FOREIGN KEY ("translatorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReviewError_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualitySetting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "maxPenaltyPer1000Words" REAL NOT NULL,
    "isBlocking" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QualitySetting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualitySnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "words" INTEGER NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "penaltyPoints" INTEGER NOT NULL,
    "maxPenaltyPer1000Words" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QualitySnapshot_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualityShare" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "snapshotId" TEXT NOT NULL,
    "translatorId" TEXT NOT NULL,
    "words" INTEGER NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "penaltyPoints" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "QualityShare_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "QualitySnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QualityShare_translatorId_fkey" FOREIGN KEY ("translatorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReviewError_documentId_lang_idx" ON "ReviewError"("documentId", "lang");

-- CreateIndex
CREATE INDEX "ReviewError_segmentId_idx" ON "ReviewError"("segmentId");

-- CreateIndex
CREATE INDEX "ReviewError_createdAt_idx" ON "ReviewError"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QualitySnapshot_publicationId_key" ON "QualitySnapshot"("publicationId");

-- CreateIndex
CREATE INDEX "QualitySnapshot_createdAt_idx" ON "QualitySnapshot"("createdAt");

-- CreateIndex
CREATE INDEX "QualityShare_createdAt_idx" ON "QualityShare"("createdAt");
