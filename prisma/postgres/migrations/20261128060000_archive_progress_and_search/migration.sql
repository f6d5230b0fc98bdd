-- CreateTable
CREATE TABLE "SegmentStateCount" (
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "state" "SegmentState" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SegmentStateCount_pkey" PRIMARY KEY ("documentId","lang","state")
);

-- CreateTable
CREATE TABLE "DocumentSearchEntry" (
    "rowId" SERIAL NOT NULL,
    "documentId" TEXT NOT NULL,
    "vector" tsvector,

    CONSTRAINT "DocumentSearchEntry_pkey" PRIMARY KEY ("rowId")
);

-- CreateIndex
CREATE UNIQUE INDEX "DocumentSearchEntry_documentId_key" ON "DocumentSearchEntry"("documentId");

-- CreateIndex
CREATE INDEX "DocumentSearchEntry_vector_idx" ON "DocumentSearchEntry" USING GIN ("vector");

-- AddForeignKey
ALTER TABLE "SegmentStateCount" ADD CONSTRAINT "SegmentStateCount_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSearchEntry" ADD CONSTRAINT "DocumentSearchEntry_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Each translation's progress (decision 025), which Prisma's schema cannot express: triggers
-- keep "SegmentStateCount" equal to a count of the current (not removed) paragraphs by
-- document, language and state, in the same transaction as every insert, state change, removal
-- or deletion of a paragraph, whichever code makes it.
CREATE FUNCTION "vav_segment_state_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD."removedInRevision" IS NULL THEN
        UPDATE "SegmentStateCount" SET "count" = "count" - 1
        WHERE "documentId" = OLD."documentId" AND "lang" = OLD."lang" AND "state" = OLD."state";
    END IF;
    IF TG_OP <> 'DELETE' AND NEW."removedInRevision" IS NULL THEN
        INSERT INTO "SegmentStateCount" ("documentId", "lang", "state", "count") VALUES (NEW."documentId", NEW."lang", NEW."state", 1)
        ON CONFLICT ("documentId", "lang", "state") DO UPDATE SET "count" = "SegmentStateCount"."count" + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Segment_state_count_change" AFTER INSERT OR DELETE ON "Segment"
    FOR EACH ROW EXECUTE FUNCTION "vav_segment_state_count"();

CREATE TRIGGER "Segment_state_count_update" AFTER UPDATE OF "state", "removedInRevision", "lang", "documentId" ON "Segment"
    FOR EACH ROW WHEN (OLD."state" IS DISTINCT FROM NEW."state" OR OLD."lang" IS DISTINCT FROM NEW."lang" OR OLD."documentId" IS DISTINCT FROM NEW."documentId"
        OR (OLD."removedInRevision" IS NULL) <> (NEW."removedInRevision" IS NULL))
    EXECUTE FUNCTION "vav_segment_state_count"();

INSERT INTO "SegmentStateCount" ("documentId", "lang", "state", "count")
SELECT "documentId", "lang", "state", COUNT(*) FROM "Segment" WHERE "removedInRevision" IS NULL GROUP BY "documentId", "lang", "state";

-- The documents' full-text index (decision 025): "DocumentSearchEntry"."vector" holds each
-- document's title (weight A) and current French (weight B) as words without accents or case,
-- not stemmed (the same matching as SQLite's FTS5 index), under a GIN index. The triggers keep it
-- current in the same transaction as every new document, new version of the French and change
-- of title; a deleted document's entry goes with it (foreign key).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION "vav_search" (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION "vav_search" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION "vav_document_search_vector"(p_title TEXT, p_content TEXT) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('vav_search', COALESCE(p_title, '')), 'A')
        || setweight(to_tsvector('vav_search', COALESCE((SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(COALESCE(p_content, '[]')::jsonb)), '')), 'B')
$$;

CREATE FUNCTION "vav_document_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "DocumentSearchEntry" ("documentId", "vector") VALUES (NEW."id", "vav_document_search_vector"(NEW."title", NULL));
    ELSE
        UPDATE "DocumentSearchEntry" SET "vector" = "vav_document_search_vector"(NEW."title", (
            SELECT "content" FROM "SourceRevision" WHERE "documentId" = NEW."id" ORDER BY "number" DESC LIMIT 1
        )) WHERE "documentId" = NEW."id";
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Document_search_insert" AFTER INSERT ON "Document"
    FOR EACH ROW EXECUTE FUNCTION "vav_document_search_document"();
CREATE TRIGGER "Document_search_title" AFTER UPDATE OF "title" ON "Document"
    FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title") EXECUTE FUNCTION "vav_document_search_document"();

-- A new version of the French is always the latest one: it replaces the indexed text.
CREATE FUNCTION "vav_document_search_source"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "DocumentSearchEntry" SET "vector" = "vav_document_search_vector"((SELECT "title" FROM "Document" WHERE "id" = NEW."documentId"), NEW."content")
    WHERE "documentId" = NEW."documentId";
    RETURN NULL;
END $$;

CREATE TRIGGER "SourceRevision_search_insert" AFTER INSERT ON "SourceRevision"
    FOR EACH ROW EXECUTE FUNCTION "vav_document_search_source"();

INSERT INTO "DocumentSearchEntry" ("documentId", "vector")
SELECT d."id", "vav_document_search_vector"(d."title", (SELECT r."content" FROM "SourceRevision" r WHERE r."documentId" = d."id" ORDER BY r."number" DESC LIMIT 1))
FROM "Document" d;
