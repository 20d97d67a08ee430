-- CreateTable
CREATE TABLE "ReportStatusChange" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "fromStatus" "ReportStatus",
    "toStatus" "ReportStatus" NOT NULL,
    "changedById" INTEGER,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportStatusChange_reportId_idx" ON "ReportStatusChange"("reportId");

-- AddForeignKey
ALTER TABLE "ReportStatusChange" ADD CONSTRAINT "ReportStatusChange_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "GroupReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
