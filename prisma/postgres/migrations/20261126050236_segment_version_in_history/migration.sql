-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "segmentVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "StateChange" ADD COLUMN     "segmentVersion" INTEGER NOT NULL DEFAULT 1;
