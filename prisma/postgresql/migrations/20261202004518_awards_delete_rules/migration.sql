-- DropForeignKey
ALTER TABLE "NominationLine" DROP CONSTRAINT "NominationLine_formId_fkey";

-- DropForeignKey
ALTER TABLE "AwardDecision" DROP CONSTRAINT "AwardDecision_formId_fkey";

-- DropForeignKey
ALTER TABLE "AwardDecision" DROP CONSTRAINT "AwardDecision_correctsId_fkey";

-- AddForeignKey
ALTER TABLE "NominationLine" ADD CONSTRAINT "NominationLine_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "AwardDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
