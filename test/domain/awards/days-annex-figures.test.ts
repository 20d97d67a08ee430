// What an officer reads of the awards apart from the amounts: the days a decision is dated as
// stored, the annex's counts and total, the báo cáo's commendation figures (typed in /solieu,
// or counted from the signed decisions), the decision's default wording and the reason a step
// was refused.
import { describe, expect, it } from "vitest";
import {
  annexTotals,
  AwardError,
  countsPhrase,
  defaultAchievementClause,
  defaultSubject,
  kindsPhrase,
  punctuateBasis,
  recipientKindWord,
  isIsoDay,
  isoDay,
  mergeCommendations,
  parseIsoDay,
  type DecidedCommendations,
} from "../../../src/domain/awards/index.js";

describe("days as stored for awards", () => {
  it("writes a day as YYYY-MM-DD with its zeros, so that days sort as text", () => {
    expect(isoDay({ year: 2026, month: 7, day: 1 })).toBe("2026-07-01");
    expect(isoDay({ year: 2026, month: 12, day: 31 })).toBe("2026-12-31");
    expect(isoDay({ year: 987, month: 1, day: 5 })).toBe("0987-01-05");
    expect(isoDay({ year: 2026, month: 6, day: 30 }) < isoDay({ year: 2026, month: 7, day: 1 })).toBe(true);
  });

  it("reads back a stored day, and refuses what is not one", () => {
    expect(parseIsoDay("2026-07-01")).toEqual({ year: 2026, month: 7, day: 1 });
    expect(parseIsoDay("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ["2026-02-29", "2026-13-01", "2026-7-1", "01/07/2026", "2026-07-01x", "x2026-07-01", ""]) {
      expect(() => parseIsoDay(bad), bad).toThrow(`not a calendar day: ${bad}`);
      expect(isIsoDay(bad), bad).toBe(false);
    }
    expect(isIsoDay("2026-07-01")).toBe(true);
    expect(isIsoDay("2028-02-29")).toBe(true);
  });
});

describe("an annex's totals", () => {
  it("counts the lines of each kind and adds up their amounts", () => {
    const totals = annexTotals([
      { recipientKind: "ca_nhan", amount: 760_000 },
      { recipientKind: "ca_nhan", amount: 760_000 },
      { recipientKind: "tap_the", amount: 1_520_000 },
    ]);
    expect(totals).toEqual({
      count: 3,
      byKind: { ca_nhan: 2, ho_gia_dinh: 0, tap_the: 1 },
      amountByKind: { ca_nhan: 1_520_000, ho_gia_dinh: 0, tap_the: 1_520_000 },
      amount: 3_040_000,
    });
  });

  it("shows an empty annex as nothing of each kind", () => {
    expect(annexTotals([])).toEqual({
      count: 0,
      byKind: { ca_nhan: 0, ho_gia_dinh: 0, tap_the: 0 },
      amountByKind: { ca_nhan: 0, ho_gia_dinh: 0, tap_the: 0 },
      amount: 0,
    });
  });
});

describe("the báo cáo's commendation figures", () => {
  const decided: DecidedCommendations = { decisions: 2, collectives: 3, individuals: 7, households: 12, titles: { gdvh: 12, giay_khen: 10 }, amount: 9_880_000 };
  const none: DecidedCommendations = { decisions: 0, collectives: 0, individuals: 0, households: 0, titles: {}, amount: 0 };

  it("fills from the signed decisions what the officer did not type, and says so", () => {
    const merged = mergeCommendations({ meetings: 4 }, decided);
    expect(merged.figures).toEqual({ meetings: 4, commended_collectives: 3, commended_individuals: 7, reward_money: 9_880_000 });
    expect(merged.commendations).toEqual({
      fromDecisions: decided,
      sources: { commended_collectives: "decisions", commended_individuals: "decisions", reward_money: "decisions" },
      culturalHouseholds: "decisions",
    });
  });

  it("keeps a figure the officer typed, even 0, over the decisions' count", () => {
    const merged = mergeCommendations({ commended_collectives: 5, commended_individuals: 0 }, decided);
    expect(merged.figures).toEqual({ commended_collectives: 5, commended_individuals: 0, reward_money: 9_880_000 });
    expect(merged.commendations.sources).toEqual({ commended_collectives: "solieu", commended_individuals: "solieu", reward_money: "decisions" });
  });

  it("leaves the figures empty without a typed figure or a signed decision, and counts cultural households from the reports", () => {
    const merged = mergeCommendations({ commended_collectives: "không rõ" }, none);
    expect(merged.figures).toEqual({ commended_collectives: "không rõ" });
    expect(merged.commendations.sources).toEqual({ commended_collectives: "none", commended_individuals: "none", reward_money: "none" });
    expect(merged.commendations.culturalHouseholds).toBe("reports");
    expect(mergeCommendations({}, { ...decided, titles: { giay_khen: 10 } }).commendations.culturalHouseholds).toBe("reports");
    expect(mergeCommendations({}, { ...decided, titles: { gdvh: 0 } }).commendations.culturalHouseholds).toBe("reports");
  });
});

describe("a refused award step", () => {
  it("carries its code, with the detail in the message when there is one", () => {
    const plain = new AwardError("locked");
    expect(plain).toMatchObject({ code: "locked", message: "locked", name: "AwardError" });
    expect(new AwardError("number-taken", "12/QĐ-UBND").message).toBe("number-taken: 12/QĐ-UBND");
  });
});

describe("a decision's default wording", () => {
  const totals = (tap_the: number, ca_nhan: number, ho_gia_dinh: number) =>
    annexTotals([
      ...Array.from({ length: tap_the }, () => ({ recipientKind: "tap_the" as const, amount: 1 })),
      ...Array.from({ length: ca_nhan }, () => ({ recipientKind: "ca_nhan" as const, amount: 1 })),
      ...Array.from({ length: ho_gia_dinh }, () => ({ recipientKind: "ho_gia_dinh" as const, amount: 1 })),
    ]);

  it("names the kinds present in document order: collectives, persons, households, the last after 'và'", () => {
    expect(kindsPhrase(totals(3, 5, 2))).toBe("tập thể, cá nhân và hộ gia đình");
    expect(kindsPhrase(totals(0, 5, 2))).toBe("cá nhân và hộ gia đình");
    expect(kindsPhrase(totals(1, 0, 0))).toBe("tập thể");
    expect(kindsPhrase(totals(0, 0, 0))).toBe("");
    expect(countsPhrase(totals(3, 5, 2))).toBe("3 tập thể, 5 cá nhân và 2 hộ gia đình");
    expect(countsPhrase(totals(3, 0, 2))).toBe("3 tập thể và 2 hộ gia đình");
    expect(countsPhrase(totals(0, 1, 0))).toBe("1 cá nhân");
    expect(countsPhrase(totals(0, 0, 0))).toBe("");
    expect(recipientKindWord("ho_gia_dinh")).toBe("hộ gia đình");
  });

  it("writes the trích yếu of a Giấy khen and of a title, and Điều 1's clause, with the year", () => {
    expect(defaultSubject({ kind: "giay_khen", titleName: "" }, totals(2, 3, 0), 2026)).toBe(
      "tặng Giấy khen cho tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2026",
    );
    expect(defaultSubject({ kind: "danh_hieu", titleName: "Gia đình văn hóa" }, totals(0, 0, 12), 2026)).toBe("công nhận danh hiệu “Gia đình văn hóa” năm 2026");
    expect(defaultAchievementClause(2026)).toBe("đã có thành tích xuất sắc trong các phong trào thi đua năm 2026");
  });

  it("ends each 'Căn cứ' line with ';' and the last with '.', replacing what was typed and dropping blank lines", () => {
    expect(punctuateBasis(["Luật Thi đua, khen thưởng năm 2022.", "  Nghị định 152/2025/NĐ-CP;; ", "", "Quyết định số 12/QĐ-UBND,"])).toEqual([
      "Luật Thi đua, khen thưởng năm 2022;",
      "Nghị định 152/2025/NĐ-CP;",
      "Quyết định số 12/QĐ-UBND.",
    ]);
    expect(punctuateBasis(["Luật Thi đua, khen thưởng năm 2022"])).toEqual(["Luật Thi đua, khen thưởng năm 2022."]);
    expect(punctuateBasis([" ", ";"])).toEqual([]);
  });
});
