-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IngestLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "batchId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "errorCode" TEXT,
    "articleId" TEXT,
    "storyId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IngestLink_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_IngestLink" ("articleId", "attempts", "batchId", "createdAt", "error", "errorCode", "id", "position", "state", "updatedAt", "url") SELECT "articleId", "attempts", "batchId", "createdAt", "error", "errorCode", "id", "position", "state", "updatedAt", "url" FROM "IngestLink";
DROP TABLE "IngestLink";
ALTER TABLE "new_IngestLink" RENAME TO "IngestLink";
CREATE INDEX "IngestLink_batchId_position_idx" ON "IngestLink"("batchId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
