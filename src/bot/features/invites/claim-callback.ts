// The inviter's buttons under a confirmation request: "ivc:ok:<invite id>:<Telegram id>" or
// "ivc:no:…". The ids come back from the client: checked against the invite's maker on press.
export const CLAIM_PATTERN = /^ivc:(ok|no):(\d{1,9}):(\d{1,20})$/;

export function claimCallback(decision: "ok" | "no", inviteId: number, telegramId: bigint | number): string {
  return `ivc:${decision}:${inviteId}:${String(telegramId)}`;
}
