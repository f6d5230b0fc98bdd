-- The documents list's order with each document's confidentiality (decision 028): someone who
-- may not see confidential articles gets their page and count from this index alone, without
-- reading each skipped document's row.
-- DropIndex
DROP INDEX "Document_lastActivityAt_id_idx";

-- CreateIndex
CREATE INDEX "Document_lastActivityAt_id_confidential_idx" ON "Document"("lastActivityAt", "id", "confidential");
