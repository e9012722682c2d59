-- CreateIndex
CREATE INDEX "Activity_subjectId_at_idx" ON "Activity"("subjectId", "at");
