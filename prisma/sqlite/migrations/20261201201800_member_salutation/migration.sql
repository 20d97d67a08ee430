-- AlterTable
ALTER TABLE "Member" ADD COLUMN "salutation" TEXT;
