// Award forms edited through the catalogue workbook, on both databases: the office exports the
// workbook, adds a coefficient from a future date and a new form, changes the rounding, and
// imports it; decisions dated on each side of the date get the right amounts, and the change is
// audited with its old and new values. A signed decision's coefficient and base salary cannot be
// changed, and a malformed sheet is refused with its sheet, row and column, nothing changed.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { auditEntries } from "../../src/db/repos/audit.js";
import { listAwardForms } from "../../src/db/repos/awards.js";
import { applyCatalogue, currentCatalogue } from "../../src/db/repos/catalogue-book.js";
import { createDecisionFromLines, decisionDocument, signDecision } from "../../src/db/repos/decisions.js";
import type { RecipientKind } from "../../src/domain/awards/types.js";
import { readCatalogueBook } from "../../src/domain/catalogue-book/index.js";
import { cellsOf } from "../../src/reports/catalogue-book/read-catalogue-xlsx.js";
import { renderCatalogueXlsx } from "../../src/reports/catalogue-book/render-catalogue-xlsx.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";
import { problemText } from "../domain/support/catalogue-book.js";

const NOW = new Date("2026-06-20T01:00:00.000Z");
const FORMS = "Hình thức khen thưởng";

type Setter = (row: number, header: string, value: ExcelJS.CellValue) => void;
interface Sheets {
  book: ExcelJS.Workbook;
  sheet(name: string): { sheet: ExcelJS.Worksheet; set: Setter; add(values: Record<string, ExcelJS.CellValue>): number; rowOf(match: Record<string, string>): number };
}

/** The exported workbook, edited as Excel would edit it (cells by header name). */
async function exported(database: Database, wardId: number): Promise<Sheets> {
  const bytes = await renderCatalogueXlsx(await currentCatalogue(database.db, wardId), "Phường Phan Đình Phùng", NOW);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    book,
    sheet(name) {
      const sheet = book.getWorksheet(name)!;
      const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
      const column = (header: string) => {
        const index = headers.indexOf(header);
        if (index < 1) throw new Error(`no column ${header} in ${name}`);
        return index;
      };
      const set: Setter = (row, header, value) => {
        sheet.getRow(row).getCell(column(header)).value = value;
      };
      return {
        sheet,
        set,
        add(values) {
          const row = sheet.addRow([]).number;
          for (const [header, value] of Object.entries(values)) set(row, header, value);
          return row;
        },
        rowOf(match) {
          for (let r = 3; r <= sheet.rowCount; r++) {
            if (Object.entries(match).every(([header, value]) => String(sheet.getRow(r).getCell(column(header)).value ?? "") === value)) return r;
          }
          throw new Error(`no row ${JSON.stringify(match)} in ${name}`);
        },
      };
    },
  };
}

describe.each(await providersUnderTest())("award forms through the catalogue workbook on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let demo: SeedResult;
  let officerId: number;
  let chairId: number;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    demo = await seedDemo(database.db, NOW);
    officerId = (await database.db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "officer" } })).id;
    chairId = (await database.db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "chair" } })).id;
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  const actor = () => ({ memberId: officerId, source: "chat" as const });

  async function importBook(sheets: Sheets) {
    const read = readCatalogueBook(cellsOf(sheets.book));
    if (!read.ok) return { ok: false as const, problems: read.problems.map(problemText) };
    const result = await applyCatalogue(database.db, demo.wardId, read.catalogue, actor(), NOW);
    return result.ok ? { ok: true as const, plan: result.plan, changed: result.changed } : { ok: false as const, problems: result.problems.map(problemText) };
  }

  /** Accepted nomination lines of `formCode`, for a decision. */
  async function lines(formCode: string, kind: RecipientKind, names: string[]) {
    const { db } = database;
    const group = await db.group.findFirstOrThrow({ where: { wardId: demo.wardId, name: "Tổ 2" } });
    const form = await db.awardForm.findUniqueOrThrow({ where: { wardId_code: { wardId: demo.wardId, code: formCode } } });
    const nomination = await db.nomination.upsert({
      where: { periodId_groupId: { periodId: demo.currentPeriodId, groupId: group.id } },
      create: { wardId: demo.wardId, periodId: demo.currentPeriodId, groupId: group.id, status: "submitted" },
      update: {},
    });
    const ids: number[] = [];
    for (const name of names) {
      ids.push((await db.nominationLine.create({ data: { nominationId: nomination.id, formId: form.id, recipientKind: kind, name, achievement: "Gương mẫu trong phong trào thi đua năm 2026", status: "accepted" } })).id);
    }
    return ids;
  }

  async function amountOn(formCode: string, kind: RecipientKind, day: string): Promise<number> {
    const ids = await lines(formCode, kind, [`Người nhận ${formCode} ${day}`]);
    const draft = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: null, formCode, lineIds: ids, decisionDate: day, actor: actor(), at: NOW });
    return (await decisionDocument(database.db, demo.wardId, draft.id)).lines[0]!.amount;
  }

  /** The award tables and the audit trail: what "nothing changed" means. */
  async function snapshot() {
    const { db } = database;
    const [forms, rates, salaries, settings, audit] = await Promise.all([
      db.awardForm.findMany({ orderBy: { id: "asc" } }),
      db.awardRate.findMany({ orderBy: { id: "asc" } }),
      db.baseSalary.findMany({ orderBy: { id: "asc" } }),
      db.awardSettings.findMany({ orderBy: { id: "asc" } }),
      db.auditEvent.count(),
    ]);
    return JSON.stringify({ forms, rates, salaries, settings, audit });
  }

  it("imports its own export as no change", async () => {
    const before = await snapshot();
    expect(await importBook(await exported(database, demo.wardId))).toMatchObject({ ok: true, changed: false });
    expect(await snapshot()).toBe(before);
  });

  it("takes a new coefficient from a future date, a new form and a new rounding; decisions on each side of the date use the right one; audited old → new", async () => {
    // A draft dated 01/9/2026, priced before the import: 0,3 × 2.530.000 = 759.000 → 760.000.
    const draftIds = await lines("giay_khen", "ca_nhan", ["Dự thảo trước khi sửa"]);
    const draft = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: null, formCode: "giay_khen", lineIds: draftIds, decisionDate: "2026-09-01", actor: actor(), at: NOW });
    expect((await decisionDocument(database.db, demo.wardId, draft.id)).lines[0]!.amount).toBe(760_000);

    const sheets = await exported(database, demo.wardId);
    const forms = sheets.sheet(FORMS);
    // Giấy khen for an individual: 0,4 from 01/9/2026 (a new row; the 0,3 row stays).
    forms.add({ Mã: "giay_khen", "Đối tượng": "Cá nhân", "Hệ số": "0,4", "Từ ngày": "01/09/2026", "Căn cứ của hệ số": "Nghị quyết của Hội đồng nhân dân tỉnh (giả định)" });
    // A new form, without a code, its start typed as an Excel date.
    forms.add({
      "Tên hình thức": "Giấy khen Gia đình văn hóa tiêu biểu",
      Loại: "Giấy khen",
      "Đối tượng": "Hộ gia đình",
      "Hệ số": 0.2,
      "Từ ngày": new Date(Date.UTC(2026, 0, 1)),
      "In trên giấy chứng nhận": "GIẤY KHEN",
      "Căn cứ pháp lý": "Căn cứ Quyết định số 15/2024/QĐ-UBND của Ủy ban nhân dân tỉnh;\nCăn cứ Quy chế thi đua, khen thưởng của phường.",
    });
    // Lao động tiên tiến is no longer this ward's: all its rows deleted.
    forms.sheet.spliceRows(forms.rowOf({ Mã: "ldtt" }), 1);
    const settings = sheets.sheet("Cài đặt khen thưởng");
    settings.set(settings.rowOf({ "Cài đặt": "Làm tròn đến (đồng)" }), "Giá trị", 1000);

    const result = await importBook(sheets);
    expect(result.ok ? [] : result.problems).toEqual([]);
    const plan = result.ok ? result.plan.awards! : null;
    expect(plan?.rates.filter((r) => r.before === null).map((r) => [r.form, r.recipientKind, r.validFrom])).toEqual([
      ["giay_khen", "ca_nhan", "2026-09-01"],
      ["giay_khen_gia_dinh_van_hoa_tieu_bieu", "ho_gia_dinh", "2026-01-01"],
    ]);
    expect(plan?.forms.map((f) => [f.code, f.change])).toEqual([
      ["giay_khen_gia_dinh_van_hoa_tieu_bieu", "added"],
      ["ldtt", "retired"],
    ]);

    const stored = await listAwardForms(database.db, demo.wardId);
    expect(stored.map((f) => f.code)).toEqual(["giay_khen", "gdvh", "tdpvh", "giay_khen_gia_dinh_van_hoa_tieu_bieu"]);
    expect(stored.at(-1)!.legalBasis).toEqual(["Căn cứ Quyết định số 15/2024/QĐ-UBND của Ủy ban nhân dân tỉnh", "Căn cứ Quy chế thi đua, khen thưởng của phường"]);
    // The retired form keeps its rate, for the decisions that name it.
    expect(await database.db.awardRate.count({ where: { form: { wardId: demo.wardId, code: "ldtt" } } })).toBe(1);

    // 0,3 × 2.530.000 = 759.000 on 31/8/2026; 0,4 × 2.530.000 = 1.012.000 from 01/9/2026 (rounded to 1.000 now).
    expect(await amountOn("giay_khen", "ca_nhan", "2026-08-31")).toBe(759_000);
    expect(await amountOn("giay_khen", "ca_nhan", "2026-09-01")).toBe(1_012_000);
    // The new form: 0,2 × 2.340.000 = 468.000 on 30/6/2026, 0,2 × 2.530.000 = 506.000 on 01/7/2026.
    expect(await amountOn("giay_khen_gia_dinh_van_hoa_tieu_bieu", "ho_gia_dinh", "2026-06-30")).toBe(468_000);
    expect(await amountOn("giay_khen_gia_dinh_van_hoa_tieu_bieu", "ho_gia_dinh", "2026-07-01")).toBe(506_000);

    // The draft follows the new data: 0,4 × 2.530.000 = 1.012.000.
    expect((await decisionDocument(database.db, demo.wardId, draft.id)).lines[0]!.amount).toBe(1_012_000);

    const audit = await auditEntries(database.db, demo.wardId, "awards.import");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: officerId, source: "chat", at: NOW });
    const detail = JSON.parse(audit[0]!.detail);
    expect(detail.repricedDrafts).toEqual([{ decision: draft.id, before: 760_000, after: 1_012_000 }]);
    expect(detail.settings).toEqual([{ setting: "rounding", before: { mode: "up", step: 10_000 }, after: { mode: "up", step: 1000 } }]);
    expect(detail.rates).toContainEqual({ form: "giay_khen", recipientKind: "ca_nhan", validFrom: "2026-09-01", before: null, after: { coefficientMilli: 400, validTo: null, legalBasis: "Nghị quyết của Hội đồng nhân dân tỉnh (giả định)" } });
    expect(detail.forms).toContainEqual(expect.objectContaining({ code: "ldtt", change: "retired", after: null, before: expect.objectContaining({ name: "Danh hiệu “Lao động tiên tiến”" }) }));
    // Nothing of the catalogue itself changed, so it has no catalogue line.
    expect(await auditEntries(database.db, demo.wardId, "catalogue.import")).toHaveLength(0);
  });

  describe("after a decision is signed on 30/6/2026", () => {
    beforeAll(async () => {
      const ids = await lines("giay_khen", "ca_nhan", ["Nguyễn Thị Đã Ký"]);
      const draft = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: null, formCode: "giay_khen", lineIds: ids, decisionDate: "2026-06-30", actor: actor(), at: NOW });
      await signDecision(database.db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: chairId, actor: { memberId: chairId, source: "chat" }, at: NOW });
    });

    it.each([
      [
        "its coefficient changed in place",
        (s: Sheets) => {
          const forms = s.sheet(FORMS);
          const row = forms.rowOf({ Mã: "giay_khen", "Đối tượng": "Cá nhân", "Từ ngày": "01/07/2025" });
          forms.set(row, "Hệ số", 0.35);
          return row;
        },
        /^Trang “Hình thức khen thưởng”, dòng (\d+), cột E \(Hệ số\): không sửa được hệ số 0,3 \(cá nhân, mã giay_khen, từ ngày 01\/07\/2025\) vì Quyết định số \d+\/QĐ-UBND ngày 30\/06\/2026 đã ký, tính tiền thưởng theo hệ số này\./u,
      ],
      [
        "a new coefficient starting before it",
        (s: Sheets) => s.sheet(FORMS).add({ Mã: "giay_khen", "Đối tượng": "Cá nhân", "Hệ số": 0.35, "Từ ngày": "01/06/2026" }),
        /^Trang “Hình thức khen thưởng”, dòng (\d+), cột F \(Từ ngày\): hệ số 0,35 từ ngày 01\/06\/2026 \(cá nhân, mã giay_khen\) áp dụng cả cho ngày 30\/06\/2026, nhưng Quyết định số \d+\/QĐ-UBND ngày 30\/06\/2026 đã ký, tính tiền thưởng ngày đó theo hệ số 0,3\./u,
      ],
      [
        "its base salary changed",
        (s: Sheets) => {
          const salaries = s.sheet("Mức lương cơ sở");
          const row = salaries.rowOf({ "Từ ngày": "01/07/2024" });
          salaries.set(row, "Mức lương cơ sở (đồng)", 2_350_000);
          return row;
        },
        /^Trang “Mức lương cơ sở”, dòng (\d+), cột A \(Mức lương cơ sở \(đồng\)\): không sửa được mức 2\.340\.000 đồng từ ngày 01\/07\/2024 vì Quyết định số \d+\/QĐ-UBND ngày 30\/06\/2026 đã ký, tính tiền thưởng theo mức này\./u,
      ],
    ])("refuses %s, names the row, and changes nothing", async (_name, edit, message) => {
      const before = await snapshot();
      const sheets = await exported(database, demo.wardId);
      const row = edit(sheets);
      const result = await importBook(sheets);
      expect(result.ok).toBe(false);
      const problems = result.ok ? [] : result.problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
      expect(Number(message.exec(problems[0]!)![1])).toBe(row);
      expect(await snapshot()).toBe(before);
    });

    it("still takes a coefficient from after the signed day", async () => {
      const sheets = await exported(database, demo.wardId);
      sheets.sheet(FORMS).add({ Mã: "giay_khen", "Đối tượng": "Tập thể", "Hệ số": 0.7, "Từ ngày": "01/07/2026" });
      expect(await importBook(sheets)).toMatchObject({ ok: true, changed: true });
    });
  });

  it("refuses malformed sheets with sheet, row and column, all at once, and changes nothing", async () => {
    const before = await snapshot();
    const sheets = await exported(database, demo.wardId);
    const forms = sheets.sheet(FORMS);
    const gdvh = forms.rowOf({ Mã: "gdvh" });
    forms.set(gdvh, "Hệ số", "không");
    forms.set(forms.rowOf({ Mã: "tdpvh" }), "Từ ngày", "31/06/2026");
    const added = forms.add({ Mã: "giay_khen", "Đối tượng": "Hội viên", "Hệ số": 0.1, "Từ ngày": "01/01/2027" });
    const renamed = forms.add({ Mã: "gdvh", "Tên hình thức": "Gia đình văn hóa (tên khác)", "Đối tượng": "Hộ gia đình", "Hệ số": 0, "Từ ngày": "2027" });
    const salaries = sheets.sheet("Mức lương cơ sở");
    salaries.set(3, "Mức lương cơ sở (đồng)", "hai triệu");
    const settings = sheets.sheet("Cài đặt khen thưởng");
    const rounding = settings.rowOf({ "Cài đặt": "Cách làm tròn số tiền thưởng" });
    settings.set(rounding, "Giá trị", "Làm tròn tùy ý");
    const problems = await importBook(sheets);
    expect(problems.ok).toBe(false);
    const lines = problems.ok ? [] : problems.problems;
    expect(lines).toEqual([
      `Trang “Hình thức khen thưởng”, dòng ${gdvh}, cột E (Hệ số): hệ số “không” phải là một số từ 0 đến 100, ví dụ 0,3.`,
      `Trang “Hình thức khen thưởng”, dòng ${forms.rowOf({ Mã: "tdpvh" })}, cột F (Từ ngày): không có ngày 31/6/2026.`,
      `Trang “Hình thức khen thưởng”, dòng ${added}, cột D (Đối tượng): đối tượng “Hội viên” không có; chọn “Cá nhân”, “Hộ gia đình”, “Tập thể”.`,
      `Trang “Hình thức khen thưởng”, dòng ${renamed}, cột B (Tên hình thức): khác với dòng ${gdvh} của cùng hình thức (mã gdvh); ghi giống nhau hoặc để trống ở một trong hai dòng.`,
      `Trang “Hình thức khen thưởng”, dòng ${renamed}, cột F (Từ ngày): “2027” không phải một ngày; ghi đủ ngày, tháng, năm, ví dụ 01/07/2026.`,
      "Trang “Mức lương cơ sở”, dòng 3, cột A (Mức lương cơ sở (đồng)): mức lương “hai triệu” phải là số nguyên từ 1 đến 100.000.000.",
      `Trang “Cài đặt khen thưởng”, dòng ${rounding}, cột B (Giá trị): “Làm tròn tùy ý” không có; chọn “Làm tròn lên”, “Làm tròn xuống”, “Làm tròn gần nhất”, “Không làm tròn”.`,
    ]);

    const noColumn = await exported(database, demo.wardId);
    noColumn.sheet(FORMS).sheet.getRow(1).getCell(5).value = "Hệ số thưởng";
    noColumn.book.removeWorksheet(noColumn.book.getWorksheet("Mức lương cơ sở")!.id);
    expect(await importBook(noColumn)).toEqual({
      ok: false,
      problems: ["Tệp không có trang “Mức lương cơ sở”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó."],
    });
    const noColumnOnly = await exported(database, demo.wardId);
    noColumnOnly.sheet(FORMS).sheet.getRow(1).getCell(5).value = "Hệ số thưởng";
    expect(await importBook(noColumnOnly)).toEqual({ ok: false, problems: ["Trang “Hình thức khen thưởng”, dòng 1: thiếu cột “Hệ số” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó."] });
    expect(await snapshot()).toBe(before);
  });
});
