import type { Db } from "../client.js";

export type WardFigureValue = number | string;

export async function saveWardFigure(
  db: Db,
  periodId: number,
  code: string,
  value: WardFigureValue,
  memberId: number | null,
) {
  const data =
    typeof value === "number"
      ? { numberValue: BigInt(value), textValue: null, enteredById: memberId }
      : { numberValue: null, textValue: value, enteredById: memberId };
  return db.wardFigure.upsert({
    where: { periodId_code: { periodId, code } },
    create: { periodId, code, ...data },
    update: data,
  });
}

export async function wardFigures(db: Db, periodId: number): Promise<Record<string, WardFigureValue>> {
  const rows = await db.wardFigure.findMany({ where: { periodId } });
  return Object.fromEntries(
    rows.map((row) => [row.code, row.numberValue !== null ? Number(row.numberValue) : (row.textValue ?? "")]),
  );
}
