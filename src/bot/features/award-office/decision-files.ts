// After the chairman signs: the signer and the officers are told (and get the files once
// i13-awards' renderer is merged; until then the approval stops at the signed decisions, and
// the message says so); each group's leaders read which of their lines were decided.
import type { SignedDecision } from "../../../db/repos/nominations/approval.js";
import { leaderContacts } from "../../../db/repos/review.js";
import type { Logger } from "../../../logger.js";
import type { BotContext } from "../../context.js";
import { dayText } from "./render.js";
import { notifyMembers, type Recipient } from "./notify.js";

export async function deliverDecisions(ctx: BotContext, decisions: SignedDecision[], officers: Recipient[], logger: Logger): Promise<void> {
  const { db, clock } = ctx.services;
  const member = ctx.member!;
  await ctx.reply(ctx.t("award-files-not-yet"));
  await notifyMembers(ctx.api, officers, (you) => ctx.t("award-officer-signed", { count: decisions.length, numbers: decisions.map((decision) => String(decision.number)).join(", "), ...you }), { db, logger, at: clock.now() });
  for (const decision of decisions) {
    for (const { groupId, count } of decision.groups) {
      const group = await db.group.findFirst({ where: { id: groupId, wardId: member.wardId }, select: { name: true } });
      const leaders = await leaderContacts(db, member.wardId, groupId);
      await notifyMembers(
        ctx.api,
        leaders.map((leader) => ({ id: leader.memberId, telegramId: BigInt(leader.chatId), salutation: leader.salutation })),
        (you) => ctx.t("award-leader-decided", { number: decision.number, symbol: decision.symbol, date: dayText(decision.decisionDate), form: decision.formName, count, group: group?.name ?? "", ...you }),
        { db, logger, at: clock.now() },
      );
    }
  }
}
