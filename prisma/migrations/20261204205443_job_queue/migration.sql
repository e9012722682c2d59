-- AlterTable
ALTER TABLE "IngestLink" ADD COLUMN "jobId" TEXT;

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "concurrencyKey" TEXT,
    "groupId" TEXT,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "runAfter" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" TEXT,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReportExport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subject" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "hideDismissed" BOOLEAN NOT NULL DEFAULT true,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "jobId" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "body" BLOB,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Job_state_runAfter_idx" ON "Job"("state", "runAfter");

-- CreateIndex
CREATE INDEX "Job_state_leaseExpiresAt_idx" ON "Job"("state", "leaseExpiresAt");

-- CreateIndex
CREATE INDEX "Job_groupId_idx" ON "Job"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportExport_jobId_key" ON "ReportExport"("jobId");

-- CreateIndex
CREATE INDEX "ReportExport_subject_subjectId_idx" ON "ReportExport"("subject", "subjectId");

-- CreateIndex
CREATE INDEX "IngestLink_jobId_idx" ON "IngestLink"("jobId");
