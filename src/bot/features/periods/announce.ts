// Starts a period's notice round now (opened, or deadline extended), in the background.
import type { Api } from "grammy";
import { reminderApi } from "../../../reminders/api.js";
import { startNoticeRound } from "../../../reminders/manual.js";
import type { Services } from "../../context.js";

/** True when the round started now; false at night or after the deadline (the scheduler sends it from 07:00). */
export async function announceNow(services: Services, api: Api, periodId: number): Promise<boolean> {
  const round = await startNoticeRound({ db: services.db, api: reminderApi(api), clock: services.clock, logger: services.logger }, periodId);
  return round !== null;
}
