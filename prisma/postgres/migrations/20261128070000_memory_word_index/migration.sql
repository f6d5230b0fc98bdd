-- AlterTable
ALTER TABLE "MemoryUnit" ADD COLUMN     "sourceWords" tsvector;

-- CreateIndex
CREATE INDEX "MemoryUnit_id_sourceLang_targetLang_idx" ON "MemoryUnit"("id", "sourceLang", "targetLang");

-- CreateIndex
CREATE INDEX "MemoryUnit_sourceWords_idx" ON "MemoryUnit" USING GIN ("sourceWords");

-- The memory's word index (decision 020), which Prisma's schema cannot express: each unit's
-- French as words ("vav_search": the simple configuration with accents removed, case ignored),
-- kept by a trigger in the same transaction as every insert or change of a unit, whichever
-- code makes it. The suggestions' prefilter counts and looks up words in its GIN index; the
-- trigram indexes stay for the concordance, which searches any substring.
CREATE FUNCTION "vav_memory_unit_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."sourceWords" := to_tsvector('vav_search', NEW."sourceText");
    RETURN NEW;
END;
$$;

CREATE TRIGGER "MemoryUnit_words_insert" BEFORE INSERT ON "MemoryUnit"
    FOR EACH ROW EXECUTE FUNCTION "vav_memory_unit_words"();
CREATE TRIGGER "MemoryUnit_words_update" BEFORE UPDATE OF "sourceText" ON "MemoryUnit"
    FOR EACH ROW EXECUTE FUNCTION "vav_memory_unit_words"();

UPDATE "MemoryUnit" SET "sourceWords" = to_tsvector('vav_search', "sourceText");
