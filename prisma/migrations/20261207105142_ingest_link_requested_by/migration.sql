-- AlterTable
ALTER TABLE "IngestLink" ADD COLUMN "requestedBy" TEXT;
