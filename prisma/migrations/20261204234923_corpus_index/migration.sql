-- Hand-edited: the three tables keyed by 52-bit hashes are WITHOUT ROWID
-- (SQLite), so each is one B-tree instead of a table plus its primary-key
-- index: half the writes per posting (docs/scale.md). Prisma's schema does
-- not express this and its diff does not see it; PostgreSQL has no rowid.
-- DropIndex
DROP INDEX "Article_storyId_idx";

-- CreateTable
CREATE TABLE "ArticleIndex" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "day" INTEGER,
    "vector" BLOB NOT NULL,
    "termKeys" BLOB NOT NULL,
    "passageKeys" BLOB NOT NULL,
    CONSTRAINT "ArticleIndex_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Term" (
    "hash" BIGINT NOT NULL PRIMARY KEY,
    "df" INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "TermPosting" (
    "hash" BIGINT NOT NULL,
    "seq" INTEGER NOT NULL,

    PRIMARY KEY ("hash", "seq")
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "PassagePosting" (
    "hash" BIGINT NOT NULL,
    "seq" INTEGER NOT NULL,
    "passage" INTEGER NOT NULL,

    PRIMARY KEY ("hash", "seq", "passage")
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "CorpusStat" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleIndex_articleId_key" ON "ArticleIndex"("articleId");

-- CreateIndex
CREATE INDEX "Article_storyId_id_idx" ON "Article"("storyId", "id");

-- CreateIndex
CREATE INDEX "Article_id_storyId_idx" ON "Article"("id", "storyId");

-- CreateIndex
CREATE INDEX "Story_updatedAt_idx" ON "Story"("updatedAt");
