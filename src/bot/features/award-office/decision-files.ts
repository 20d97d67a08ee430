// After the chairman signs: each decision's files (the Quyết định as PDF and DOCX, the
// certificates) made off the bot's thread as /baocao's are (src/reports/render-off-thread.ts)
// and sent to the signer; the officers are told and get the same files; each group's leaders
// read which of their lines were decided.
import { InputFile } from "grammy";
import { decisionDocument } from "../../../db/repos/decisions.js";
import type { SignedDecision } from "../../../db/repos/nominations/approval.js";
import { leaderContacts } from "../../../db/repos/review.js";
import { documentNumberText } from "../../../domain/format.js";
import type { Logger } from "../../../logger.js";
import type { RenderedFile } from "../../../reports/render-job.js";
import { renderOffThread } from "../../../reports/render-off-thread.js";
import type { BotContext } from "../../context.js";
import { notifyMembers, type Recipient } from "./notify.js";
import { dayText } from "./render.js";

const CAPTIONS: Record<string, string> = {
  "decision-pdf": "award-file-decision-pdf",
  "decision-docx": "award-file-decision-docx",
  "certificates-pdf": "award-file-certificates",
};

async function filesOf(ctx: BotContext, decision: SignedDecision, logger: Logger): Promise<RenderedFile[] | null> {
  const { db, clock } = ctx.services;
  try {
    const data = await decisionDocument(db, ctx.member!.wardId, decision.id);
    return await renderOffThread({ kind: "decision", data, now: clock.now() });
  } catch (error) {
    logger.error({ err: error, decisionId: decision.id }, "decision files failed");
    return null;
  }
}

export async function deliverDecisions(ctx: BotContext, decisions: SignedDecision[], officers: Recipient[], logger: Logger): Promise<void> {
  const { db, clock } = ctx.services;
  const member = ctx.member!;
  await ctx.replyWithChatAction("upload_document").catch(() => {});
  for (const decision of decisions) {
    const files = await filesOf(ctx, decision, logger);
    if (!files) {
      await ctx.reply(ctx.t("award-files-failed", { number: documentNumberText(decision.number), symbol: decision.symbol }));
      continue;
    }
    const caption = (file: RenderedFile) => ctx.t(CAPTIONS[file.kind] ?? "award-file-decision-pdf", { number: documentNumberText(decision.number), symbol: decision.symbol, form: decision.formName, lines: decision.lines });
    for (const file of files) await ctx.replyWithDocument(new InputFile(file.bytes, file.fileName), { caption: caption(file) });
    for (const officer of officers) {
      if (officer.telegramId === null) continue;
      for (const file of files) {
        await ctx.api.sendDocument(Number(officer.telegramId), new InputFile(file.bytes, file.fileName), { caption: caption(file) }).catch((error: unknown) => logger.warn({ err: error, memberId: officer.id }, "decision file not delivered"));
      }
    }
  }
  await notifyMembers(ctx.api, officers, (you) => ctx.t("award-officer-signed", { count: decisions.length, numbers: decisions.map((decision) => `${documentNumberText(decision.number)}/${decision.symbol}`).join(", "), ...you }), { db, logger, at: clock.now() });
  for (const decision of decisions) {
    for (const { groupId, count } of decision.groups) {
      const group = await db.group.findFirst({ where: { id: groupId, wardId: member.wardId }, select: { name: true } });
      const leaders = await leaderContacts(db, member.wardId, groupId);
      await notifyMembers(
        ctx.api,
        leaders.map((leader) => ({ id: leader.memberId, telegramId: BigInt(leader.chatId), salutation: leader.salutation })),
        (you) => ctx.t("award-leader-decided", { number: documentNumberText(decision.number), symbol: decision.symbol, date: dayText(decision.decisionDate), form: decision.formName, count, group: group?.name ?? "", ...you }),
        { db, logger, at: clock.now() },
      );
    }
  }
}
