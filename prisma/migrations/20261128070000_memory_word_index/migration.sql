-- CreateIndex
CREATE INDEX "MemoryUnit_id_sourceLang_targetLang_idx" ON "MemoryUnit"("id", "sourceLang", "targetLang");

-- The memory's word index (decision 020), which Prisma's schema cannot express: an FTS5 table
-- over the units' French as whole words (unicode61: accents and case ignored), its rows keyed by
-- the unit's integer id, kept by triggers in the same transaction as every change of a unit.
-- The suggestions' prefilter counts words in it and ranks units by the words they share (bm25).
-- The trigram table "MemoryUnitSearch" stays for the concordance, which searches any substring.
CREATE VIRTUAL TABLE "MemoryUnitWords" USING fts5(
    "sourceText",
    content = 'MemoryUnit', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "MemoryUnit_words_insert" AFTER INSERT ON "MemoryUnit" BEGIN
    INSERT INTO "MemoryUnitWords"(rowid, "sourceText") VALUES (new."id", new."sourceText");
END;

CREATE TRIGGER "MemoryUnit_words_delete" AFTER DELETE ON "MemoryUnit" BEGIN
    INSERT INTO "MemoryUnitWords"("MemoryUnitWords", rowid, "sourceText") VALUES ('delete', old."id", old."sourceText");
END;

CREATE TRIGGER "MemoryUnit_words_update" AFTER UPDATE OF "sourceText" ON "MemoryUnit" BEGIN
    INSERT INTO "MemoryUnitWords"("MemoryUnitWords", rowid, "sourceText") VALUES ('delete', old."id", old."sourceText");
    INSERT INTO "MemoryUnitWords"(rowid, "sourceText") VALUES (new."id", new."sourceText");
END;

INSERT INTO "MemoryUnitWords"("MemoryUnitWords") VALUES ('rebuild');
