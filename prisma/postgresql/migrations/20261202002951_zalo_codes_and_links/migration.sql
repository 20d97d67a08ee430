-- AlterTable
ALTER TABLE "Invite" ADD COLUMN     "shortCode" TEXT;

-- CreateTable
CREATE TABLE "InviteCodeAttempt" (
    "id" SERIAL NOT NULL,
    "userKey" BIGINT NOT NULL,
    "outcome" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InviteCodeAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DownloadLink" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "wardId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "fetchCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DownloadLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InviteCodeAttempt_at_idx" ON "InviteCodeAttempt"("at");

-- CreateIndex
CREATE INDEX "InviteCodeAttempt_userKey_at_idx" ON "InviteCodeAttempt"("userKey", "at");

-- CreateIndex
CREATE UNIQUE INDEX "DownloadLink_token_key" ON "DownloadLink"("token");

-- CreateIndex
CREATE INDEX "DownloadLink_expiresAt_idx" ON "DownloadLink"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_shortCode_key" ON "Invite"("shortCode");
