-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('ca_nhan', 'ho_gia_dinh', 'tap_the');

-- CreateEnum
CREATE TYPE "AwardFormKind" AS ENUM ('giay_khen', 'danh_hieu');

-- CreateEnum
CREATE TYPE "RoundingMode" AS ENUM ('up', 'down', 'nearest', 'none');

-- CreateEnum
CREATE TYPE "VotePassRule" AS ENUM ('of_cast', 'of_members', 'unanimous');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('draft', 'submitted');

-- CreateEnum
CREATE TYPE "NominationLineStatus" AS ENUM ('draft', 'submitted', 'accepted', 'returned');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('agree', 'disagree');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('draft', 'signed');

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "viceChair" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "BaseSalary" (
    "id" SERIAL NOT NULL,
    "validFrom" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BaseSalary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardSettings" (
    "id" SERIAL NOT NULL,
    "wardId" INTEGER NOT NULL,
    "roundingMode" "RoundingMode" NOT NULL DEFAULT 'up',
    "roundingStep" INTEGER NOT NULL DEFAULT 10000,
    "votePassRule" "VotePassRule" NOT NULL DEFAULT 'of_members',
    "votePassPercent" INTEGER NOT NULL DEFAULT 50,
    "postingDays" INTEGER NOT NULL DEFAULT 10,
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "decisionSymbol" TEXT NOT NULL DEFAULT 'QĐ-UBND',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AwardSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardForm" (
    "id" SERIAL NOT NULL,
    "wardId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "AwardFormKind" NOT NULL,
    "certificateTitle" TEXT NOT NULL DEFAULT 'GIẤY KHEN',
    "titleName" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardRate" (
    "id" SERIAL NOT NULL,
    "formId" INTEGER NOT NULL,
    "recipientKind" "RecipientKind" NOT NULL,
    "coefficientMilli" INTEGER NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "legalBasis" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AwardRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" SERIAL NOT NULL,
    "wardId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "status" "NominationStatus" NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationLine" (
    "id" SERIAL NOT NULL,
    "nominationId" INTEGER NOT NULL,
    "formId" INTEGER NOT NULL,
    "recipientKind" "RecipientKind" NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "position" TEXT NOT NULL DEFAULT '',
    "achievement" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "status" "NominationLineStatus" NOT NULL DEFAULT 'draft',
    "returnReason" TEXT,
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NominationLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardPosting" (
    "id" SERIAL NOT NULL,
    "wardId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "startDate" TEXT NOT NULL,
    "days" INTEGER NOT NULL DEFAULT 10,
    "place" TEXT NOT NULL DEFAULT '',
    "recordedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingComment" (
    "id" SERIAL NOT NULL,
    "postingId" INTEGER NOT NULL,
    "lineId" INTEGER,
    "text" TEXT NOT NULL,
    "recordedById" INTEGER,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostingComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilVote" (
    "id" SERIAL NOT NULL,
    "wardId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedById" INTEGER,
    "closedAt" TIMESTAMP(3),
    "closedById" INTEGER,

    CONSTRAINT "CouncilVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilVoteLine" (
    "voteId" INTEGER NOT NULL,
    "lineId" INTEGER NOT NULL,
    "passed" BOOLEAN,

    CONSTRAINT "CouncilVoteLine_pkey" PRIMARY KEY ("voteId","lineId")
);

-- CreateTable
CREATE TABLE "CouncilBallot" (
    "id" SERIAL NOT NULL,
    "voteId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "lineId" INTEGER,
    "choice" "VoteChoice" NOT NULL,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardDecision" (
    "id" SERIAL NOT NULL,
    "wardId" INTEGER NOT NULL,
    "periodId" INTEGER,
    "formId" INTEGER NOT NULL,
    "number" INTEGER,
    "year" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL DEFAULT 'QĐ-UBND',
    "decisionDate" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "achievementClause" TEXT NOT NULL DEFAULT '',
    "executors" TEXT NOT NULL DEFAULT '',
    "recipients" TEXT NOT NULL DEFAULT '',
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL DEFAULT 'CHỦ TỊCH',
    "signedForChair" BOOLEAN NOT NULL DEFAULT false,
    "status" "DecisionStatus" NOT NULL DEFAULT 'draft',
    "signedAt" TIMESTAMP(3),
    "signedById" INTEGER,
    "correctsId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AwardDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionLine" (
    "id" SERIAL NOT NULL,
    "decisionId" INTEGER NOT NULL,
    "nominationLineId" INTEGER,
    "recipientKind" "RecipientKind" NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "position" TEXT NOT NULL DEFAULT '',
    "achievement" TEXT NOT NULL DEFAULT '',
    "formCode" TEXT NOT NULL,
    "formName" TEXT NOT NULL,
    "coefficientMilli" INTEGER NOT NULL,
    "baseSalary" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "lockedAt" TIMESTAMP(3),

    CONSTRAINT "DecisionLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BaseSalary_validFrom_key" ON "BaseSalary"("validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "AwardSettings_wardId_key" ON "AwardSettings"("wardId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardForm_wardId_code_key" ON "AwardForm"("wardId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "AwardRate_formId_recipientKind_validFrom_key" ON "AwardRate"("formId", "recipientKind", "validFrom");

-- CreateIndex
CREATE INDEX "Nomination_wardId_periodId_idx" ON "Nomination"("wardId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_periodId_groupId_key" ON "Nomination"("periodId", "groupId");

-- CreateIndex
CREATE INDEX "NominationLine_nominationId_sortOrder_idx" ON "NominationLine"("nominationId", "sortOrder");

-- CreateIndex
CREATE INDEX "NominationLine_status_idx" ON "NominationLine"("status");

-- CreateIndex
CREATE INDEX "AwardPosting_wardId_periodId_idx" ON "AwardPosting"("wardId", "periodId");

-- CreateIndex
CREATE INDEX "PostingComment_postingId_idx" ON "PostingComment"("postingId");

-- CreateIndex
CREATE INDEX "CouncilVote_wardId_periodId_idx" ON "CouncilVote"("wardId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilBallot_voteId_memberId_target_key" ON "CouncilBallot"("voteId", "memberId", "target");

-- CreateIndex
CREATE INDEX "AwardDecision_wardId_status_decisionDate_idx" ON "AwardDecision"("wardId", "status", "decisionDate");

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecision_wardId_symbol_year_number_key" ON "AwardDecision"("wardId", "symbol", "year", "number");

-- CreateIndex
CREATE INDEX "DecisionLine_decisionId_sortOrder_idx" ON "DecisionLine"("decisionId", "sortOrder");

-- AddForeignKey
ALTER TABLE "AwardSettings" ADD CONSTRAINT "AwardSettings_wardId_fkey" FOREIGN KEY ("wardId") REFERENCES "Ward"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardForm" ADD CONSTRAINT "AwardForm_wardId_fkey" FOREIGN KEY ("wardId") REFERENCES "Ward"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardRate" ADD CONSTRAINT "AwardRate_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationLine" ADD CONSTRAINT "NominationLine_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationLine" ADD CONSTRAINT "NominationLine_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardPosting" ADD CONSTRAINT "AwardPosting_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingComment" ADD CONSTRAINT "PostingComment_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "AwardPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingComment" ADD CONSTRAINT "PostingComment_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "NominationLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVote" ADD CONSTRAINT "CouncilVote_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVoteLine" ADD CONSTRAINT "CouncilVoteLine_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "CouncilVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVoteLine" ADD CONSTRAINT "CouncilVoteLine_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "NominationLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilBallot" ADD CONSTRAINT "CouncilBallot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "CouncilVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilBallot" ADD CONSTRAINT "CouncilBallot_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "NominationLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_wardId_fkey" FOREIGN KEY ("wardId") REFERENCES "Ward"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "AwardDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLine" ADD CONSTRAINT "DecisionLine_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AwardDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLine" ADD CONSTRAINT "DecisionLine_nominationLineId_fkey" FOREIGN KEY ("nominationLineId") REFERENCES "NominationLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;
