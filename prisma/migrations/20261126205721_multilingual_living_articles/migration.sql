-- CreateTable
CREATE TABLE "Translation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'IN_PROGRESS',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Translation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "isMinor" BOOLEAN NOT NULL DEFAULT false,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SourceRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Data: every existing document keeps its translation (its former target language, with its
-- status) and gets source revision 1, its French as imported, authored by its creator. The
-- content hash is filled in by scripts/lib/migrations.js (SQLite has no sha256).
INSERT INTO "Translation" ("id", "documentId", "lang", "status", "version", "createdAt", "updatedAt")
SELECT 'tr' || "id", "id", "targetLang", "status", 1, "createdAt", "updatedAt" FROM "Document";
INSERT INTO "SourceRevision" ("id", "documentId", "number", "authorId", "isMinor", "content", "contentHash", "createdAt")
SELECT 'sr' || d."id", d."id", 1, d."createdById", false,
  (SELECT json_group_array("sourceText") FROM (SELECT "sourceText" FROM "Segment" s WHERE s."documentId" = d."id" ORDER BY "position", "id")),
  '', d."createdAt"
FROM "Document" d;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL DEFAULT 'fr',
    "sourceRevision" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("createdAt", "createdById", "id", "lastActivityAt", "sourceLang", "title", "updatedAt", "version") SELECT "createdAt", "createdById", "id", "lastActivityAt", "sourceLang", "title", "updatedAt", "version" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE INDEX "Document_createdAt_idx" ON "Document"("createdAt");
CREATE INDEX "Document_lastActivityAt_id_idx" ON "Document"("lastActivityAt", "id");
CREATE TABLE "new_Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'en',
    "sourceRevision" INTEGER NOT NULL DEFAULT 1,
    "number" INTEGER NOT NULL,
    "publishedById" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "overrideReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Publication_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Publication" ("content", "contentHash", "createdAt", "documentId", "id", "lang", "number", "overrideReason", "publishedById") SELECT "content", "contentHash", "createdAt", "documentId", "id", (SELECT t."lang" FROM "Translation" t WHERE t."documentId" = "Publication"."documentId"), "number", "overrideReason", "publishedById" FROM "Publication";
DROP TABLE "Publication";
ALTER TABLE "new_Publication" RENAME TO "Publication";
CREATE UNIQUE INDEX "Publication_documentId_lang_number_key" ON "Publication"("documentId", "lang", "number");
CREATE TABLE "new_Segment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'en',
    "paragraphId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'BODY',
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'UNTRANSLATED',
    "inlineCodes" TEXT,
    "sourceRevision" INTEGER NOT NULL DEFAULT 1,
    "removedInRevision" INTEGER,
    "previousSourceText" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastEditorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Segment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Segment_lastEditorId_fkey" FOREIGN KEY ("lastEditorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Segment" ("createdAt", "documentId", "id", "inlineCodes", "kind", "lang", "lastEditorId", "paragraphId", "position", "sourceText", "state", "targetText", "updatedAt", "version") SELECT "createdAt", "documentId", "id", "inlineCodes", "kind", (SELECT t."lang" FROM "Translation" t WHERE t."documentId" = "Segment"."documentId"), "lastEditorId", "id", "position", "sourceText", "state", "targetText", "updatedAt", "version" FROM "Segment";
DROP TABLE "Segment";
ALTER TABLE "new_Segment" RENAME TO "Segment";
CREATE INDEX "Segment_documentId_lang_position_idx" ON "Segment"("documentId", "lang", "position");
CREATE INDEX "Segment_paragraphId_idx" ON "Segment"("paragraphId");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'TRANSLATOR',
    "uiLanguage" TEXT NOT NULL DEFAULT 'en',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "targetLangs" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "email", "id", "isActive", "name", "passwordHash", "role", "sessionVersion", "uiLanguage", "updatedAt", "version") SELECT "createdAt", "email", "id", "isActive", "name", "passwordHash", "role", "sessionVersion", "uiLanguage", "updatedAt", "version" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Translation_documentId_lang_key" ON "Translation"("documentId", "lang");

-- CreateIndex
CREATE UNIQUE INDEX "SourceRevision_documentId_number_key" ON "SourceRevision"("documentId", "number");
