-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "segmentId" TEXT,
    "sentence" INTEGER NOT NULL DEFAULT 0,
    "documentId" TEXT,
    "documentTitle" TEXT NOT NULL DEFAULT '',
    "authorName" TEXT NOT NULL DEFAULT '',
    "approvedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MemoryUnit_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MemoryUnit_sourceLang_targetLang_sourceHash_idx" ON "MemoryUnit"("sourceLang", "targetLang", "sourceHash");

-- CreateIndex
CREATE INDEX "MemoryUnit_documentId_idx" ON "MemoryUnit"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryUnit_segmentId_sentence_key" ON "MemoryUnit"("segmentId", "sentence");

-- The memory's full-text index (decision 020), which Prisma's schema cannot express: an FTS5
-- table over the units' two texts with the trigram tokenizer (any substring of three characters
-- or more, accents and case ignored), its rows keyed by the unit's integer id. The triggers keep
-- it current in the same transaction as every change of a unit.
CREATE VIRTUAL TABLE "MemoryUnitSearch" USING fts5(
    "sourceText", "targetText",
    content = 'MemoryUnit', content_rowid = 'id',
    tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER "MemoryUnit_search_insert" AFTER INSERT ON "MemoryUnit" BEGIN
    INSERT INTO "MemoryUnitSearch"(rowid, "sourceText", "targetText") VALUES (new."id", new."sourceText", new."targetText");
END;

CREATE TRIGGER "MemoryUnit_search_delete" AFTER DELETE ON "MemoryUnit" BEGIN
    INSERT INTO "MemoryUnitSearch"("MemoryUnitSearch", rowid, "sourceText", "targetText") VALUES ('delete', old."id", old."sourceText", old."targetText");
END;

CREATE TRIGGER "MemoryUnit_search_update" AFTER UPDATE OF "sourceText", "targetText" ON "MemoryUnit" BEGIN
    INSERT INTO "MemoryUnitSearch"("MemoryUnitSearch", rowid, "sourceText", "targetText") VALUES ('delete', old."id", old."sourceText", old."targetText");
    INSERT INTO "MemoryUnitSearch"(rowid, "sourceText", "targetText") VALUES (new."id", new."sourceText", new."targetText");
END;
