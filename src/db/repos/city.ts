// Cities (thành phố) and the wards they group: the level of the city roll-up.
import type { PeriodKind } from "../../domain/types.js";
import type { Db } from "../client.js";

export const PERIOD_KINDS: readonly PeriodKind[] = ["so_ket", "tong_ket", "other"];

export async function createCity(db: Db, input: { slug: string; name: string }) {
  return db.city.create({ data: { slug: input.slug, name: input.name } });
}

export async function findCityBySlug(db: Db, slug: string) {
  return db.city.findUnique({ where: { slug } });
}

export async function findCity(db: Db, cityId: number) {
  return db.city.findUnique({ where: { id: cityId } });
}

/** Cities with their wards (by name). */
export async function listCities(db: Db) {
  const cities = await db.city.findMany({ orderBy: { id: "asc" }, include: { wards: { select: { slug: true, name: true } } } });
  return cities.map((city) => ({ ...city, wards: sortWards(city.wards) }));
}

/** Puts a ward in a city (a ward belongs to at most one city; this moves it). */
export async function addWardToCity(db: Db, cityId: number, wardId: number) {
  return db.ward.update({ where: { id: wardId }, data: { cityId } });
}

export async function removeWardFromCity(db: Db, wardId: number) {
  return db.ward.update({ where: { id: wardId }, data: { cityId: null } });
}

/** The wards of a city in Vietnamese alphabetical order of their names. */
export async function cityWards(db: Db, cityId: number) {
  return sortWards(await db.ward.findMany({ where: { cityId }, select: { id: true, slug: true, name: true } }));
}

function sortWards<T extends { name: string; slug: string }>(wards: T[]): T[] {
  return [...wards].sort((a, b) => a.name.localeCompare(b.name, "vi") || a.slug.localeCompare(b.slug));
}

export interface CityPeriodChoice {
  year: number;
  kind: PeriodKind;
  /** Wards of the city that have a period of this year and kind. */
  wards: number;
  /** Whether one of those periods is still open. */
  open: boolean;
}

/** The (year, kind) pairs of the periods of the city's wards: most recent year first, then tổng kết, sơ kết, other. */
export async function cityPeriodChoices(db: Db, cityId: number): Promise<CityPeriodChoice[]> {
  const periods = await db.period.findMany({ where: { ward: { cityId } }, select: { wardId: true, year: true, kind: true, status: true } });
  const byKey = new Map<string, { year: number; kind: PeriodKind; wards: Set<number>; open: boolean }>();
  for (const period of periods) {
    const key = `${period.year}:${period.kind}`;
    const entry = byKey.get(key) ?? { year: period.year, kind: period.kind, wards: new Set<number>(), open: false };
    entry.wards.add(period.wardId);
    entry.open ||= period.status === "open";
    byKey.set(key, entry);
  }
  const kindOrder: Record<PeriodKind, number> = { tong_ket: 0, so_ket: 1, other: 2 };
  return [...byKey.values()]
    .map((entry) => ({ year: entry.year, kind: entry.kind, wards: entry.wards.size, open: entry.open }))
    .sort((a, b) => b.year - a.year || kindOrder[a.kind] - kindOrder[b.kind]);
}
