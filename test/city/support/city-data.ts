// A city of generated wards for the roll-up tests: each ward's data is kept in plain arrays
// too, so the tests can compute what the roll-up must say without the database. Includes what
// must not count: drafts and returned reports, inactive groups that did not report, another period kind of the
// same year, a ward outside the city, unsigned pledges and pledges of another year.
import type { Db } from "../../../src/db/client.js";
import { installCatalogue, periodIndicators } from "../../../src/db/repos/catalogue.js";
import { addWardToCity, createCity } from "../../../src/db/repos/city.js";
import { createPeriod } from "../../../src/db/repos/periods.js";
import { createWard } from "../../../src/db/repos/wards.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../../src/domain/catalogue.js";
import type { IndicatorType, PeriodKind, ReportStatus } from "../../../src/domain/types.js";

export const YEAR = 2024;
export const KIND: PeriodKind = "tong_ket";

export function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedGroup {
  id: number;
  active: boolean;
  status: ReportStatus | null;
  /** code → value of the roll-up's period (numbers for count/money, booleans for yes_no). */
  values: Map<string, number | boolean | string>;
  pledge: { year: number; signed: boolean; items: Record<string, number | boolean> } | null;
}

export interface GeneratedWard {
  id: number;
  slug: string;
  name: string;
  periodId: number | null;
  /** The codes and types the period asks. */
  indicators: Array<{ code: string; type: IndicatorType }>;
  groups: GeneratedGroup[];
}

export interface WardSpec {
  slug: string;
  name: string;
  groups: number;
  seed: number;
  /** Indicator codes this ward's catalogue lacks (retired before the period opened). */
  without?: string[];
  /** No period of the roll-up's (year, kind). */
  noPeriod?: boolean;
}

const STATUSES: Array<ReportStatus | null> = [null, "draft", "submitted", "submitted", "approved", "approved", "returned", "submitted"];

/** One ward with a period of (YEAR, KIND), another of (YEAR, so_ket) that must not count, and random data. */
export async function generateWard(db: Db, spec: WardSpec): Promise<GeneratedWard> {
  const random = rng(spec.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const ward = await createWard(db, {
    slug: spec.slug,
    name: spec.name,
    issuerNameLines: ["ỦY BAN NHÂN DÂN", spec.name.toLocaleUpperCase("vi")],
    placeName: spec.name,
    signerName: "Nguyễn Văn Ký",
  });
  await installCatalogue(db, ward.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
  if (spec.without?.length) {
    await db.indicator.updateMany({ where: { wardId: ward.id, code: { in: spec.without } }, data: { retiredAt: new Date("2024-01-01T00:00:00Z") } });
  }
  await db.group.createMany({
    data: Array.from({ length: spec.groups }, (_, i) => ({ wardId: ward.id, name: `Tổ ${i + 1}`, sortOrder: i + 1, active: random() > 0.08 })),
  });
  const groupRows = await db.group.findMany({ where: { wardId: ward.id }, orderBy: { id: "asc" } });

  // Noise: a sơ kết period of the same year, every group submitted with large figures.
  const noise = await createPeriod(db, ward.id, {
    name: `6 tháng đầu năm ${YEAR}`,
    kind: "so_ket",
    year: YEAR,
    startDate: new Date(`${YEAR}-01-01T00:00:00Z`),
    endDate: new Date(`${YEAR}-06-30T00:00:00Z`),
    deadline: new Date(`${YEAR}-07-10T00:00:00Z`),
  });
  const noiseIndicators = await periodIndicators(db, noise.id);
  for (const group of groupRows) {
    const report = await db.groupReport.create({ data: { periodId: noise.id, groupId: group.id, status: "submitted" } });
    await db.reportValue.createMany({
      data: noiseIndicators.flatMap((indicator): Array<{ reportId: number; indicatorId: number; boolValue?: boolean; numberValue?: bigint }> =>
        indicator.type === "yes_no" ? [{ reportId: report.id, indicatorId: indicator.id, boolValue: true }] : indicator.type === "text" ? [] : [{ reportId: report.id, indicatorId: indicator.id, numberValue: 1_000_000n }],
      ),
    });
  }

  const groups: GeneratedGroup[] = groupRows.map((group) => ({ id: group.id, active: group.active, status: null, values: new Map(), pledge: null }));
  // Pledges: of the period's year (signed or not) and of the year before (never counted).
  for (const group of groups) {
    const roll = random();
    const year = roll < 0.1 ? YEAR - 1 : YEAR;
    if (roll > 0.85) continue;
    const items: Record<string, number | boolean> = {
      cultural_group: random() < 0.8,
      cultural_households: random() < 0.2 ? 0 : int(50, 300),
      pccc_model: random() < 0.6,
    };
    if (random() < 0.2) delete items.pccc_model;
    group.pledge = { year, signed: random() < 0.8, items };
    const pledge = await db.pledge.create({
      data: { groupId: group.id, year, signedAt: group.pledge.signed ? new Date(`${YEAR}-02-01T00:00:00Z`) : null },
    });
    await db.pledgeEntry.createMany({
      data: Object.entries(items).map(([itemCode, value]) =>
        typeof value === "boolean" ? { pledgeId: pledge.id, itemCode, boolValue: value } : { pledgeId: pledge.id, itemCode, numberValue: BigInt(value) },
      ),
    });
  }

  if (spec.noPeriod) return { id: ward.id, slug: ward.slug, name: ward.name, periodId: null, indicators: [], groups };

  const period = await createPeriod(db, ward.id, {
    name: spec.seed % 2 === 0 ? `Năm ${YEAR}` : `Tổng kết năm ${YEAR}`,
    kind: KIND,
    year: YEAR,
    startDate: new Date(`${YEAR}-01-01T00:00:00Z`),
    endDate: new Date(`${YEAR}-12-31T00:00:00Z`),
    deadline: new Date(`${YEAR + 1}-01-15T00:00:00Z`),
  });
  const indicators = await periodIndicators(db, period.id);
  for (const group of groups) {
    group.status = STATUSES[int(0, STATUSES.length - 1)]!;
    if (group.status === null) continue;
    const report = await db.groupReport.create({ data: { periodId: period.id, groupId: group.id, status: group.status } });
    const total = int(80, 400);
    const registered = total - int(0, 20);
    const rows: Array<{ reportId: number; indicatorId: number; numberValue?: bigint; boolValue?: boolean; textValue?: string }> = [];
    for (const indicator of indicators) {
      if (random() < 0.07) continue; // unanswered (a draft, or an optional question)
      let value: number | boolean | string;
      switch (indicator.code) {
        case "households_total":
          value = total;
          break;
        case "households_registered":
          value = registered;
          break;
        case "households_cultural":
          value = registered - int(0, 10);
          break;
        case "poverty_gift_money":
          value = int(0, 300) * 100_000 + int(0, 9) * 1000;
          break;
        default:
          value = indicator.type === "yes_no" ? random() < 0.7 : indicator.type === "text" ? `Ghi chú ${group.id}` : int(0, 250);
      }
      group.values.set(indicator.code, value);
      rows.push({
        reportId: report.id,
        indicatorId: indicator.id,
        ...(typeof value === "number" ? { numberValue: BigInt(value) } : typeof value === "boolean" ? { boolValue: value } : { textValue: value }),
      });
    }
    await db.reportValue.createMany({ data: rows });
  }
  // A stray answer to an indicator the period does not ask (retired before it opened): never counted.
  const counted = groups.find((group) => group.status === "submitted" || group.status === "approved");
  if (spec.without?.length && counted) {
    const report = await db.groupReport.findFirstOrThrow({ where: { periodId: period.id, groupId: counted.id } });
    const retired = await db.indicator.findMany({ where: { wardId: ward.id, code: { in: spec.without } } });
    await db.reportValue.createMany({ data: retired.map((indicator) => ({ reportId: report.id, indicatorId: indicator.id, numberValue: 777n })) });
  }
  return {
    id: ward.id,
    slug: ward.slug,
    name: ward.name,
    periodId: period.id,
    indicators: indicators.map((indicator) => ({ code: indicator.code, type: indicator.type })),
    groups,
  };
}

export async function generateCity(db: Db, specs: WardSpec[], city = { slug: "thai-nguyen", name: "Thành phố Thái Nguyên" }) {
  const created = await createCity(db, city);
  const wards: GeneratedWard[] = [];
  for (const spec of specs) {
    const ward = await generateWard(db, spec);
    await addWardToCity(db, created.id, ward.id);
    wards.push(ward);
  }
  return { cityId: created.id, wards };
}

/** What the roll-up must say about one generated ward, computed the plain way. */
export function expectedWard(ward: GeneratedWard) {
  const counted = (group: GeneratedGroup) => group.status === "submitted" || group.status === "approved";
  // The groups a period expects: the active ones, and any group that reported in it (deactivated or merged since).
  const groups = ward.groups.filter((group) => group.active || group.status !== null).length;
  const reports = ward.groups.filter((group) => group.status !== null);
  const reported = reports.filter(counted).length;
  const sums: Record<string, number> = {};
  const yes: Record<string, number> = {};
  const answered: Record<string, number> = {};
  const signed = ward.groups.filter((group) => group.pledge?.year === YEAR && group.pledge.signed);
  const pcccPledged = new Set(signed.filter((group) => group.pledge!.items.pccc_model === true).map((group) => group.id));
  let pcccYesAmongPledged = 0;
  for (const group of reports.filter(counted)) {
    for (const [code, value] of group.values) {
      answered[code] = (answered[code] ?? 0) + 1;
      if (typeof value === "number") sums[code] = (sums[code] ?? 0) + value;
      if (value === true) {
        yes[code] = (yes[code] ?? 0) + 1;
        if (code === "pccc_model" && pcccPledged.has(group.id)) pcccYesAmongPledged++;
      }
    }
  }
  const byItem: Record<string, number> = {};
  for (const group of signed) {
    for (const [item, value] of Object.entries(group.pledge!.items)) if (value === true || (typeof value === "number" && value > 0)) byItem[item] = (byItem[item] ?? 0) + 1;
  }
  return {
    groups,
    reported,
    drafts: reports.filter((group) => group.status === "draft").length,
    returned: reports.filter((group) => group.status === "returned").length,
    notStarted: Math.max(0, groups - reports.length),
    sums,
    yes,
    answered,
    pcccYesAmongPledged,
    signed: signed.length,
    byItem,
  };
}
