-- AlterTable
ALTER TABLE "Article" ADD COLUMN "textChangedAt" DATETIME;
