-- AlterTable
ALTER TABLE "Invite" ADD COLUMN "replacesMemberId" INTEGER;
