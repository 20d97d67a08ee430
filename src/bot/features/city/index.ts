// A city-level official (role "city"): /baocao and "📑 Báo cáo tổng hợp" list the (year, kind)
// pairs of the periods of the city's wards; the chosen one arrives as the roll-up by ward and
// for the city, PDF and XLSX. Their help and /tiendo are answered here too. Every other role
// passes through untouched.
import { hears } from "@grammyjs/i18n";
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { cityPeriodChoices, findCity } from "../../../db/repos/city.js";
import type { PeriodKind } from "../../../domain/types.js";
import type { CityReportFileKind } from "../../../reports/city/make-city-files.js";
import type { BotContext } from "../../context.js";
import { mainMenu } from "../../keyboards.js";

const PICK = /^cp:(\d{4}):(so_ket|tong_ket|other)$/;
const CAPTION_KEYS: Record<CityReportFileKind, string> = {
  "city-pdf": "city-caption-pdf",
  "city-xlsx": "city-caption-xlsx",
};

export function isCityOfficial(member: BotContext["member"]): boolean {
  return member?.role === "city";
}

/** The city of the official's ward, or null (after saying so). */
async function officialCity(ctx: BotContext) {
  const cityId = ctx.member?.ward.cityId ?? null;
  const city = cityId === null ? null : await findCity(ctx.services.db, cityId);
  if (!city) await ctx.reply(ctx.t("city-no-city"));
  return city;
}

export function cityFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const officials = composer.filter((ctx) => isCityOfficial(ctx.member));

  const choosePeriod = async (ctx: BotContext) => {
    const city = await officialCity(ctx);
    if (!city) return;
    const { db } = ctx.services;
    const [choices, wards] = await Promise.all([cityPeriodChoices(db, city.id), db.ward.count({ where: { cityId: city.id } })]);
    if (choices.length === 0) return void (await ctx.reply(ctx.t("city-no-period", { city: city.name })));
    const keyboard = new InlineKeyboard();
    for (const choice of choices) {
      const label = ctx.t("city-period-button", { kind: choice.kind, year: String(choice.year), wards: choice.wards, total: wards });
      keyboard.text(label, `cp:${choice.year}:${choice.kind}`).row();
    }
    await ctx.reply(ctx.t("city-choose-period", { city: city.name }), { reply_markup: keyboard });
  };
  officials.command("baocao", choosePeriod);
  officials.filter(hears("menu-reports"), choosePeriod);

  officials.callbackQuery(PICK, async (ctx) => {
    await ctx.answerCallbackQuery();
    const city = await officialCity(ctx);
    if (!city) return;
    const { db, clock, logger } = ctx.services;
    const year = Number(ctx.match[1]);
    const kind = ctx.match[2] as PeriodKind;
    const period = ctx.t("city-period-name", { kind, year: String(year) });
    try {
      // The renderers load on the first request, not at start.
      const { cityRollup, renderCityFiles } = await import("../../../reports/city/make-city-files.js");
      const rollup = await cityRollup(db, city.id, year, kind);
      const { reported, total } = rollup.total.groups;
      if (reported === 0) {
        await ctx.reply(ctx.t("city-no-data", { city: city.name, period, wards: rollup.wardsWithPeriod, totalWards: rollup.wards.length, groups: total }));
        return;
      }
      await ctx.reply(ctx.t("city-making", { city: city.name, period, wards: rollup.wardsWithPeriod }));
      await ctx.replyWithChatAction("upload_document").catch(() => {});
      const files = await renderCityFiles(rollup, clock.now());
      for (const file of files) {
        await ctx.replyWithDocument(new InputFile(file.bytes, file.fileName), {
          caption: ctx.t(CAPTION_KEYS[file.kind], { city: city.name, period, reported, total, wards: rollup.wardsWithPeriod }),
        });
      }
    } catch (error) {
      logger.error({ err: error, cityId: city.id, year, kind }, "city report failed");
      await ctx.reply(ctx.t("city-failed"));
    }
  });

  const help = (ctx: BotContext) => ctx.reply(ctx.t("city-help"), { reply_markup: mainMenu(ctx, ctx.member!) });
  officials.command(["huongdan", "help"], help);
  officials.filter(hears("menu-help"), help);
  officials.command("tiendo", (ctx) => ctx.reply(ctx.t("city-progress-hint"), { reply_markup: mainMenu(ctx, ctx.member!) }));

  // Anyone else pressing a city button (an old message after a change of role): a polite refusal.
  composer.callbackQuery(PICK, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("city-not-allowed"));
  });
  return composer;
}
