// What a group's report holds, read back from the database as plain values (code → value), and
// the answers the leader-report scenarios type (the same on Telegram and on Zalo).
import type { Db } from "../../src/db/client.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { reportAnswers } from "../../src/db/repos/reports.js";

export type StoredValues = Record<string, number | boolean | string>;

/** The stored answers of a group's report in a period (by the period's name), and the report's status. */
export async function storedReport(db: Db, periodName: string, groupId: number): Promise<{ values: StoredValues; status: string | null; reportId: number | null }> {
  const period = await db.period.findFirstOrThrow({ where: { name: periodName } });
  const stored = await reportAnswers(db, period.id, groupId, await periodIndicators(db, period.id));
  const report = await db.groupReport.findFirst({ where: { periodId: period.id, groupId } });
  return {
    values: Object.fromEntries([...stored].map(([code, answer]) => [code, answer.value])) as StoredValues,
    status: report?.status ?? null,
    reportId: report?.id ?? null,
  };
}

/** Tổ 1's report as the leader-report scenarios type it (a correction of item 5 included). */
export const LEADER_REPORT_VALUES: StoredValues = {
  households_total: 226,
  households_registered: 224,
  households_cultural: 220,
  learning_families: 150,
  poverty_gift_money: 2_500_000,
  poverty_gift_count: 12,
  pccc_model: true,
  good_deeds: "",
  difficulties: "Đề nghị phường hỗ trợ sửa chữa nhà văn hóa.",
};
