// The figures a report template asks for, formatted the Vietnamese way, from a period's
// summary. A figure the period does not have (an indicator it does not ask) prints as "…"
// so the office fills it in by hand in the DOCX.
import { indicatorSummary, type PeriodSummary } from "../../domain/aggregate.js";
import { indicatorPlaceholderName } from "../../domain/catalogue-book/template-uses.js";
import { formatCount, formatFraction, formatMoney, formatPercentOf, formatTwoDigits, toCalendarDate } from "../../domain/format.js";

export const MISSING_FIGURE = "…";

export interface FigureContext {
  wardPlaceName: string;
  periodYear: number;
  reportDate: Date;
  timeZone: string;
  /** Households recognised "Gia đình văn hóa" by the signed decisions dated in the period; when
   * above 0 the achieved count comes from them (over the registered households the groups reported). */
  decidedCulturalHouseholds?: number | null;
}

function ratioText(summary: PeriodSummary, code: string): string {
  const ratio = indicatorSummary(summary, code)?.ratio;
  return ratio ? formatFraction(ratio.numerator, ratio.denominator) : MISSING_FIGURE;
}

function numberFigure(summary: PeriodSummary, code: string): number | null {
  const value = summary.wardFigures[code];
  return typeof value === "number" ? value : null;
}

/**
 * "{chi_tieu_<code>}" for each indicator of the period: a count as 5.829, money as
 * 261.700.000 đồng, yes/no as the groups answering yes over the period's groups (26/26).
 */
export function indicatorFigures(summary: PeriodSummary): Record<string, string> {
  const figures: Record<string, string> = {};
  for (const indicator of summary.indicators) {
    const name = indicatorPlaceholderName(indicator.code);
    if (indicator.type === "count") figures[name] = formatCount(indicator.total);
    else if (indicator.type === "money") figures[name] = formatMoney(indicator.total);
    else if (indicator.type === "yes_no") figures[name] = formatFraction(indicator.total, summary.groups.total);
    else figures[name] = formatCount(indicator.answered);
  }
  return figures;
}

export function reportFigures(summary: PeriodSummary, context: FigureContext): Record<string, string> {
  const reported = indicatorSummary(summary, "households_cultural")?.ratio;
  const decided = context.decidedCulturalHouseholds ?? 0;
  const households = reported && decided > 0 ? { numerator: decided, denominator: reported.denominator } : reported;
  const giftMoney = indicatorSummary(summary, "poverty_gift_money");
  const prizes = numberFigure(summary, "cchc_contest_prizes");
  const prizeKind = summary.wardFigures["cchc_contest_result"];
  const collectives = numberFigure(summary, "commended_collectives");
  const individuals = numberFigure(summary, "commended_individuals");
  const reward = numberFigure(summary, "reward_money");
  const fireContest = summary.wardFigures["pccc_contest_result"];
  return {
    ...indicatorFigures(summary),
    ten_phuong: context.wardPlaceName.replace(/^(phường|xã|thị trấn)\s+/iu, ""),
    nam: String(context.periodYear),
    nam_bao_cao: String(toCalendarDate(context.reportDate, context.timeZone).year),
    to_dan_pho_van_hoa: ratioText(summary, "cultural_group"),
    ho_gia_dinh_van_hoa: households ? formatFraction(households.numerator, households.denominator) : MISSING_FIGURE,
    ty_le_gia_dinh_van_hoa: households ? formatPercentOf(households.numerator, households.denominator, 0) : MISSING_FIGURE,
    tien_tham_hoi_tang_qua: giftMoney ? formatMoney(giftMoney.total) : MISSING_FIGURE,
    giai_cchc: prizes === null ? MISSING_FIGURE : `${formatTwoDigits(prizes)} giải${typeof prizeKind === "string" && prizeKind ? ` ${prizeKind.replace(/^giải\s+/iu, "")}` : ""}`,
    lien_gia_pccc: ratioText(summary, "pccc_model"),
    khen_thuong_tap_the: collectives === null ? MISSING_FIGURE : formatCount(collectives),
    khen_thuong_ca_nhan: individuals === null ? MISSING_FIGURE : formatCount(individuals),
    tien_thuong: reward === null ? MISSING_FIGURE : formatMoney(reward),
    // As the officer typed it in /solieu: what the chairman signs is what was entered.
    ket_qua_pccc: typeof fireContest === "string" && fireContest.trim() ? fireContest.trim() : MISSING_FIGURE,
  };
}
