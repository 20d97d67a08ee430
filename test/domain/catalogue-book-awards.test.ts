// The award sheets' cells, read and planned without a file or a database: the default forms
// come back exactly; a form's own columns may be written once; a signed decision's day keeps its
// coefficient and base salary whatever the edit (changed, deleted, cut short, overtaken by an
// earlier start); a retired form keeps its rates and can come back.
import { describe, expect, it } from "vitest";
import { DEFAULT_AWARD_FORMS, DEFAULT_AWARD_SETTINGS, DEFAULT_BASE_SALARIES } from "../../src/domain/awards/defaults.js";
import {
  awardsPlanCounts,
  planAwards,
  readCatalogueBook,
  type AwardBook,
  type CellValue,
  type WorkbookCells,
} from "../../src/domain/catalogue-book/index.js";
import { defaultAwards, exportedCellsWithAwards, storedAwards, problemText } from "./support/catalogue-book.js";

const awards = defaultAwards;
const stored = storedAwards;

const book = (): WorkbookCells => exportedCellsWithAwards();
function rows(cells: WorkbookCells, name: string): CellValue[][] {
  return cells.sheets.find((s) => s.name === name)!.rows;
}
function read(cells: WorkbookCells): AwardBook {
  const result = readCatalogueBook(cells);
  expect(result.ok ? [] : result.problems.map(problemText)).toEqual([]);
  return result.ok ? result.catalogue.awards! : awards();
}
const FORM = ["Mã", "Tên hình thức", "Loại", "Đối tượng", "Hệ số", "Từ ngày", "Đến ngày", "Căn cứ của hệ số", "Tên danh hiệu", "In trên giấy chứng nhận", "Căn cứ pháp lý", "Thứ tự"];
const formRow = (values: Record<string, CellValue>) => FORM.map((header) => values[header] ?? null);

describe("award sheets", () => {
  it("read back as the default forms, base salaries and settings; a workbook without them leaves awards alone", () => {
    const back = read(book());
    expect(back.settings).toEqual(DEFAULT_AWARD_SETTINGS);
    expect(back.baseSalaries).toEqual(DEFAULT_BASE_SALARIES);
    expect(back.forms.map((f) => [f.code, f.name, f.rates.length])).toEqual(DEFAULT_AWARD_FORMS.map((f) => [f.code, f.name, f.rates.length]));
    expect(planAwards(stored(), back)).toEqual({ ok: true, plan: { forms: [], rates: [], baseSalaries: [], settings: [] } });

    const old = book();
    old.sheets = old.sheets.filter((s) => !["Hình thức khen thưởng", "Mức lương cơ sở", "Cài đặt khen thưởng"].includes(s.name));
    const result = readCatalogueBook(old);
    expect(result.ok && result.catalogue.awards).toBe(undefined);
    const partial = book();
    partial.sheets = partial.sheets.filter((s) => s.name !== "Cài đặt khen thưởng");
    const refused = readCatalogueBook(partial);
    expect(refused.ok ? [] : refused.problems.map(problemText)).toEqual(["Tệp không có trang “Cài đặt khen thưởng”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó."]);
  });

  it("takes a new form written over several rows, its name once, its kind and dates as typed", () => {
    const cells = book();
    const forms = rows(cells, "Hình thức khen thưởng");
    forms.push(formRow({ "Tên hình thức": "Giấy khen khuyến học", Loại: "giấy khen", "Đối tượng": "cá nhân", "Hệ số": "0,25", "Từ ngày": "1/1/2026", "Căn cứ pháp lý": "Căn cứ Điều lệ Hội Khuyến học;" }));
    forms.push(formRow({ Mã: "giay_khen_khuyen_hoc", "Đối tượng": "Tập thể", "Hệ số": 0.5, "Từ ngày": "2026-01-01", "Đến ngày": "31.12.2026" }));
    const added = read(cells).forms.at(-1)!;
    expect(added).toEqual({
      code: "giay_khen_khuyen_hoc",
      name: "Giấy khen khuyến học",
      kind: "giay_khen",
      certificateTitle: "",
      titleName: "",
      legalBasis: ["Căn cứ Điều lệ Hội Khuyến học"],
      order: 5,
      rates: [
        { recipientKind: "ca_nhan", coefficientMilli: 250, validFrom: "2026-01-01", validTo: null, legalBasis: "" },
        { recipientKind: "tap_the", coefficientMilli: 500, validFrom: "2026-01-01", validTo: "2026-12-31", legalBasis: "" },
      ],
    });
  });

  it("names a form without a kind, a title without its name, a duplicate start, an end before the start and a month-first date", () => {
    const cells = book();
    const forms = rows(cells, "Hình thức khen thưởng");
    forms.push(formRow({ Mã: "moi", "Tên hình thức": "Danh hiệu mới", "Đối tượng": "Tập thể", "Hệ số": 1, "Từ ngày": "01/01/2026", "Đến ngày": "01/01/2025" }));
    forms.push(formRow({ Mã: "moi", "Đối tượng": "Tập thể", "Hệ số": 1.2, "Từ ngày": "01/01/2026" }));
    forms.push(formRow({ Mã: "tdpvh", "Đối tượng": "Tập thể", "Hệ số": 1.6, "Từ ngày": "07/20/2026" }));
    forms.push(formRow({ Mã: "dh", "Tên hình thức": "Danh hiệu khác", Loại: "Danh hiệu", "Đối tượng": "Cá nhân", "Hệ số": 0.1234, "Từ ngày": "01/01/2026" }));
    const result = readCatalogueBook(cells);
    expect(result.ok ? [] : result.problems.map(problemText)).toEqual([
      "Trang “Hình thức khen thưởng”, dòng 11, cột G (Đến ngày): ngày cuối 01/01/2025 trước ngày bắt đầu 01/01/2026.",
      "Trang “Hình thức khen thưởng”, dòng 11, cột C (Loại): hình thức mã moi chưa có loại: ghi “Giấy khen” hoặc “Danh hiệu”.",
      "Trang “Hình thức khen thưởng”, dòng 12, cột F (Từ ngày): trùng với dòng 11: cùng hình thức, đối tượng và ngày bắt đầu. Hệ số mới phải có ngày bắt đầu khác.",
      "Trang “Hình thức khen thưởng”, dòng 13, cột F (Từ ngày): ngày “07/20/2026” ghi tháng trước ngày; hãy ghi ngày trước, ví dụ 20/07/2026.",
      "Trang “Hình thức khen thưởng”, dòng 14, cột E (Hệ số): hệ số “0.1234” chỉ được có tối đa ba chữ số sau dấu phẩy, ví dụ 0,45.",
      "Trang “Hình thức khen thưởng”, dòng 14, cột I (Tên danh hiệu): hình thức mã dh là danh hiệu: ghi tên danh hiệu, ví dụ Gia đình văn hóa.",
    ]);
  });

  describe("against a decision signed on 10/12/2025 (Giấy khen, cá nhân, 0,3 × 2.340.000)", () => {
    const signed = [{ decision: "Quyết định số 45/QĐ-UBND ngày 10/12/2025", formCode: "giay_khen", recipientKind: "ca_nhan" as const, day: "2025-12-10" }];
    const salaryUse = [{ decision: "một quyết định của phường khác ngày 10/12/2025", day: "2025-12-10" }];
    const edit = (change: (next: AwardBook) => void) => {
      const next = awards();
      change(next);
      const result = planAwards(stored(), next, signed, salaryUse);
      return result.ok ? [] : result.problems.map(problemText);
    };
    const giayKhen = (next: AwardBook) => next.forms.find((f) => f.code === "giay_khen")!;
    const current = (next: AwardBook) => giayKhen(next).rates.find((r) => r.recipientKind === "ca_nhan" && r.validFrom === "2025-07-01")!;

    it("refuses deleting its rate, or cutting it short before that day", () => {
      const deleted = edit((next) => {
        giayKhen(next).rates = giayKhen(next).rates.filter((r) => r !== current(next));
      });
      expect(deleted).toEqual([
        "Trang “Hình thức khen thưởng”: không xóa được dòng hệ số 0,3 (cá nhân, mã giay_khen, từ ngày 01/07/2025), cũng không rút ngắn được ngày áp dụng của nó về trước ngày 10/12/2025, vì Quyết định số 45/QĐ-UBND ngày 10/12/2025 đã ký, tính tiền thưởng theo hệ số này. Hãy giữ nguyên dòng đó.",
      ]);
      expect(edit((next) => void (current(next).validTo = "2025-11-30"))).toEqual(deleted);
      expect(edit((next) => void (current(next).validTo = "2025-12-10"))).toEqual([]);
    });

    it("refuses a base salary starting on or before that day, takes one after it, and any rewording", () => {
      expect(edit((next) => next.baseSalaries.push({ validFrom: "2025-12-01", amount: 2_400_000, legalBasis: "" }))).toEqual([
        "Trang “Mức lương cơ sở”, cột B (Từ ngày): mức 2.400.000 đồng từ ngày 01/12/2025 áp dụng cả cho ngày 10/12/2025, nhưng một quyết định của phường khác ngày 10/12/2025 đã ký, tính tiền thưởng ngày đó theo mức 2.340.000 đồng. Mức mới phải bắt đầu từ sau ngày 10/12/2025.",
      ]);
      expect(edit((next) => next.baseSalaries.push({ validFrom: "2025-12-11", amount: 2_400_000, legalBasis: "" }))).toEqual([]);
      expect(edit((next) => void (current(next).legalBasis = "Điểm e khoản 1 Điều 54 Nghị định 152/2025/NĐ-CP"))).toEqual([]);
    });

    it("refuses leaving a draft's line without a rate on its day", () => {
      const draft = [{ decision: "quyết định ngày 15/12/2025", formCode: "giay_khen", recipientKind: "ho_gia_dinh" as const, day: "2025-12-15" }];
      const next = awards();
      giayKhen(next).rates = giayKhen(next).rates.filter((r) => r.recipientKind !== "ho_gia_dinh");
      const result = planAwards(stored(), next, signed, salaryUse, draft);
      expect(result.ok ? [] : result.problems.map(problemText)).toEqual([
        "Trang “Hình thức khen thưởng”: hình thức mã giay_khen không còn hệ số cho hộ gia đình vào ngày 15/12/2025, nhưng dự thảo quyết định ngày 15/12/2025 có dòng như vậy. Hãy giữ hoặc thêm dòng hệ số cho ngày đó, hoặc sửa dự thảo trước.",
      ]);
    });

    it("retires a form left out (its rates kept) and restores it when it comes back", () => {
      const next = awards();
      next.forms = next.forms.filter((f) => f.code !== "giay_khen");
      const retired = planAwards(stored(), next, signed, salaryUse);
      expect(retired.ok && retired.plan.forms.map((f) => [f.code, f.change])).toEqual([["giay_khen", "retired"]]);
      expect(retired.ok && retired.plan.rates).toEqual([]);
      const before = stored();
      before.forms.find((f) => f.code === "giay_khen")!.active = false;
      const restored = planAwards(before, awards(), signed, salaryUse);
      expect(restored.ok && awardsPlanCounts(restored.plan)).toEqual({ forms: { added: 1, changed: 0, retired: 0 }, rates: { added: 0, changed: 0, removed: 0 }, baseSalaries: { added: 0, changed: 0, removed: 0 }, settings: [] });
    });
  });
});
