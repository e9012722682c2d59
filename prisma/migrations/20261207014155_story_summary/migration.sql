-- AlterTable
ALTER TABLE "Story" ADD COLUMN "summary" TEXT;
ALTER TABLE "Story" ADD COLUMN "summaryAuthor" TEXT;
ALTER TABLE "Story" ADD COLUMN "summaryUpdatedAt" DATETIME;
