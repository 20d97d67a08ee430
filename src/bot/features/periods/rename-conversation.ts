// An officer renames a period from /kybaocao: the new name typed (checked as on opening), stored
// and audited (period.rename). The reports stay with the period; only its name changes.
import type { Conversation } from "@grammyjs/conversations";
import { findPeriod, renamePeriod } from "../../../db/repos/periods.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { askName } from "./open-conversation.js";

export const RENAME_PERIOD = "rename-period";

export interface RenamePeriodArgs {
  wardId: number;
  memberId: number;
  periodId: number;
}

type Convo = Conversation<BotContext, ConversationContext>;

export function renamePeriodConversation(services: Services) {
  return async function renamePeriodFlow(conversation: Convo, ctx: ConversationContext, args: RenamePeriodArgs) {
    const menu = { reply_markup: mainMenu(ctx, { role: "officer" }) };
    const current = await conversation.external(async () => (await findPeriod(services.db, args.wardId, args.periodId))?.name ?? null);
    if (current === null) return;
    await ctx.reply(ctx.t("period-rename-intro", { period: current }));
    for (;;) {
      const name = await askName(conversation, ctx, null);
      if (name === current) return void (await ctx.reply(ctx.t("period-rename-same"), menu));
      const result = await conversation.external(() => renamePeriod(services.db, args.wardId, args.periodId, name, { memberId: args.memberId, source: "chat" }, services.clock.now()));
      if (result.ok) return void (await ctx.reply(ctx.t("period-renamed", { from: current, to: name }), menu));
      if (result.reason !== "name-taken") return;
      await ctx.reply(ctx.t("period-open-name-taken", { name }));
    }
  };
}
