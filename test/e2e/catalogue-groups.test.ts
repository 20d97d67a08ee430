// The officer edits the catalogue and the groups list in the chat, through the real bot
// process: /danhmuc sends the workbook, the edited file sent back as a document is checked
// whole (a mistake is named by sheet, row and column, nothing changes) and stored; a groups
// list sent the same way is imported; /thanhvien and /phieumoi show who is registered.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pdfText } from "../support/pdf-text.js";
import { type E2E, startE2E } from "../support/e2e.js";
import type { TelegramUser } from "../support/telegram-user.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
}, 180_000);
afterEach(async () => {
  await e2e?.stop();
});

async function editedWorkbook(bytes: Buffer, edit: (sheet: ExcelJS.Worksheet, set: (row: number, header: string, value: ExcelJS.CellValue) => void) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Chỉ tiêu")!;
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  edit(sheet, (row, header, value) => {
    sheet.getRow(row).getCell(headers.indexOf(header)).value = value;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  for (let r = 3; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === code) return r;
  throw new Error(`no row ${code}`);
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function catalogueRows() {
  const rows = await e2e.database.db.indicator.findMany({ where: { wardId: e2e.demo.wardId }, orderBy: { id: "asc" } });
  return JSON.stringify(rows);
}

describe("catalogue and groups from the chat", () => {
  it("sends the workbook, refuses a bad edit with sheet, row and column, stores a good one", { timeout: 120_000 }, async () => {
    const officer: TelegramUser = await e2e.registered(8301, { role: "officer" });
    await e2e.step(() => officer.sendText("/danhmuc"));
    const sent = officer.messages.find((m) => m.document);
    expect(sent?.document?.file_name).toBe("danh-muc-thi-dua-phan-dinh-phung.xlsx");
    expect(sent?.text).toContain("gửi lại tệp cho trợ lý");
    const exported = sent!.document!.data;

    // A mistake: nothing is stored, the message names where it is.
    const before = await catalogueRows();
    const bad = await editedWorkbook(exported, (sheet, set) => set(rowOf(sheet, "learning_families"), "Loại", "Số nguyên"));
    officer.markRead();
    await e2e.step(() => officer.sendDocument(bad, "danh-muc.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toContain("Danh mục chưa được lưu: trợ lý thấy 1 chỗ cần sửa. Chưa có gì thay đổi.");
    expect(officer.lastMessage?.text).toContain("Trang “Chỉ tiêu”, dòng 7, cột F (Loại): loại “Số nguyên” không có");
    expect(await catalogueRows()).toBe(before);

    // Removing an answered indicator is refused, with the reason.
    const removed = await editedWorkbook(exported, (sheet) => sheet.spliceRows(rowOf(sheet, "poverty_gift_money"), 1));
    await e2e.step(() => officer.sendDocument(removed, "danh-muc.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toMatch(/không xóa được chỉ tiêu “Tiền thăm hỏi, tặng quà” \(mã poverty_gift_money\) vì đã có \d+ câu trả lời được lưu/u);
    expect(await catalogueRows()).toBe(before);

    // The same file back: no change.
    await e2e.step(() => officer.sendDocument(exported, "danh-muc.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toBe("Tệp giống hệt danh mục đang dùng, không có gì thay đổi.");

    // One indicator reworded, one added.
    const good = await editedWorkbook(exported, (sheet, set) => {
      set(rowOf(sheet, "poverty_gift_count"), "Câu hỏi", "Tổ đã trao bao nhiêu suất quà cho hộ khó khăn?");
      const row = sheet.addRow([]).number;
      set(row, "Phong trào", "for_the_poor");
      set(row, "Tên chỉ tiêu", "Số hộ thoát nghèo");
      set(row, "Tên ngắn", "Hộ thoát nghèo");
      set(row, "Câu hỏi", "Trong kỳ, tổ có bao nhiêu hộ thoát nghèo?");
      set(row, "Loại", "Số lượng");
      set(row, "Đơn vị", "hộ");
      set(row, "Điều kiện", "≥ 0");
      set(row, "Sơ kết", "Có");
    });
    await e2e.step(() => officer.sendDocument(good, "danh-muc.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toContain("Đã lưu danh mục mới của Phường Phan Đình Phùng.");
    expect(officer.lastMessage?.text).toContain("• Chỉ tiêu mới: Hộ thoát nghèo");
    expect(officer.lastMessage?.text).toContain("• Sửa câu chữ: Suất quà");
    const added = await e2e.database.db.indicator.findFirstOrThrow({ where: { wardId: e2e.demo.wardId, code: "ho_thoat_ngheo" } });
    expect(added).toMatchObject({ type: "count", unit: "hộ", periodKinds: "so_ket" });
    const audit = await e2e.database.db.auditEvent.findFirstOrThrow({ where: { wardId: e2e.demo.wardId, action: "catalogue.import" } });
    const officerRow = await e2e.database.db.member.findFirstOrThrow({ where: { telegramId: 8301n } });
    expect(audit).toMatchObject({ actorId: officerRow.id, source: "chat" });

    // The award sheets of the same workbook: a coefficient from a future date, rounding to 1.000 đồng.
    const awards = new ExcelJS.Workbook();
    await awards.xlsx.load(good as unknown as ArrayBuffer);
    const forms = awards.getWorksheet("Hình thức khen thưởng")!;
    forms.addRow(["giay_khen", "", "", "Cá nhân", "0,4", "01/09/2026"]);
    const settings = awards.getWorksheet("Cài đặt khen thưởng")!;
    settings.eachRow((row) => {
      if (row.getCell(1).value === "Làm tròn đến (đồng)") row.getCell(2).value = 1000;
    });
    const awardsFile = Buffer.from(await awards.xlsx.writeBuffer());
    await e2e.step(() => officer.sendDocument(awardsFile, "danh-muc.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toContain("Đã lưu danh mục mới của Phường Phan Đình Phùng.");
    expect(officer.lastMessage?.text).toContain("• Hệ số thưởng: thêm 1, sửa 0, xóa 0");
    expect(officer.lastMessage?.text).toContain("• Cài đặt khen thưởng đã sửa: cách làm tròn");
    const rate = await e2e.database.db.awardRate.findFirstOrThrow({ where: { form: { wardId: e2e.demo.wardId, code: "giay_khen" }, validFrom: "2026-09-01" } });
    expect(rate).toMatchObject({ recipientKind: "ca_nhan", coefficientMilli: 400, validTo: null });
    expect(await e2e.database.db.auditEvent.count({ where: { wardId: e2e.demo.wardId, action: "awards.import", actorId: officerRow.id } })).toBe(1);

    // A leader's document is not an import.
    const leader = await e2e.registered(8302, { group: "Tổ 4" });
    await e2e.step(() => leader.sendDocument(good, "danh-muc.xlsx", { mimeType: XLSX }));
    expect(leader.lastMessage?.text ?? "").not.toContain("Đã lưu danh mục");
  });

  it("imports a groups list sent as a file, with the CLI's checks; lists members; sends the invite sheet", { timeout: 120_000 }, async () => {
    const officer = await e2e.registered(8311, { role: "officer" });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Tổ dân phố");
    sheet.addRow(["DANH SÁCH TỔ DÂN PHỐ SAU SẮP XẾP"]);
    sheet.addRow(["Tên tổ", "Số hộ", "Họ tên tổ trưởng", "Số điện thoại"]);
    sheet.addRow(["Tổ 27", 210, "Đỗ Thị Mai", "0912 345 999"]);
    sheet.addRow(["Tổ 28", "nhiều", "Ngô Văn Bình", ""]);
    const bad = Buffer.from(await book.xlsx.writeBuffer());
    const groupsBefore = await e2e.database.db.group.count();
    await e2e.step(() => officer.sendDocument(bad, "to-dan-pho.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toContain("Danh sách tổ chưa được nhập: trợ lý thấy 1 dòng cần sửa. Chưa có gì thay đổi.");
    expect(officer.lastMessage?.text).toContain("• Dòng 4: số hộ “nhiều” không phải số nguyên dương.");
    expect(await e2e.database.db.group.count()).toBe(groupsBefore);

    sheet.getRow(4).getCell(2).value = 190;
    const fixed = Buffer.from(await book.xlsx.writeBuffer());
    await e2e.step(() => officer.sendDocument(fixed, "to-dan-pho.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toContain("Đã nhập 2 tổ dân phố, 2 tổ trưởng");
    expect(await e2e.database.db.group.count()).toBe(groupsBefore + 2);

    await e2e.step(() => officer.sendText("/thanhvien"));
    const list = officer.lastMessage?.text ?? "";
    expect(list).toMatch(/Thành viên của Phường Phan Đình Phùng: 1 đã đăng ký, \d+ chưa đăng ký, 0 đã chặn tin của trợ lý\./u);
    expect(list).toContain("• Đỗ Thị Mai - tổ trưởng Tổ 27");

    officer.markRead();
    await e2e.step(() => officer.sendText("/phieumoi"));
    const pdf = officer.messages.find((m) => m.document?.file_name === "phieu-moi-phan-dinh-phung.pdf");
    expect(pdf).toBeDefined();
    const text = pdfText(pdf!.document!.data);
    expect(text).toContain("Đỗ Thị Mai");
    expect(text).toContain("Tổ 28");

    // Groups changed from the chat: merged, renamed; a leader replaced (audited, history kept).
    await e2e.step(() => officer.sendText("/to gop Tổ 27 | Tổ 28"));
    expect(officer.lastMessage?.text).toContain("Đã gộp Tổ 28 vào Tổ 27.");
    await e2e.step(() => officer.sendText("/to doiten Tổ 27 | Tổ dân phố số 27"));
    expect(officer.lastMessage?.text).toBe("Đã đổi tên Tổ 27 thành Tổ dân phố số 27.");
    await e2e.step(() => officer.sendText("/to doiten Tổ 99 | Tổ 100"));
    expect(officer.lastMessage?.text).toContain("không tìm thấy tổ đang hoạt động");
    const t28 = await e2e.database.db.group.findFirstOrThrow({ where: { name: "Tổ 28" } });
    expect(t28).toMatchObject({ active: false });
    await e2e.step(() => officer.sendText("/totruong Tổ dân phố số 27 | Phan Văn Mới | ngay"));
    expect(officer.lastMessage?.text).toContain("Đã tạo lời mời tổ trưởng mới của Tổ dân phố số 27: Phan Văn Mới");
    expect(officer.lastMessage?.text).toContain("Đỗ Thị Mai, Ngô Văn Bình đã thôi dùng trợ lý từ bây giờ.");
    const actions = (await e2e.database.db.auditEvent.findMany({ where: { source: "chat" }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["groups.import", "group.merge", "group.rename", "member.replace-leader"]);
    expect(await e2e.database.db.member.count({ where: { fullName: { in: ["Đỗ Thị Mai", "Ngô Văn Bình"] }, active: false } })).toBe(2);
  });

  it("the officer enters a group's report on the leader's behalf: the same questions, audited as such, the leader told", { timeout: 120_000 }, async () => {
    const leader = await e2e.registered(8321, { group: "Tổ 1" });
    const officer = await e2e.registered(8322, { role: "officer" });
    await e2e.step(() => officer.sendText("/nhapthay"));
    expect(officer.lastMessage?.text).toContain("nhập báo cáo 6 tháng đầu năm 2025 thay tổ trưởng của tổ nào?");
    await e2e.step(() => officer.pressButton("Tổ 1"));
    expect(leader.lastMessage?.text).toContain("đang nhập báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 1 thay");
    expect(officer.lastMessage?.text).toContain("Câu 1/9");
    for (const answer of ["226", "224", "220", "150", "1tr5", "12"]) await e2e.step(() => officer.sendText(answer));
    await e2e.step(() => officer.pressButton("Có"));
    await e2e.step(() => officer.pressButton("Bỏ qua"));
    await e2e.step(() => officer.sendText("Tổ báo qua điện thoại."));
    await e2e.step(() => officer.pressButton("✅ Gửi báo cáo"));
    expect(officer.lastMessage?.text).toContain("Đã gửi báo cáo");

    const { db } = e2e.database;
    const period = await db.period.findFirstOrThrow({ where: { name: "6 tháng đầu năm 2025" } });
    const group = await db.group.findFirstOrThrow({ where: { name: "Tổ 1" } });
    const officerRow = await db.member.findFirstOrThrow({ where: { telegramId: 8322n } });
    const report = await db.groupReport.findUniqueOrThrow({ where: { periodId_groupId: { periodId: period.id, groupId: group.id } }, include: { changes: true, values: true } });
    expect(report).toMatchObject({ status: "submitted", submittedById: officerRow.id });
    expect(report.values.length).toBeGreaterThanOrEqual(8);
    expect(report.changes.length).toBeGreaterThanOrEqual(8);
    expect(report.changes.every((c) => c.changedById === officerRow.id && c.source === "officer_on_behalf")).toBe(true);
  });

  it("the officer lets a member go from the chat: confirmed, audited, the member refused afterwards, the history kept", { timeout: 120_000 }, async () => {
    const { db } = e2e.database;
    const leader = await e2e.registered(8331, { group: "Tổ 1" });
    const officer = await e2e.registered(8332, { role: "officer" });
    const leaderRow = await db.member.findFirstOrThrow({ where: { telegramId: 8331n }, include: { group: true } });

    // The leader has begun the report: one answer stored.
    await e2e.step(() => leader.sendText("📝 Báo cáo kết quả"));
    expect(leader.lastMessage?.text).toContain("Câu 1/");
    await e2e.step(() => leader.sendText("226"));
    const period = await db.period.findFirstOrThrow({ where: { name: "6 tháng đầu năm 2025" } });
    const reportOf = () => db.groupReport.findUnique({ where: { periodId_groupId: { periodId: period.id, groupId: leaderRow.groupId! } }, include: { values: true } });
    const valuesBefore = (await reportOf())!.values.length;
    expect(valuesBefore).toBeGreaterThan(0);

    await e2e.step(() => officer.sendText("/thoidung"));
    expect(officer.lastMessage?.text).toContain("Cách dùng: /thoidung Nguyễn Văn Hùng");
    await e2e.step(() => officer.sendText("/thoidung Không Có Ai"));
    expect(officer.lastMessage?.text).toContain("không tìm thấy thành viên đang dùng trợ lý có tên “Không Có Ai”");
    // The group's name finds its leader; "Hủy" changes nothing.
    await e2e.step(() => officer.sendText("/thoidung tổ 1"));
    expect(officer.lastMessage?.text).toContain(`cho ${leaderRow.fullName} (tổ trưởng Tổ 1) thôi dùng trợ lý?`);
    await e2e.step(() => officer.pressButton("Hủy"));
    expect(officer.lastMessage?.text).toBe("Chưa thay đổi gì.");
    expect(await db.member.findUniqueOrThrow({ where: { id: leaderRow.id } })).toMatchObject({ active: true });

    // By name, without diacritics: confirmed, stored, audited.
    await e2e.step(() => officer.sendText(`/thoidung ${leaderRow.fullName.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d").replace(/Đ/gu, "D")}`));
    await e2e.step(() => officer.pressButton("🚫 Cho thôi dùng"));
    expect(officer.lastMessage?.text).toBe(`Đã cho ${leaderRow.fullName} thôi dùng trợ lý. Các báo cáo đã gửi vẫn được giữ nguyên.`);
    expect(await db.member.findUniqueOrThrow({ where: { id: leaderRow.id } })).toMatchObject({ active: false });
    const officerRow = await db.member.findFirstOrThrow({ where: { telegramId: 8332n } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "member.deactivate" } });
    expect(audit).toMatchObject({ actorId: officerRow.id, source: "chat", subject: `member:${leaderRow.id}` });

    // The old confirmation pressed again: nothing more happens.
    await e2e.step(() => officer.pressButton("🚫 Cho thôi dùng"));
    expect(officer.lastMessage?.text).toBe("Chưa thay đổi gì: người này đã thôi dùng trợ lý từ trước.");

    // The member's next answer is refused and not stored; the answers already given stay.
    await e2e.step(() => leader.sendText("224"));
    expect(leader.lastMessage?.text).toMatch(/liên hệ công chức Văn phòng - Thống kê phường/u);
    expect((await reportOf())!.values.length).toBe(valuesBefore);
    await e2e.step(() => leader.sendText("📝 Báo cáo kết quả"));
    expect(leader.lastMessage?.text).toContain("Để dùng trợ lý");
  });

  it("a replaced leader keeps access until the new one registers, then is refused in the chat; the group's history stays", { timeout: 120_000 }, async () => {
    const { db } = e2e.database;
    const old = await e2e.registered(8341, { group: "Tổ 5" });
    const officer = await e2e.registered(8342, { role: "officer" });
    const oldRow = await db.member.findFirstOrThrow({ where: { telegramId: 8341n }, include: { group: true } });
    const reportsBefore = await db.groupReport.findMany({ where: { groupId: oldRow.groupId! }, include: { values: true }, orderBy: { id: "asc" } });
    expect(reportsBefore.length).toBeGreaterThan(0);

    await e2e.step(() => officer.sendText("/totruong Tổ 5 | Lê Văn Mới"));
    expect(officer.lastMessage?.text).toContain("Đã tạo lời mời tổ trưởng mới của Tổ 5: Lê Văn Mới");
    expect(officer.lastMessage?.text).toContain(`${oldRow.fullName} vẫn dùng được trợ lý cho đến khi Lê Văn Mới đăng ký.`);
    const code = /start=([A-Za-z0-9_-]{20})/u.exec(officer.lastMessage?.text ?? "")![1]!;
    e2e.codes.push(code);

    // Until the new leader registers, the old one still works.
    await e2e.step(() => old.sendText("📄 Xem báo cáo đã gửi"));
    expect(old.lastMessage?.text ?? "").not.toContain("Để dùng trợ lý");

    const newcomer = e2e.server.user({ id: 8343, firstName: "Mới", languageCode: "vi" });
    await e2e.step(() => newcomer.sendText(`/start ${code}`));
    await e2e.step(() => newcomer.pressButton("Đúng, tôi là ông Lê Văn Mới"));
    expect(newcomer.lastMessage?.text).toContain("đăng ký thành công với vai trò tổ trưởng Tổ 5");

    // From now on the old leader is turned away; what the group sent stays, with who sent it.
    old.markRead();
    await e2e.step(() => old.sendText("📝 Báo cáo kết quả"));
    expect(old.lastMessage?.text).toContain("Để dùng trợ lý");
    const reportsAfter = await db.groupReport.findMany({ where: { groupId: oldRow.groupId! }, include: { values: true }, orderBy: { id: "asc" } });
    expect(reportsAfter.map((r) => [r.id, r.status, r.submittedById, r.values.length])).toEqual(reportsBefore.map((r) => [r.id, r.status, r.submittedById, r.values.length]));
    expect(await db.member.findUniqueOrThrow({ where: { id: oldRow.id } })).toMatchObject({ active: false, fullName: oldRow.fullName });
  });
});
