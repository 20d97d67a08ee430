// Everything the compiled reports of a period need, in a few queries: the ward's settings,
// the period, its indicators, one row per group with its answers, and the facts (in SQL).
import type { AnswerValue, IndicatorDef, MovementDef, PeriodFacts, PeriodKind, ReportStatus } from "../../domain/types.js";
import type { Db } from "../client.js";
import { fromColumns } from "../mappers.js";
import { periodIndicators, wardMovements } from "./catalogue.js";
import { isoDay } from "../../domain/awards/days.js";
import { type CommendationFigures, mergeCommendations } from "../../domain/awards/report-figures.js";
import { toCalendarDate } from "../../domain/format/dates.js";
import { awardFiguresBetween } from "./decisions.js";
import { periodFacts } from "./period-facts.js";
import { splitLines } from "./wards.js";
import { periodGroupsWhere } from "./period-groups.js";

export interface WardReportSettings {
  name: string;
  slug: string;
  issuerSuperior: string;
  issuerNameLines: string[];
  placeName: string;
  signerName: string;
  signerTitle: string;
  signerAuthority: string;
  recipients: string[];
  addressees: string[];
  documentSymbol: string;
  documentNumber: number | null;
  reportTemplate: string | null;
  timeZone: string;
}

export interface GroupReportRow {
  id: number;
  name: string;
  status: ReportStatus | null;
  values: Record<string, AnswerValue>;
  pledgeSigned: boolean;
}

export interface PeriodReportData {
  ward: WardReportSettings;
  period: { id: number; name: string; kind: PeriodKind; year: number; deadline: Date; open: boolean };
  movements: MovementDef[];
  indicators: Array<IndicatorDef & { id: number }>;
  groups: GroupReportRow[];
  facts: PeriodFacts;
  /** The commendation figures: from the signed decisions dated in the period, or typed in /solieu. */
  commendations: CommendationFigures;
}

export async function loadPeriodReportData(db: Db, periodId: number): Promise<PeriodReportData> {
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId }, include: { ward: true } });
  const { ward } = period;
  const [movements, indicators, groups, reports, values, pledges, facts] = await Promise.all([
    wardMovements(db, ward.id),
    periodIndicators(db, periodId),
    db.group.findMany({ where: periodGroupsWhere(ward.id, periodId), orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    db.groupReport.findMany({ where: { periodId }, select: { id: true, groupId: true, status: true } }),
    db.reportValue.findMany({ where: { report: { periodId } }, select: { reportId: true, indicatorId: true, numberValue: true, boolValue: true, textValue: true } }),
    db.pledge.findMany({ where: { year: period.year, signedAt: { not: null }, group: { wardId: ward.id } }, select: { groupId: true } }),
    periodFacts(db, periodId),
  ]);
  const decided = await awardFiguresBetween(
    db,
    ward.id,
    isoDay(toCalendarDate(period.startDate, ward.timeZone)),
    isoDay(toCalendarDate(period.endDate, ward.timeZone)),
  );
  const merged = mergeCommendations(facts.wardFigures, decided);
  facts.wardFigures = merged.figures;
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const reportByGroup = new Map(reports.map((report) => [report.groupId, report]));
  const valuesByReport = new Map<number, Record<string, AnswerValue>>();
  for (const row of values) {
    const indicator = indicatorById.get(row.indicatorId);
    const value = indicator ? fromColumns(indicator.type, row) : null;
    if (!indicator || !value) continue;
    const answers = valuesByReport.get(row.reportId) ?? {};
    answers[indicator.code] = value;
    valuesByReport.set(row.reportId, answers);
  }
  const signed = new Set(pledges.map((pledge) => pledge.groupId));
  return {
    ward: {
      name: ward.name,
      slug: ward.slug,
      issuerSuperior: ward.issuerSuperior,
      issuerNameLines: splitLines(ward.issuerName),
      placeName: ward.placeName,
      signerName: ward.signerName,
      signerTitle: ward.signerTitle,
      signerAuthority: ward.signerAuthority,
      recipients: splitLines(ward.recipients),
      addressees: splitLines(ward.addressees),
      documentSymbol: ward.documentSymbol,
      documentNumber: ward.documentNumber,
      reportTemplate: ward.reportTemplate,
      timeZone: ward.timeZone,
    },
    period: { id: period.id, name: period.name, kind: period.kind, year: period.year, deadline: period.deadline, open: period.status === "open" },
    movements,
    indicators,
    groups: groups.map((group) => {
      const report = reportByGroup.get(group.id);
      return {
        id: group.id,
        name: group.name,
        status: report?.status ?? null,
        values: report ? (valuesByReport.get(report.id) ?? {}) : {},
        pledgeSigned: signed.has(group.id),
      };
    }),
    facts,
    commendations: merged.commendations,
  };
}
