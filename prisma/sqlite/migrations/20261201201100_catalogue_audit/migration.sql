-- AlterTable
ALTER TABLE "Group" ADD COLUMN "mergedIntoId" INTEGER;

-- AlterTable
ALTER TABLE "PeriodIndicator" ADD COLUMN "frozen" TEXT;
