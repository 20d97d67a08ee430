-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NominationLine" (
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
    CONSTRAINT "NominationLine_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_NominationLine" ("achievement", "address", "createdAt", "createdById", "formId", "id", "name", "nominationId", "position", "recipientKind", "returnReason", "reviewedAt", "reviewedById", "sortOrder", "status", "updatedAt") SELECT "achievement", "address", "createdAt", "createdById", "formId", "id", "name", "nominationId", "position", "recipientKind", "returnReason", "reviewedAt", "reviewedById", "sortOrder", "status", "updatedAt" FROM "NominationLine";
DROP TABLE "NominationLine";
ALTER TABLE "new_NominationLine" RENAME TO "NominationLine";
CREATE INDEX "NominationLine_nominationId_sortOrder_idx" ON "NominationLine"("nominationId", "sortOrder");
CREATE INDEX "NominationLine_status_idx" ON "NominationLine"("status");
CREATE TABLE "new_AwardDecision" (
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
    CONSTRAINT "AwardDecision_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AwardForm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AwardDecision_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "AwardDecision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AwardDecision" ("achievementClause", "correctsId", "createdAt", "createdById", "decisionDate", "executors", "formId", "id", "legalBasis", "number", "periodId", "recipients", "signedAt", "signedById", "signedForChair", "signerName", "signerTitle", "status", "subject", "symbol", "updatedAt", "wardId", "year") SELECT "achievementClause", "correctsId", "createdAt", "createdById", "decisionDate", "executors", "formId", "id", "legalBasis", "number", "periodId", "recipients", "signedAt", "signedById", "signedForChair", "signerName", "signerTitle", "status", "subject", "symbol", "updatedAt", "wardId", "year" FROM "AwardDecision";
DROP TABLE "AwardDecision";
ALTER TABLE "new_AwardDecision" RENAME TO "AwardDecision";
CREATE INDEX "AwardDecision_wardId_status_decisionDate_idx" ON "AwardDecision"("wardId", "status", "decisionDate");
CREATE UNIQUE INDEX "AwardDecision_wardId_symbol_year_number_key" ON "AwardDecision"("wardId", "symbol", "year", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
