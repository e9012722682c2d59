-- CreateTable
CREATE TABLE "StoryReviewRekey" (
    "storyId" TEXT NOT NULL PRIMARY KEY,
    "keyedFor" TEXT NOT NULL,
    "changed" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StoryReviewRekey_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
