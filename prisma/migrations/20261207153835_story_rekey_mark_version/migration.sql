-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StoryRekeyMark" (
    "storyId" TEXT NOT NULL PRIMARY KEY,
    "keyedFor" TEXT NOT NULL,
    "changed" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 0,
    "writing" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StoryRekeyMark_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StoryRekeyMark" ("changed", "createdAt", "keyedFor", "storyId", "updatedAt") SELECT "changed", "createdAt", "keyedFor", "storyId", "updatedAt" FROM "StoryRekeyMark";
DROP TABLE "StoryRekeyMark";
ALTER TABLE "new_StoryRekeyMark" RENAME TO "StoryRekeyMark";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
