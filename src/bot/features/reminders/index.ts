// Deadline reminders in the chat: /nhacnho lets an officer remind every group that has not
// handed in, now (the digest follows when the round ends); and a member who blocked the bot
// is marked (my_chat_member "kicked") and unmarked when they unblock it or write again.
import { Composer } from "grammy";
import { clearBlocked, markBlocked } from "../../../db/repos/reminders.js";
import { formatDateTime } from "../../../domain/format.js";
import { planManualRound } from "../../../reminders/manual.js";
import { reminderApi } from "../../../reminders/api.js";
import type { BotContext } from "../../context.js";
import { isManager } from "../../roles.js";

export function remindersFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on("my_chat_member", async (ctx) => {
    const member = ctx.member;
    if (!member || ctx.chat.type !== "private") return;
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked") await markBlocked(ctx.services.db, member.id, ctx.services.clock.now());
    else if (status === "member") await clearBlocked(ctx.services.db, member.id);
  });

  composer.use(async (ctx, next) => {
    // Whoever writes or presses a button has not blocked the bot (any more).
    if (ctx.member?.blockedAt && (ctx.message || ctx.callbackQuery)) await clearBlocked(ctx.services.db, ctx.member.id);
    await next();
  });

  composer.command("nhacnho", async (ctx) => {
    const member = ctx.member!;
    if (!isManager(member)) return void (await ctx.reply(ctx.t("reminder-manual-not-allowed")));
    const { db, clock, logger } = ctx.services;
    const plan = await planManualRound({ db, clock, logger, api: reminderApi(ctx.api) }, member.wardId);
    if (plan.kind === "no-open-period") return void (await ctx.reply(ctx.t("reminder-manual-no-period")));
    const vars = { period: plan.period.periodName, deadline: formatDateTime(plan.period.deadline, plan.period.timeZone) };
    if (plan.kind === "ready") {
      await ctx.reply(ctx.t("reminder-manual-started", { ...vars, count: plan.targets }));
      void plan.run();
      return;
    }
    const key = { quiet: "reminder-manual-quiet", "after-deadline": "reminder-manual-after-deadline", "all-handed-in": "reminder-manual-all-submitted" }[plan.kind];
    await ctx.reply(ctx.t(key, { ...vars, total: plan.totalGroups }));
  });

  return composer;
}
