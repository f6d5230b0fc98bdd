-- AlterTable
ALTER TABLE "Segment" ADD COLUMN "inlineCodes" TEXT;
