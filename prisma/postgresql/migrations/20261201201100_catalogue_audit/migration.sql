-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "mergedIntoId" INTEGER;

-- AlterTable
ALTER TABLE "PeriodIndicator" ADD COLUMN     "frozen" TEXT;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "wardId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "source" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_wardId_at_idx" ON "AuditEntry"("wardId", "at");
