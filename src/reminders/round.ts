// One round of reminders for one slot of one period: for each leader of a group that has not
// handed in its report, claim the delivery in the database, check again that the group still
// has not handed in, send, record the outcome. Messages go one after another, through the
// bot's send throttle (src/bot/api/send-throttle.ts, shared with every reply, so a round and
// the replies of the moment together keep to Telegram's flood limits); a 429 that still comes
// is waited out by the Api's auto-retry. After a complete round
// the ward's officers get a digest, claimed the same way so two processes send it once.
import { type Api, GrammyError } from "grammy";
import { noticeDigestText, noticeMessage } from "../bot/features/periods/notices.js";
import { digestText, reminderMessage } from "../bot/features/reminders/render.js";
import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import {
  claimDelivery,
  claimsInFlight,
  digestRecipients,
  finishDelivery,
  markBlocked,
  type ReminderPeriod,
  type ReminderTarget,
  releaseClaim,
  reminderCheck,
  reminderTargets,
  roundFacts,
} from "../db/repos/reminders.js";
import { digestSlotKey, type SendWindow, sendWindow } from "../domain/reminders.js";
import type { Salutation } from "../domain/types.js";
import type { Logger } from "../logger.js";

/**
 * A claim younger than this, not yet finished, belongs to a round still sending (a send with
 * its retries takes at most about 4 × 30 s); an older one was left by a crash.
 */
export const STALE_CLAIM_MS = 5 * 60_000;

export interface RoundDeps {
  db: Db;
  /** An Api with auto-retry (see reminderApi). */
  api: Api;
  clock: Clock;
  logger: Logger;
  /** Written to ReminderDelivery.claimedBy. */
  instanceId: string;
  /** Checked before each claim: a stopping process ends its round between two messages. */
  signal?: AbortSignal;
  /** For tests: runs right after a claim, before anything is sent. */
  afterClaim?: (target: ReminderTarget, deliveryId: number) => Promise<void> | void;
}

export interface RoundSpec {
  period: ReminderPeriod;
  slot: string;
  manual: boolean;
  /**
   * What the leaders get: a deadline reminder (default), or the period's notice ("announce":
   * the period is open; "extend": the deadline moved), under the same claims and rules.
   */
  purpose?: RoundPurpose;
}

export type RoundPurpose = "reminder" | "announce" | "extend";

/** The purpose of a period's notice slot ("announce", "extend:<deadline>"). */
export function noticePurpose(slot: string): "announce" | "extend" {
  return slot.startsWith("extend:") ? "extend" : "announce";
}

export interface RoundResult {
  wardId: number;
  periodId: number;
  slot: string;
  /** Leaders still to remind when the round began. */
  targets: number;
  claimed: number;
  /** Claims another process had already made (P2002). */
  taken: number;
  sent: number;
  /** The group handed in (or the period closed) between the target list and the claim. */
  skipped: number;
  blocked: number;
  failed: number;
  /** Claims given back because Telegram kept answering 429 (a later tick sends them). */
  released: number;
  /** Why the round ended early, if it did. */
  stopped: Exclude<SendWindow, "open"> | "aborted" | null;
  digests: number;
}

export async function runRound(deps: RoundDeps, spec: RoundSpec): Promise<RoundResult> {
  const { db, logger } = deps;
  const { period, slot } = spec;
  const targets = await reminderTargets(db, period.wardId, period.periodId, slot);
  const result: RoundResult = {
    wardId: period.wardId,
    periodId: period.periodId,
    slot,
    targets: targets.length,
    claimed: 0,
    taken: 0,
    sent: 0,
    skipped: 0,
    blocked: 0,
    failed: 0,
    released: 0,
    stopped: null,
    digests: 0,
  };
  for (const target of targets) {
    if (deps.signal?.aborted) {
      result.stopped = "aborted";
      break;
    }
    const now = deps.clock.now();
    const window = sendWindow(now, period.deadline, period.timeZone);
    if (window !== "open") {
      result.stopped = window;
      break;
    }
    const deliveryId = await claimDelivery(db, { memberId: target.memberId, periodId: period.periodId, slot, claimedBy: deps.instanceId, at: now });
    if (deliveryId === null) {
      result.taken++;
      continue;
    }
    result.claimed++;
    await deps.afterClaim?.(target, deliveryId);
    const outcome = await deliver(deps, spec, target, deliveryId);
    result[outcome]++;
  }
  if (result.stopped === null) result.digests = await sendDigests(deps, spec);
  if (result.claimed > 0 || result.digests > 0) logger.info({ ...result }, "reminder round");
  return result;
}

type Outcome = "sent" | "skipped" | "blocked" | "failed" | "released";

async function deliver(deps: RoundDeps, spec: RoundSpec, target: ReminderTarget, deliveryId: number): Promise<Outcome> {
  const { db, clock, logger } = deps;
  // Checked again after the claim: a leader who handed in a moment ago gets nothing.
  const check = await reminderCheck(db, spec.period.periodId, target.groupId);
  if (!check.periodOpen) {
    await finishDelivery(db, deliveryId, { status: "skipped", error: "period closed" });
    return "skipped";
  }
  if (check.status === "submitted" || check.status === "approved") {
    await finishDelivery(db, deliveryId, { status: "skipped", error: `report ${check.status}` });
    return "skipped";
  }
  const purpose = spec.purpose ?? "reminder";
  const input = {
    leaderName: target.fullName,
    groupName: target.groupName,
    periodName: check.periodName,
    deadline: check.deadline,
    timeZone: spec.period.timeZone,
    now: clock.now(),
    status: check.status,
    questions: check.questions,
    unanswered: Math.max(0, check.questions - check.answered),
    salutation: target.salutation,
    chatId: Number(target.chatId),
  };
  const message = purpose === "reminder" ? reminderMessage(input, spec.period.periodId) : noticeMessage(purpose, input, spec.period.periodId);
  try {
    await deps.api.sendMessage(target.chatId, message.text, { reply_markup: message.reply_markup });
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 403) {
      await markBlocked(db, target.memberId, clock.now());
      await finishDelivery(db, deliveryId, { status: "blocked", error: error.description });
      return "blocked";
    }
    if (error instanceof GrammyError && error.error_code === 429) {
      // Still rate limited after the bounded retries: certainly not sent, so give it back.
      await releaseClaim(db, deliveryId, deps.instanceId);
      return "released";
    }
    logger.warn({ err: error, memberId: target.memberId, slot: spec.slot }, "reminder not sent");
    await finishDelivery(db, deliveryId, { status: "failed", error: error instanceof Error ? error.message : String(error) });
    return "failed";
  }
  await finishDelivery(db, deliveryId, { status: "sent", at: clock.now() });
  return "sent";
}

/**
 * The officers' digest of the slot, once the slot's round is complete everywhere: when another
 * process still has claims in flight, it sends the digest itself when it finishes.
 */
async function sendDigests(deps: RoundDeps, spec: RoundSpec): Promise<number> {
  const { db, clock } = deps;
  const { period, slot } = spec;
  const now = clock.now();
  if (sendWindow(now, period.deadline, period.timeZone) === "quiet") return 0;
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS);
  if ((await claimsInFlight(db, period.periodId, slot, staleBefore)) > 0) return 0;
  const key = digestSlotKey(slot);
  const recipients = await digestRecipients(db, period.wardId, period.periodId, key);
  if (recipients.length === 0) return 0;
  const facts = await roundFacts(db, period.periodId, slot, staleBefore);
  const purpose = spec.purpose ?? "reminder";
  const textFor = (salutation: Salutation | null) =>
    purpose === "reminder" ? digestText(facts, spec.manual, salutation) : noticeDigestText(purpose, facts, salutation);
  let sent = 0;
  for (const officer of recipients) {
    const deliveryId = await claimDelivery(db, { memberId: officer.memberId, periodId: period.periodId, slot: key, claimedBy: deps.instanceId, at: now });
    if (deliveryId === null) continue;
    if (facts.missing.length === 0 && !spec.manual && purpose === "reminder") {
      // Every group handed in before the slot: nothing to report, and nothing to check again.
      await finishDelivery(db, deliveryId, { status: "skipped", error: "every group handed in" });
      continue;
    }
    try {
      await deps.api.sendMessage(officer.chatId, textFor(officer.salutation));
      await finishDelivery(db, deliveryId, { status: "sent", at: clock.now() });
      sent++;
    } catch (error) {
      const blocked = error instanceof GrammyError && error.error_code === 403;
      if (blocked) await markBlocked(db, officer.memberId, clock.now());
      await finishDelivery(db, deliveryId, { status: blocked ? "blocked" : "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }
  return sent;
}
