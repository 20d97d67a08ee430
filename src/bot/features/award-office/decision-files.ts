// After the chairman signs: the decisions' files to the signer and the officers. The files
// (decision PDF and DOCX, certificates) come from i13-awards' renderer; until it is merged the
// approval stops at the signed decisions, and the message says so.
import type { SignedDecision } from "../../../db/repos/nominations/approval.js";
import type { Logger } from "../../../logger.js";
import type { BotContext } from "../../context.js";
import { notifyMembers, type Recipient } from "./notify.js";

export async function deliverDecisions(ctx: BotContext, decisions: SignedDecision[], recipients: Recipient[], logger: Logger): Promise<void> {
  const { db, clock } = ctx.services;
  const officers = recipients.slice(1);
  await ctx.reply(ctx.t("award-files-not-yet"));
  await notifyMembers(ctx.api, officers, (you) => ctx.t("award-officer-signed", { count: decisions.length, numbers: decisions.map((decision) => String(decision.number)).join(", "), ...you }), { db, logger, at: clock.now() });
}
