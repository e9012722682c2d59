-- AlterTable
ALTER TABLE "Activity" ADD COLUMN "reviewId" TEXT;

-- Entries logged before: linked to the review still stored under the key they name (one whose key
-- has moved already cannot be told any more and keeps the key it names).
UPDATE "Activity" SET "reviewId" = (
    SELECT r."id" FROM "FlagReview" r WHERE r."scope" || '#' || r."flagKey" = "Activity"."subjectId"
) WHERE "action" LIKE 'review.%' AND "subjectId" IS NOT NULL;
