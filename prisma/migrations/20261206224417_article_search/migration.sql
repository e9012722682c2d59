-- DropIndex
DROP INDEX "Article_createdAt_idx";

-- CreateIndex
CREATE INDEX "Article_createdAt_id_title_outletId_idx" ON "Article"("createdAt", "id", "title", "outletId");
