-- CreateTable
CREATE TABLE "BaseSalary" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "validFrom" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AwardSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wardId" INTEGER NOT NULL,
    "roundingMode" TEXT NOT NULL DEFAULT 'up',
    "roundingStep" INTEGER NOT NULL DEFAULT 10000,
    "votePassRule" TEXT NOT NULL DEFAULT 'of_members',
    "votePassPercent" INTEGER NOT NULL DEFAULT 50,
    "postingDays" INTEGER NOT NULL DEFAULT 10,
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "decisionSymbol" TEXT NOT NULL DEFAULT 'QĐ-UBND',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AwardSettings_wardId_fkey" FOREIGN KEY ("wardId") REFERENCES "Ward" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AwardForm" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wardId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "certificateTitle" TEXT NOT NULL DEFAULT 'GIẤY KHEN',
    "titleName" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AwardForm_wardId_fkey" FOREIGN KEY ("wardId") REFERENCES "Ward" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AwardRate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "formId" INTEGER NOT NULL,
    "recipientKind" TEXT NOT NULL,
    "coefficientMilli" INTEGER NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "legalBasis" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "AwardRate_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wardId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "submittedAt" DATETIME,
    "submittedById" INTEGER,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Nomination_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Nomination_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NominationLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nominationId" INTEGER NOT NULL,
    "formId" INTEGER NOT NULL,
    "recipientKind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "position" TEXT NOT NULL DEFAULT '',
    "achievement" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "returnReason" TEXT,
    "reviewedById" INTEGER,
    "reviewedAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NominationLine_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NominationLine_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AwardPosting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wardId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "startDate" TEXT NOT NULL,
    "days" INTEGER NOT NULL DEFAULT 10,
    "place" TEXT NOT NULL DEFAULT '',
    "recordedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AwardPosting_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostingComment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postingId" INTEGER NOT NULL,
    "lineId" INTEGER,
    "text" TEXT NOT NULL,
    "recordedById" INTEGER,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PostingComment_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "AwardPosting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostingComment_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "NominationLine" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CouncilVote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wardId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedById" INTEGER,
    "closedAt" DATETIME,
    "closedById" INTEGER,
    CONSTRAINT "CouncilVote_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CouncilVoteLine" (
    "voteId" INTEGER NOT NULL,
    "lineId" INTEGER NOT NULL,
    "passed" BOOLEAN,

    PRIMARY KEY ("voteId", "lineId"),
    CONSTRAINT "CouncilVoteLine_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "CouncilVote" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CouncilVoteLine_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "NominationLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CouncilBallot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "voteId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "lineId" INTEGER,
    "choice" TEXT NOT NULL,
    "castAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CouncilBallot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "CouncilVote" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CouncilBallot_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "NominationLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AwardDecision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "status" TEXT NOT NULL DEFAULT 'draft',
    "signedAt" DATETIME,
    "signedById" INTEGER,
    "correctsId" INTEGER,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AwardDecision_wardId_fkey" FOREIGN KEY ("wardId") REFERENCES "Ward" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AwardDecision_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AwardDecision_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AwardDecision_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "AwardDecision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "decisionId" INTEGER NOT NULL,
    "nominationLineId" INTEGER,
    "recipientKind" TEXT NOT NULL,
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
    "lockedAt" DATETIME,
    CONSTRAINT "DecisionLine_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AwardDecision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DecisionLine_nominationLineId_fkey" FOREIGN KEY ("nominationLineId") REFERENCES "NominationLine" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wardId" INTEGER NOT NULL,
    "telegramId" BIGINT,
    "fullName" TEXT NOT NULL,
    "phone" TEXT,
    "role" TEXT NOT NULL,
    "salutation" TEXT,
    "groupId" INTEGER,
    "viceChair" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "blockedAt" DATETIME,
    "registeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Member_wardId_fkey" FOREIGN KEY ("wardId") REFERENCES "Ward" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Member_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("active", "blockedAt", "createdAt", "fullName", "groupId", "id", "phone", "registeredAt", "role", "salutation", "telegramId", "wardId") SELECT "active", "blockedAt", "createdAt", "fullName", "groupId", "id", "phone", "registeredAt", "role", "salutation", "telegramId", "wardId" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE INDEX "Member_telegramId_idx" ON "Member"("telegramId");
CREATE INDEX "Member_groupId_idx" ON "Member"("groupId");
CREATE UNIQUE INDEX "Member_wardId_telegramId_key" ON "Member"("wardId", "telegramId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
