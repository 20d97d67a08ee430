-- AlterTable
ALTER TABLE "Invite" ADD COLUMN "shortCode" TEXT;

-- CreateTable
CREATE TABLE "InviteCodeAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userKey" BIGINT NOT NULL,
    "outcome" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DownloadLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "token" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "wardId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "fetchCount" INTEGER NOT NULL DEFAULT 0
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
