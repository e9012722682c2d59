-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IngestLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "batchId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "errorCode" TEXT,
    "articleId" TEXT,
    "storyId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "jobId" TEXT,
    "requestedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IngestLink_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Links queued before lists were kept: each batch is its own list (its positions count within it).
INSERT INTO "new_IngestLink" ("articleId", "attempts", "batchId", "listId", "createdAt", "error", "errorCode", "id", "jobId", "position", "requestedBy", "state", "storyId", "updatedAt", "url") SELECT "articleId", "attempts", "batchId", "batchId", "createdAt", "error", "errorCode", "id", "jobId", "position", "requestedBy", "state", "storyId", "updatedAt", "url" FROM "IngestLink";
DROP TABLE "IngestLink";
ALTER TABLE "new_IngestLink" RENAME TO "IngestLink";
CREATE INDEX "IngestLink_batchId_position_idx" ON "IngestLink"("batchId", "position");
CREATE INDEX "IngestLink_listId_articleId_idx" ON "IngestLink"("listId", "articleId");
CREATE INDEX "IngestLink_jobId_idx" ON "IngestLink"("jobId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
