-- AlterTable
ALTER TABLE "Group" ADD COLUMN "mergedIntoId" INTEGER;

-- AlterTable
ALTER TABLE "PeriodIndicator" ADD COLUMN "frozen" TEXT;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wardId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "source" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "AuditEntry_wardId_at_idx" ON "AuditEntry"("wardId", "at");
