-- CreateIndex
CREATE INDEX "Activity_actor_at_id_idx" ON "Activity"("actor", "at", "id");
