// The award sheets as exported for the office to edit: forms in their order, each rate on its
// own row (individuals, households, collectives, each by start date) with the form's own columns
// on its first row only; a form without rates on one row; base salaries by date; each setting
// in words, with its drop-down list or number format on the value cell.
import { describe, expect, it } from "vitest";
import { DEFAULT_AWARD_SETTINGS } from "../../src/domain/awards/defaults.js";
import type { AwardFormDef } from "../../src/domain/awards/types.js";
import { awardSheets, MONEY_FORMAT, ROUNDING_WORDS, VOTE_RULE_WORDS, type AwardBook } from "../../src/domain/catalogue-book/index.js";

const form = (code: string, order: number, rates: AwardFormDef["rates"] = []): AwardFormDef => ({
  code,
  name: `Hình thức ${code}`,
  kind: "giay_khen",
  certificateTitle: "GIẤY KHEN",
  titleName: "",
  legalBasis: ["Căn cứ Luật Thi đua, khen thưởng", "Căn cứ Nghị định số 152/2025/NĐ-CP"],
  order,
  rates,
});

describe("exported award sheets", () => {
  it("write forms by order, rates by recipient then start day, the form's own columns on its first row only", () => {
    const rates: AwardFormDef["rates"] = [
      { recipientKind: "tap_the", coefficientMilli: 600, validFrom: "2024-01-01", validTo: null, legalBasis: "" },
      { recipientKind: "ca_nhan", coefficientMilli: 300, validFrom: "2026-07-01", validTo: null, legalBasis: "Điểm e" },
      { recipientKind: "ho_gia_dinh", coefficientMilli: 450, validFrom: "2025-07-01", validTo: null, legalBasis: "" },
      { recipientKind: "ca_nhan", coefficientMilli: 150, validFrom: "2024-01-01", validTo: "2026-06-30", legalBasis: "" },
    ];
    const book: AwardBook = { forms: [form("c", 3), form("a", 1, rates), form("b", 2)], baseSalaries: [], settings: DEFAULT_AWARD_SETTINGS };
    const [forms] = awardSheets(book);
    const basis = "Căn cứ Luật Thi đua, khen thưởng\nCăn cứ Nghị định số 152/2025/NĐ-CP";
    const own = (code: string) => [`Hình thức ${code}`, "Giấy khen"];
    const tail = (order: number) => ["", "GIẤY KHEN", basis, order];
    expect(forms!.data).toEqual([
      ["a", ...own("a"), "Cá nhân", 0.15, "01/01/2024", "30/06/2026", "", ...tail(1)],
      ["a", "", "", "Cá nhân", 0.3, "01/07/2026", "", "Điểm e", "", "", "", ""],
      ["a", "", "", "Hộ gia đình", 0.45, "01/07/2025", "", "", "", "", "", ""],
      ["a", "", "", "Tập thể", 0.6, "01/01/2024", "", "", "", "", "", ""],
      ["b", ...own("b"), "", "", "", "", "", ...tail(2)],
      ["c", ...own("c"), "", "", "", "", "", ...tail(3)],
    ]);
  });

  it("write base salaries by start day, and each setting in words with its list or number format", () => {
    const book: AwardBook = {
      forms: [],
      baseSalaries: [
        { validFrom: "2026-07-01", amount: 2_530_000, legalBasis: "Nghị định số 161/2026/NĐ-CP" },
        { validFrom: "2023-07-01", amount: 1_800_000, legalBasis: "" },
        { validFrom: "2024-07-01", amount: 2_340_000, legalBasis: "Nghị định số 73/2024/NĐ-CP" },
      ],
      settings: { rounding: { mode: "down", step: 1000 }, votePassRule: "of_cast", votePassPercent: 60, postingDays: 7, legalBasis: ["Căn cứ A", "Căn cứ B"], decisionSymbol: "QĐ-CT" },
    };
    const [, salaries, settings] = awardSheets(book);
    expect(salaries!.data).toEqual([
      [1_800_000, "01/07/2023", ""],
      [2_340_000, "01/07/2024", "Nghị định số 73/2024/NĐ-CP"],
      [2_530_000, "01/07/2026", "Nghị định số 161/2026/NĐ-CP"],
    ]);
    expect(settings!.data.map((row) => row.slice(0, 2))).toEqual([
      ["Cách làm tròn số tiền thưởng", "Làm tròn xuống"],
      ["Làm tròn đến (đồng)", 1000],
      ["Căn cứ chung của quyết định", "Căn cứ A\nCăn cứ B"],
      ["Ký hiệu quyết định", "QĐ-CT"],
      ["Số ngày niêm yết", 7],
      ["Cách tính biểu quyết của Hội đồng", "Trên số thành viên biểu quyết"],
      ["Tỷ lệ đồng ý để thông qua (%)", 60],
    ]);
    const list = (words: Record<string, string>) => ({ column: 1, choices: Object.values(words), numFmt: undefined });
    const plain = { column: 1, choices: undefined, numFmt: undefined };
    expect(settings!.rowCells).toEqual({ 0: list(ROUNDING_WORDS), 1: { column: 1, choices: undefined, numFmt: MONEY_FORMAT }, 2: plain, 3: plain, 4: plain, 5: list(VOTE_RULE_WORDS), 6: plain });
  });
});
