-- CreateTable
CREATE TABLE "StoryRekeyMark" (
    "storyId" TEXT NOT NULL PRIMARY KEY,
    "keyedFor" TEXT NOT NULL,
    "changed" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StoryRekeyMark_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
