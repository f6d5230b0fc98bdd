-- CreateTable
CREATE TABLE "SegmentStateCount" (
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("documentId", "lang", "state"),
    CONSTRAINT "SegmentStateCount_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentSearchEntry" (
    "rowId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" TEXT NOT NULL,
    CONSTRAINT "DocumentSearchEntry_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DocumentSearchEntry_documentId_key" ON "DocumentSearchEntry"("documentId");

-- Each translation's progress (decision 025), which Prisma's schema cannot express: triggers
-- keep "SegmentStateCount" equal to a count of the current (not removed) paragraphs by
-- document, language and state, in the same transaction as every insert, state change, removal
-- or deletion of a paragraph, whichever code makes it.
CREATE TRIGGER "Segment_state_count_insert" AFTER INSERT ON "Segment" WHEN new."removedInRevision" IS NULL BEGIN
    INSERT INTO "SegmentStateCount" ("documentId", "lang", "state", "count") VALUES (new."documentId", new."lang", new."state", 1)
    ON CONFLICT ("documentId", "lang", "state") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "Segment_state_count_delete" AFTER DELETE ON "Segment" WHEN old."removedInRevision" IS NULL BEGIN
    UPDATE "SegmentStateCount" SET "count" = "count" - 1
    WHERE "documentId" = old."documentId" AND "lang" = old."lang" AND "state" = old."state";
END;

CREATE TRIGGER "Segment_state_count_update" AFTER UPDATE OF "state", "removedInRevision", "lang", "documentId" ON "Segment"
WHEN old."state" IS NOT new."state" OR old."lang" IS NOT new."lang" OR old."documentId" IS NOT new."documentId"
    OR (old."removedInRevision" IS NULL) <> (new."removedInRevision" IS NULL)
BEGIN
    UPDATE "SegmentStateCount" SET "count" = "count" - 1
    WHERE old."removedInRevision" IS NULL AND "documentId" = old."documentId" AND "lang" = old."lang" AND "state" = old."state";
    INSERT INTO "SegmentStateCount" ("documentId", "lang", "state", "count")
    SELECT new."documentId", new."lang", new."state", 1 WHERE new."removedInRevision" IS NULL
    ON CONFLICT ("documentId", "lang", "state") DO UPDATE SET "count" = "count" + 1;
END;

INSERT INTO "SegmentStateCount" ("documentId", "lang", "state", "count")
SELECT "documentId", "lang", "state", COUNT(*) FROM "Segment" WHERE "removedInRevision" IS NULL GROUP BY "documentId", "lang", "state";

-- The documents' full-text index (decision 025): a contentless FTS5 table (the text stays in
-- "Document" and "SourceRevision", not a second time here) over each document's title and its
-- current French, words matched without accents or case. Its rows are keyed by
-- "DocumentSearchEntry"."rowId"; the triggers keep it current in the same transaction as every
-- new document, new version of the French, change of title and deletion.
CREATE VIRTUAL TABLE "DocumentSearch" USING fts5(
    "title", "body",
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Document_search_insert" AFTER INSERT ON "Document" BEGIN
    INSERT INTO "DocumentSearchEntry" ("documentId") VALUES (new."id");
    INSERT INTO "DocumentSearch" (rowid, "title", "body")
    SELECT "rowId", new."title", '' FROM "DocumentSearchEntry" WHERE "documentId" = new."id";
END;

CREATE TRIGGER "Document_search_title" AFTER UPDATE OF "title" ON "Document" WHEN old."title" IS NOT new."title" BEGIN
    DELETE FROM "DocumentSearch" WHERE rowid = (SELECT "rowId" FROM "DocumentSearchEntry" WHERE "documentId" = new."id");
    INSERT INTO "DocumentSearch" (rowid, "title", "body")
    SELECT e."rowId", new."title", COALESCE((
        SELECT group_concat(j.value, ' ') FROM "SourceRevision" r, json_each(r."content") j
        WHERE r."documentId" = new."id" AND r."number" = (SELECT MAX("number") FROM "SourceRevision" WHERE "documentId" = new."id")
    ), '')
    FROM "DocumentSearchEntry" e WHERE e."documentId" = new."id";
END;

-- A new version of the French is always the latest one: it replaces the indexed text.
CREATE TRIGGER "SourceRevision_search_insert" AFTER INSERT ON "SourceRevision" BEGIN
    DELETE FROM "DocumentSearch" WHERE rowid = (SELECT "rowId" FROM "DocumentSearchEntry" WHERE "documentId" = new."documentId");
    INSERT INTO "DocumentSearch" (rowid, "title", "body")
    SELECT e."rowId", d."title", COALESCE((SELECT group_concat(j.value, ' ') FROM json_each(new."content") j), '')
    FROM "DocumentSearchEntry" e JOIN "Document" d ON d."id" = e."documentId" WHERE e."documentId" = new."documentId";
END;

CREATE TRIGGER "DocumentSearchEntry_delete" AFTER DELETE ON "DocumentSearchEntry" BEGIN
    DELETE FROM "DocumentSearch" WHERE rowid = old."rowId";
END;

INSERT INTO "DocumentSearchEntry" ("documentId") SELECT "id" FROM "Document";
INSERT INTO "DocumentSearch" (rowid, "title", "body")
SELECT e."rowId", d."title", COALESCE((
    SELECT group_concat(j.value, ' ') FROM "SourceRevision" r, json_each(r."content") j
    WHERE r."documentId" = d."id" AND r."number" = (SELECT MAX("number") FROM "SourceRevision" WHERE "documentId" = d."id")
), '')
FROM "DocumentSearchEntry" e JOIN "Document" d ON d."id" = e."documentId";
