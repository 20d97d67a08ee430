// What an import of the award sheets would change, and what it may not: every kind of change
// (forms added, restored, renamed, retired; rates and base salaries added, changed, removed;
// settings) comes with its before and after for the audit trail, counted for the one-line
// summary. A signed decision's coefficient and base salary are refused changed, overtaken or
// deleted, each refusal naming the row (read from the workbook) and the earliest signed day;
// a draft's line left without a rate is refused once.
import { describe, expect, it } from "vitest";
import { DEFAULT_AWARD_FORMS, DEFAULT_AWARD_SETTINGS } from "../../src/domain/awards/defaults.js";
import type { AwardFormDef } from "../../src/domain/awards/types.js";
import {
  awardsPlanCounts,
  isEmptyAwardsPlan,
  planAwards,
  readCatalogueBook,
  type AwardBook,
  type AwardsPlan,
  type CellValue,
  type SignedRateUse,
  type SignedSalaryUse,
  type WorkbookCells,
} from "../../src/domain/catalogue-book/index.js";
import { defaultAwards, exportedCellsWithAwards, storedAwards, problemText } from "./support/catalogue-book.js";

const awards = defaultAwards;
const stored = storedAwards;
const formOf = <F extends AwardFormDef>(book: { forms: F[] }, code: string): F => book.forms.find((f) => f.code === code)!;

function planOf(next: AwardBook, before = stored()): AwardsPlan {
  const result = planAwards(before, next);
  expect(result.ok ? [] : result.problems.map(problemText)).toEqual([]);
  return result.ok ? result.plan : { forms: [], rates: [], baseSalaries: [], settings: [] };
}

describe("the plan of an import", () => {
  it("lists every change with its before and after, and counts them for the summary", () => {
    const before = stored();
    formOf(before, "tdpvh").active = false;
    const next = awards();
    const giayKhen = formOf(next, "giay_khen");
    giayKhen.name = "Giấy khen của Chủ tịch UBND phường";
    giayKhen.rates = giayKhen.rates
      .filter((r) => r.recipientKind !== "ho_gia_dinh")
      .map((r) => (r.recipientKind === "ca_nhan" && r.validFrom === "2025-07-01" ? { ...r, coefficientMilli: 350 } : r));
    giayKhen.rates.push({ recipientKind: "ca_nhan", coefficientMilli: 400, validFrom: "2026-07-01", validTo: null, legalBasis: "" });
    next.forms = next.forms.filter((f) => f.code !== "ldtt");
    const added: AwardFormDef = {
      code: "gk_khuyen_hoc",
      name: "Giấy khen khuyến học",
      kind: "giay_khen",
      certificateTitle: "GIẤY KHEN",
      titleName: "",
      legalBasis: ["Căn cứ Điều lệ Hội Khuyến học"],
      order: 5,
      rates: [{ recipientKind: "tap_the", coefficientMilli: 500, validFrom: "2026-01-01", validTo: null, legalBasis: "" }],
    };
    next.forms.push(added);
    next.baseSalaries = [
      { validFrom: "2024-07-01", amount: 2_340_000, legalBasis: "Nghị định số 73/2024/NĐ-CP" },
      { validFrom: "2026-07-01", amount: 2_600_000, legalBasis: "Nghị định số 161/2026/NĐ-CP" },
      { validFrom: "2027-07-01", amount: 2_800_000, legalBasis: "" },
    ];
    next.settings.rounding = { mode: "up", step: 1000 };
    next.settings.postingDays = 7;

    const plan = planOf(next, before);
    const fields = (form: AwardFormDef) => ({ name: form.name, kind: form.kind, certificateTitle: form.certificateTitle, titleName: form.titleName, legalBasis: form.legalBasis, order: form.order });
    const defaults = (code: string) => fields(DEFAULT_AWARD_FORMS.find((f) => f.code === code)!);
    expect(plan).toEqual({
      forms: [
        { code: "giay_khen", change: "changed", before: defaults("giay_khen"), after: { ...defaults("giay_khen"), name: "Giấy khen của Chủ tịch UBND phường" } },
        { code: "tdpvh", change: "restored", before: defaults("tdpvh"), after: defaults("tdpvh") },
        { code: "gk_khuyen_hoc", change: "added", before: null, after: fields(added) },
        { code: "ldtt", change: "retired", before: defaults("ldtt"), after: null },
      ],
      rates: [
        {
          form: "giay_khen",
          recipientKind: "ca_nhan",
          validFrom: "2025-07-01",
          before: { coefficientMilli: 300, validTo: null, legalBasis: "Điểm e khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP" },
          after: { coefficientMilli: 350, validTo: null, legalBasis: "Điểm e khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP" },
        },
        { form: "giay_khen", recipientKind: "ca_nhan", validFrom: "2026-07-01", before: null, after: { coefficientMilli: 400, validTo: null, legalBasis: "" } },
        {
          form: "giay_khen",
          recipientKind: "ho_gia_dinh",
          validFrom: "2025-07-01",
          before: { coefficientMilli: 450, validTo: null, legalBasis: "Khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP (1,5 lần cá nhân)" },
          after: null,
        },
        { form: "gk_khuyen_hoc", recipientKind: "tap_the", validFrom: "2026-01-01", before: null, after: { coefficientMilli: 500, validTo: null, legalBasis: "" } },
      ],
      baseSalaries: [
        { validFrom: "2026-07-01", before: { amount: 2_530_000, legalBasis: "Nghị định số 161/2026/NĐ-CP" }, after: { amount: 2_600_000, legalBasis: "Nghị định số 161/2026/NĐ-CP" } },
        { validFrom: "2027-07-01", before: null, after: { amount: 2_800_000, legalBasis: "" } },
        { validFrom: "2023-07-01", before: { amount: 1_800_000, legalBasis: "Nghị định số 24/2023/NĐ-CP" }, after: null },
      ],
      settings: [
        { setting: "rounding", before: { mode: "up", step: 10_000 }, after: { mode: "up", step: 1000 } },
        { setting: "postingDays", before: 10, after: 7 },
      ],
    });
    expect(awardsPlanCounts(plan)).toEqual({
      forms: { added: 2, changed: 1, retired: 1 },
      rates: { added: 2, changed: 1, removed: 1 },
      baseSalaries: { added: 1, changed: 1, removed: 1 },
      settings: ["rounding", "postingDays"],
    });
    expect(isEmptyAwardsPlan(plan)).toBe(false);
  });

  it("counts a rate's end day or wording, a salary's wording and every setting as changes; a form already retired stays out", () => {
    const before = stored();
    formOf(before, "ldtt").active = false;
    const next = awards();
    next.forms = next.forms.filter((f) => f.code !== "ldtt");
    formOf(next, "gdvh").rates[0]!.validTo = "2026-12-31";
    formOf(next, "tdpvh").rates[0]!.legalBasis = "Điều 50";
    next.baseSalaries[0]!.legalBasis = "Nghị định 24/2023/NĐ-CP";
    next.settings = { rounding: { mode: "nearest", step: 10_000 }, votePassRule: "unanimous", votePassPercent: 60, postingDays: 10, legalBasis: ["Căn cứ Luật Thi đua, khen thưởng"], decisionSymbol: "QĐ-CT" };
    const plan = planOf(next, before);
    expect(plan.forms).toEqual([]);
    expect(plan.rates.map((r) => [r.form, r.before?.validTo, r.after?.validTo, r.before?.legalBasis, r.after?.legalBasis])).toEqual([
      ["gdvh", null, "2026-12-31", "Nghị định số 86/2023/NĐ-CP", "Nghị định số 86/2023/NĐ-CP"],
      ["tdpvh", null, null, "Điều 50 Nghị định số 152/2025/NĐ-CP", "Điều 50"],
    ]);
    expect(plan.baseSalaries).toEqual([{ validFrom: "2023-07-01", before: { amount: 1_800_000, legalBasis: "Nghị định số 24/2023/NĐ-CP" }, after: { amount: 1_800_000, legalBasis: "Nghị định 24/2023/NĐ-CP" } }]);
    expect(plan.settings).toEqual([
      { setting: "rounding", before: { mode: "up", step: 10_000 }, after: { mode: "nearest", step: 10_000 } },
      { setting: "legalBasis", before: DEFAULT_AWARD_SETTINGS.legalBasis, after: ["Căn cứ Luật Thi đua, khen thưởng"] },
      { setting: "decisionSymbol", before: "QĐ-UBND", after: "QĐ-CT" },
      { setting: "votePassRule", before: "of_members", after: "unanimous" },
      { setting: "votePassPercent", before: 50, after: 60 },
    ]);
    expect(awardsPlanCounts(plan)).toEqual({
      forms: { added: 0, changed: 0, retired: 0 },
      rates: { added: 0, changed: 2, removed: 0 },
      baseSalaries: { added: 0, changed: 1, removed: 0 },
      settings: ["rounding", "legalBasis", "decisionSymbol", "votePassRule", "votePassPercent"],
    });
  });

  it("is empty only when nothing changes, whichever two parts change together", () => {
    expect(isEmptyAwardsPlan(planOf(awards()))).toBe(true);
    const newForm = awards();
    newForm.forms.push({ ...structuredClone(DEFAULT_AWARD_FORMS[3]!), code: "ldtt_2", order: 5 });
    const rateAndSalary = awards();
    formOf(rateAndSalary, "ldtt").rates[0]!.coefficientMilli = 350;
    rateAndSalary.baseSalaries.pop();
    const salaryAndSetting = awards();
    salaryAndSetting.baseSalaries.pop();
    salaryAndSetting.settings.postingDays = 15;
    for (const next of [newForm, rateAndSalary, salaryAndSetting]) expect(isEmptyAwardsPlan(planOf(next))).toBe(false);
    expect(awardsPlanCounts(planOf(newForm))).toMatchObject({ forms: { added: 1 }, rates: { added: 1, changed: 0, removed: 0 } });
  });
});

// The exported workbook, edited as the office edits it, then read and planned against decisions.
const workbook = (): WorkbookCells => exportedCellsWithAwards();
const FORMS = "Hình thức khen thưởng";
const SALARIES = "Mức lương cơ sở";
const sheetRows = (cells: WorkbookCells, name: string) => cells.sheets.find((s) => s.name === name)!.rows;
/** A rate row: code, name, kind, recipient, coefficient, from, to (columns A–G). */
const rateRow = (code: string, recipient: string, coefficient: CellValue, from: string): CellValue[] => [code, null, null, recipient, coefficient, from, null, null, null, null, null, null];

function refusals(cells: WorkbookCells, rates: readonly SignedRateUse[], salaries: readonly SignedSalaryUse[] = [], drafts: readonly SignedRateUse[] = []): string[] {
  const read = readCatalogueBook(cells);
  expect(read.ok ? [] : read.problems.map(problemText)).toEqual([]);
  const result = planAwards(stored(), read.ok ? read.catalogue.awards! : awards(), rates, salaries, drafts);
  return result.ok ? [] : result.problems.map(problemText);
}

const Q45 = "Quyết định số 45/QĐ-UBND ngày 10/12/2025";
const Q3 = "Quyết định số 3/QĐ-UBND ngày 20/01/2026";
const caNhan = (decision: string, day: string): SignedRateUse => ({ decision, formCode: "giay_khen", recipientKind: "ca_nhan", day });

describe("a signed decision's coefficient (Giấy khen, cá nhân, 0,3 from 01/07/2025, row 4)", () => {
  it("is refused edited, once for the row, naming the earliest decision whatever order they come in", () => {
    const cells = workbook();
    expect(sheetRows(cells, FORMS)[3]!.slice(0, 6)).toEqual(["giay_khen", "", "", "Cá nhân", 0.3, "01/07/2025"]);
    sheetRows(cells, FORMS)[3]![4] = "0,35";
    expect(refusals(cells, [caNhan(Q3, "2026-01-20"), caNhan(Q45, "2025-12-10")])).toEqual([
      "Trang “Hình thức khen thưởng”, dòng 4, cột E (Hệ số): không sửa được hệ số 0,3 (cá nhân, mã giay_khen, từ ngày 01/07/2025) vì Quyết định số 45/QĐ-UBND ngày 10/12/2025 đã ký, tính tiền thưởng theo hệ số này. Hãy giữ dòng này và thêm một dòng hệ số mới từ sau ngày 10/12/2025.",
    ]);
  });

  it("is refused overtaken by a new row starting on or before its day, and not by one starting after", () => {
    for (const from of ["01/12/2025", "10/12/2025"]) {
      const cells = workbook();
      sheetRows(cells, FORMS).push(rateRow("giay_khen", "Cá nhân", "0,4", from));
      expect(refusals(cells, [caNhan(Q3, "2026-01-20"), caNhan(Q45, "2025-12-10")])).toEqual([
        `Trang “Hình thức khen thưởng”, dòng 11, cột F (Từ ngày): hệ số 0,4 từ ngày ${from} (cá nhân, mã giay_khen) áp dụng cả cho ngày 10/12/2025, nhưng Quyết định số 45/QĐ-UBND ngày 10/12/2025 đã ký, tính tiền thưởng ngày đó theo hệ số 0,3. Hệ số mới phải bắt đầu từ sau ngày 10/12/2025.`,
      ]);
    }
    const later = workbook();
    sheetRows(later, FORMS).push(rateRow("giay_khen", "Cá nhân", "0,4", "11/12/2025"));
    expect(refusals(later, [caNhan(Q45, "2025-12-10")])).toEqual([]);
  });

  it("is refused deleted even when an older row is stretched over its day", () => {
    const cells = workbook();
    const forms = sheetRows(cells, FORMS);
    expect(forms[2]!.slice(3, 7)).toEqual(["Cá nhân", 0.15, "01/01/2024", "30/06/2025"]);
    forms[2]![6] = null; // 0,15 from 01/01/2024, without an end
    forms.splice(3, 1);
    expect(refusals(cells, [caNhan(Q3, "2026-01-20"), caNhan(Q45, "2025-12-10")])).toEqual([
      "Trang “Hình thức khen thưởng”: không xóa được dòng hệ số 0,3 (cá nhân, mã giay_khen, từ ngày 01/07/2025), cũng không rút ngắn được ngày áp dụng của nó về trước ngày 10/12/2025, vì Quyết định số 45/QĐ-UBND ngày 10/12/2025 đã ký, tính tiền thưởng theo hệ số này. Hãy giữ nguyên dòng đó.",
    ]);
  });

  it("is refused overtaken even by a new row with the same coefficient", () => {
    const cells = workbook();
    sheetRows(cells, FORMS).push(rateRow("giay_khen", "Cá nhân", "0,3", "01/12/2025"));
    expect(refusals(cells, [caNhan(Q45, "2025-12-10")])).toEqual([
      "Trang “Hình thức khen thưởng”, dòng 11, cột F (Từ ngày): hệ số 0,3 từ ngày 01/12/2025 (cá nhân, mã giay_khen) áp dụng cả cho ngày 10/12/2025, nhưng Quyết định số 45/QĐ-UBND ngày 10/12/2025 đã ký, tính tiền thưởng ngày đó theo hệ số 0,3. Hệ số mới phải bắt đầu từ sau ngày 10/12/2025.",
    ]);
  });

  it("names each broken row: the older coefficient edited and stretched, the newer deleted", () => {
    const cells = workbook();
    const forms = sheetRows(cells, FORMS);
    forms[2]![4] = "0,2";
    forms[2]![6] = null;
    forms.splice(3, 1);
    expect(refusals(cells, [caNhan(Q45, "2025-12-10"), caNhan("Quyết định số 9/QĐ-UBND ngày 01/03/2025", "2025-03-01")])).toEqual([
      "Trang “Hình thức khen thưởng”, dòng 3, cột E (Hệ số): không sửa được hệ số 0,15 (cá nhân, mã giay_khen, từ ngày 01/01/2024) vì Quyết định số 9/QĐ-UBND ngày 01/03/2025 đã ký, tính tiền thưởng theo hệ số này. Hãy giữ dòng này và thêm một dòng hệ số mới từ sau ngày 01/03/2025.",
      "Trang “Hình thức khen thưởng”: không xóa được dòng hệ số 0,3 (cá nhân, mã giay_khen, từ ngày 01/07/2025), cũng không rút ngắn được ngày áp dụng của nó về trước ngày 10/12/2025, vì Quyết định số 45/QĐ-UBND ngày 10/12/2025 đã ký, tính tiền thưởng theo hệ số này. Hãy giữ nguyên dòng đó.",
    ]);
  });

  it("when the decision's day had no coefficient: a new row covering it is refused, no row is no change", () => {
    const early = caNhan("Quyết định số 7/QĐ-UBND ngày 15/12/2023", "2023-12-15");
    expect(refusals(workbook(), [early])).toEqual([]);
    const cells = workbook();
    sheetRows(cells, FORMS).push(rateRow("giay_khen", "Cá nhân", "0,1", "01/01/2023"));
    expect(refusals(cells, [early])).toEqual([
      "Trang “Hình thức khen thưởng”, dòng 11, cột F (Từ ngày): hệ số 0,1 từ ngày 01/01/2023 (cá nhân, mã giay_khen) áp dụng cả cho ngày 15/12/2023, nhưng Quyết định số 7/QĐ-UBND ngày 15/12/2023 đã ký, tính tiền thưởng ngày đó theo một hệ số khác. Hệ số mới phải bắt đầu từ sau ngày 15/12/2023.",
    ]);
  });
});

describe("a base salary a signed decision used (2.340.000 đồng from 01/07/2024, row 4)", () => {
  const use = (decision: string, day: string): SignedSalaryUse => ({ decision, day });
  const uses = [use("một quyết định của phường khác ngày 20/01/2026", "2026-01-20"), use("một quyết định của phường khác ngày 10/12/2025", "2025-12-10")];

  it("is refused edited, once, naming the earliest decision; its wording may change", () => {
    const cells = workbook();
    expect(sheetRows(cells, SALARIES)[3]).toEqual([2_340_000, "01/07/2024", "Nghị định số 73/2024/NĐ-CP"]);
    sheetRows(cells, SALARIES)[3]![0] = "2.350.000";
    expect(refusals(cells, [], uses)).toEqual([
      "Trang “Mức lương cơ sở”, dòng 4, cột A (Mức lương cơ sở (đồng)): không sửa được mức 2.340.000 đồng từ ngày 01/07/2024 vì một quyết định của phường khác ngày 10/12/2025 đã ký, tính tiền thưởng theo mức này. Mức mới: thêm một dòng mới từ sau ngày 10/12/2025.",
    ]);
    const reworded = workbook();
    sheetRows(reworded, SALARIES)[3]![2] = "Nghị định 73/2024/NĐ-CP";
    expect(refusals(reworded, [], uses)).toEqual([]);
  });

  it("is refused deleted, the older salary then holding on its day", () => {
    const cells = workbook();
    sheetRows(cells, SALARIES).splice(3, 1);
    expect(refusals(cells, [], uses)).toEqual([
      "Trang “Mức lương cơ sở”: không xóa được mức 2.340.000 đồng từ ngày 01/07/2024 vì một quyết định của phường khác ngày 10/12/2025 đã ký, tính tiền thưởng theo mức này. Hãy giữ nguyên dòng đó.",
    ]);
  });

  it("is refused overtaken once by a new row, naming the earliest decision", () => {
    const cells = workbook();
    sheetRows(cells, SALARIES).push(["2.400.000", "01/12/2025", null]);
    expect(refusals(cells, [], uses)).toEqual([
      "Trang “Mức lương cơ sở”, dòng 6, cột B (Từ ngày): mức 2.400.000 đồng từ ngày 01/12/2025 áp dụng cả cho ngày 10/12/2025, nhưng một quyết định của phường khác ngày 10/12/2025 đã ký, tính tiền thưởng ngày đó theo mức 2.340.000 đồng. Mức mới phải bắt đầu từ sau ngày 10/12/2025.",
    ]);
  });

  it("is refused overtaken even by a new row of the same amount", () => {
    const cells = workbook();
    sheetRows(cells, SALARIES).push(["2.340.000", "01/12/2025", null]);
    expect(refusals(cells, [], uses)).toEqual([
      "Trang “Mức lương cơ sở”, dòng 6, cột B (Từ ngày): mức 2.340.000 đồng từ ngày 01/12/2025 áp dụng cả cho ngày 10/12/2025, nhưng một quyết định của phường khác ngày 10/12/2025 đã ký, tính tiền thưởng ngày đó theo mức 2.340.000 đồng. Mức mới phải bắt đầu từ sau ngày 10/12/2025.",
    ]);
  });

  it("the earliest salary is refused deleted; each broken row is named, the older edited and the newer deleted", () => {
    const first = workbook();
    sheetRows(first, SALARIES).splice(2, 1);
    expect(refusals(first, [], [use("một quyết định ngày 01/12/2023", "2023-12-01")])).toEqual([
      "Trang “Mức lương cơ sở”: không xóa được mức 1.800.000 đồng từ ngày 01/07/2023 vì một quyết định ngày 01/12/2023 đã ký, tính tiền thưởng theo mức này. Hãy giữ nguyên dòng đó.",
    ]);
    const cells = workbook();
    const rows = sheetRows(cells, SALARIES);
    rows[2]![0] = "1.900.000";
    rows.splice(3, 1);
    expect(refusals(cells, [], [use("một quyết định ngày 10/12/2025", "2025-12-10"), use("một quyết định ngày 10/01/2024", "2024-01-10")])).toEqual([
      "Trang “Mức lương cơ sở”, dòng 3, cột A (Mức lương cơ sở (đồng)): không sửa được mức 1.800.000 đồng từ ngày 01/07/2023 vì một quyết định ngày 10/01/2024 đã ký, tính tiền thưởng theo mức này. Mức mới: thêm một dòng mới từ sau ngày 10/01/2024.",
      "Trang “Mức lương cơ sở”: không xóa được mức 2.340.000 đồng từ ngày 01/07/2024 vì một quyết định ngày 10/12/2025 đã ký, tính tiền thưởng theo mức này. Hãy giữ nguyên dòng đó.",
    ]);
  });

  it("when the decision's day had no base salary: a new row covering it is refused, no row is no change", () => {
    const early = [use("một quyết định ngày 15/01/2023", "2023-01-15")];
    expect(refusals(workbook(), [], early)).toEqual([]);
    const cells = workbook();
    sheetRows(cells, SALARIES).push([1_490_000, "01/01/2023", null]);
    expect(refusals(cells, [], early)).toEqual([
      "Trang “Mức lương cơ sở”, dòng 6, cột B (Từ ngày): mức 1.490.000 đồng từ ngày 01/01/2023 áp dụng cả cho ngày 15/01/2023, nhưng một quyết định ngày 15/01/2023 đã ký, tính tiền thưởng ngày đó theo một mức khác. Mức mới phải bắt đầu từ sau ngày 15/01/2023.",
    ]);
  });
});

describe("a draft decision's lines", () => {
  const draft = (formCode: string, recipientKind: SignedRateUse["recipientKind"], day: string): SignedRateUse => ({ decision: "quyết định ngày 15/12/2025", formCode, recipientKind, day });

  it("refuse their rate removed once per form, kind and day; a retired form's or a kept rate's lines pass", () => {
    const next = awards();
    formOf(next, "giay_khen").rates = formOf(next, "giay_khen").rates.filter((r) => r.recipientKind !== "ho_gia_dinh");
    next.forms = next.forms.filter((f) => f.code !== "gdvh");
    const drafts = [draft("giay_khen", "ho_gia_dinh", "2025-12-15"), draft("giay_khen", "ho_gia_dinh", "2025-12-15"), draft("gdvh", "ho_gia_dinh", "2025-12-15"), draft("giay_khen", "ca_nhan", "2025-12-15")];
    const result = planAwards(stored(), next, [], [], drafts);
    expect(result.ok ? [] : result.problems.map(problemText)).toEqual([
      "Trang “Hình thức khen thưởng”: hình thức mã giay_khen không còn hệ số cho hộ gia đình vào ngày 15/12/2025, nhưng dự thảo quyết định ngày 15/12/2025 có dòng như vậy. Hãy giữ hoặc thêm dòng hệ số cho ngày đó, hoặc sửa dự thảo trước.",
    ]);
    expect(planAwards(stored(), awards(), [], [], drafts).ok).toBe(true);
  });
});
