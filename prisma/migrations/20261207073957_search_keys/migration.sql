-- DropIndex
DROP INDEX "Article_createdAt_id_title_outletId_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "titleKey" TEXT;

-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN "nameKey" TEXT;

-- AlterTable
ALTER TABLE "Story" ADD COLUMN "titleKey" TEXT;

-- Fill the search keys of rows written in plain ASCII (most of them), where
-- lower() folds as lib/text/search-key.ts does. A title or name with any other
-- character keeps a null key here; lib/services/search-keys.ts fills it before
-- the first search of a process (SQL has no portable way to drop accents).
UPDATE "Article" SET "titleKey" = lower("title") WHERE "title" NOT GLOB '*[^ -~]*';
UPDATE "Story" SET "titleKey" = lower("title") WHERE "title" NOT GLOB '*[^ -~]*';
UPDATE "Outlet" SET "nameKey" = lower("name") WHERE "name" NOT GLOB '*[^ -~]*';

-- CreateIndex
CREATE INDEX "Article_createdAt_id_titleKey_outletId_idx" ON "Article"("createdAt", "id", "titleKey", "outletId");

-- CreateIndex
CREATE INDEX "Outlet_nameKey_idx" ON "Outlet"("nameKey");
