-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subjectId" TEXT,
    "text" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Activity_at_id_idx" ON "Activity"("at", "id");
