-- DropIndex
DROP INDEX "Article_contentHash_key";

-- CreateIndex
CREATE INDEX "Article_contentHash_idx" ON "Article"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_outletId_key" ON "Article"("contentHash", "outletId");
