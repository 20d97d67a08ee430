// /baocao for officials (officer, chair, council, admin): pick a period, receive the summary
// PDF, the báo cáo sơ kết as PDF and DOCX, and the data as XLSX. A period with nothing
// reported yet gets its progress instead of empty documents; a failure gets a message.
// The files are made in a worker thread (reports/render-off-thread.ts): this process loads
// the data, never pdfmake, docx or exceljs. One keyboard, one set of files per period: a
// press on a button whose files were already sent says so (see also one-at-a-time.ts).
import { hears } from "@grammyjs/i18n";
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { databaseStorage } from "../../../db/repos/kv-store.js";
import { listPeriods } from "../../../db/repos/periods.js";
import { periodFacts } from "../../../db/repos/period-facts.js";
import { loadPeriodReportData } from "../../../db/repos/report-data.js";
import type { ReportFileKind } from "../../../reports/make-report-files.js";
import { renderOffThread } from "../../../reports/render-off-thread.js";
import type { BotContext } from "../../context.js";
import { isOfficial } from "../../roles.js";
import { PICK_PERIOD as PICK } from "./one-at-a-time.js";
const CAPTION_KEYS: Record<ReportFileKind, string> = {
  summary: "reports-caption-summary",
  "report-pdf": "reports-caption-report-pdf",
  "report-docx": "reports-caption-report-docx",
  "data-xlsx": "reports-caption-data-xlsx",
};

export function reportsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const officials = composer.filter((ctx) => isOfficial(ctx.member));

  const choosePeriod = async (ctx: BotContext) => {
    const periods = await listPeriods(ctx.services.db, ctx.member!.wardId);
    if (periods.length === 0) return void (await ctx.reply(ctx.t("reports-no-period")));
    const keyboard = new InlineKeyboard();
    for (const period of periods) {
      keyboard.text(ctx.t(period.status === "open" ? "reports-period-open" : "reports-period-closed", { name: period.name }), `rp:${period.id}`).row();
    }
    await ctx.reply(ctx.t("reports-choose-period"), { reply_markup: keyboard });
  };
  officials.command("baocao", choosePeriod);
  officials.filter(hears("menu-reports"), choosePeriod);

  officials.callbackQuery(PICK, async (ctx) => {
    await ctx.answerCallbackQuery();
    const { db, clock, logger } = ctx.services;
    const periodId = Number(ctx.match[1]);
    const period = await db.period.findUnique({ where: { id: periodId } });
    if (!period || period.wardId !== ctx.member!.wardId) return void (await ctx.reply(ctx.t("reports-not-allowed")));
    // The request: this keyboard message and this period, marked once its files went out.
    const requests = databaseStorage<{ sentAt: string }>(db, "report-request");
    const request = `${ctx.chatId}:${ctx.callbackQuery.message?.message_id ?? 0}:${periodId}`;
    if (await requests.read(request)) return void (await ctx.reply(ctx.t("reports-already-sent")));
    const facts = await periodFacts(db, periodId);
    const reported = facts.statusCounts.submitted + facts.statusCounts.approved;
    if (reported === 0) {
      await ctx.reply(
        ctx.t("reports-no-data", {
          period: period.name,
          total: facts.groupsTotal,
          draft: facts.statusCounts.draft + facts.statusCounts.returned,
          notStarted: facts.statusCounts.notStarted,
        }),
      );
      return;
    }
    await ctx.reply(ctx.t("reports-making", { period: period.name }));
    await ctx.replyWithChatAction("upload_document").catch(() => {});
    try {
      const data = await loadPeriodReportData(db, periodId);
      const files = await renderOffThread({ kind: "ward", data, now: clock.now() });
      for (const file of files) {
        await ctx.replyWithDocument(new InputFile(file.bytes, file.fileName), {
          caption: ctx.t(CAPTION_KEYS[file.kind as ReportFileKind], { period: period.name, kind: period.kind, reported, total: facts.groupsTotal }),
        });
      }
      await requests.write(request, { sentAt: clock.now().toISOString() });
    } catch (error) {
      logger.error({ err: error, periodId }, "report generation failed");
      await ctx.reply(ctx.t("reports-failed"));
    }
  });

  // Anyone else who reaches here (a leader pressing an official's button): a polite refusal.
  composer.callbackQuery(PICK, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("reports-not-allowed"));
  });
  return composer;
}
