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
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "df" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "TermPosting" (
    "termId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,

    PRIMARY KEY ("termId", "seq")
);

-- CreateTable
CREATE TABLE "PassagePosting" (
    "hash" BIGINT NOT NULL,
    "seq" INTEGER NOT NULL,
    "passage" INTEGER NOT NULL,

    PRIMARY KEY ("hash", "seq", "passage")
);

-- CreateTable
CREATE TABLE "CorpusStat" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleIndex_articleId_key" ON "ArticleIndex"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Term_key_key" ON "Term"("key");

-- CreateIndex
CREATE INDEX "Story_updatedAt_idx" ON "Story"("updatedAt");
