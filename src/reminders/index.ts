// Deadline reminders: see scheduler.ts (scheduled rounds), manual.ts (/nhacnho), round.ts
// (claim → check → send → record; the digest) and src/domain/reminders.ts (when slots are due).
export { reminderApi } from "./api.js";
export { INSTANCE_ID } from "./instance.js";
export { type ManualRoundPlan, planManualRound, settleManualRounds, startNoticeRound, stopManualRounds } from "./manual.js";
export { type RoundResult, runRound, STALE_CLAIM_MS } from "./round.js";
export { createReminderScheduler, type ReminderScheduler, type ReminderSchedulerOptions } from "./scheduler.js";
