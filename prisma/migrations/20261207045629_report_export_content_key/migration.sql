-- AlterTable
ALTER TABLE "ReportExport" ADD COLUMN "contentKey" TEXT;
