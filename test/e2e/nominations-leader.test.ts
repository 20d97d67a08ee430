// A tổ trưởng proposes households for "Gia đình văn hóa" (pasted lines and an Excel file) and a
// person for a Giấy khen, through the real bot process: the households are checked against the
// figure the group reported, every line is stored when typed, and the list is sent once confirmed.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditEntries } from "../../src/db/repos/audit.js";
import { type E2E, startE2E } from "../support/e2e.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

async function linesOf(groupName: string) {
  const group = await e2e.database.db.group.findFirstOrThrow({ where: { name: groupName, wardId: e2e.demo.wardId } });
  return e2e.database.db.nominationLine.findMany({ where: { nomination: { groupId: group.id } }, orderBy: { sortOrder: "asc" } });
}

async function xlsx(rows: Array<Array<string | number>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Danh sách");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("a leader's nominations", () => {
  it("refuses households the group has not reported, and more than it reported", { timeout: 120_000 }, async () => {
    const first = await e2e.registered(9101, { group: "Tổ 1" }); // Tổ 1 has no report in the open period
    await e2e.step(() => first.sendText("/dexuat"));
    expect(first.lastMessage?.text).toContain("Tổ chưa gửi báo cáo kỳ này có số hộ đạt gia đình văn hóa");
    await e2e.step(() => first.pressButton("🏠 Thêm hộ gia đình văn hóa"));
    expect(first.lastMessage?.text).toContain("số hộ đề xuất không được nhiều hơn số hộ tổ đã báo cáo đạt");

    const leader = await e2e.registered(9102, { group: "Tổ 5" }); // reported 187 households
    await e2e.step(() => leader.sendText("/dexuat"));
    expect(leader.lastMessage?.text).toContain("187 hộ đạt gia đình văn hóa; tổ chưa đề xuất hộ nào.");
    await e2e.step(() => leader.pressButton("🏠 Thêm hộ gia đình văn hóa"));
    const many = Array.from({ length: 188 }, (_, i) => `Hộ số ${i + 1}, số ${i + 1} ngõ 5`).join("\n");
    await e2e.step(() => leader.sendText(many));
    expect(leader.lastMessage?.text).toContain("Danh sách có 188 hộ, nhưng Tổ 5 báo cáo 187 hộ đạt gia đình văn hóa");
    expect(await linesOf("Tổ 5")).toHaveLength(0); // nothing of the refused list stored

    await e2e.step(() => leader.sendText("Nguyễn Văn An, số 12 ngõ 5\nTrần Thị Bình\nLê Văn Cường, số 7 ngõ 3"));
    expect(leader.lastMessage?.text).toContain("Đã ghi 2 hộ");
    expect(leader.lastMessage?.text).toContain('Dòng 2 ("Trần Thị Bình"): thiếu địa chỉ');
    expect((await linesOf("Tổ 5")).map((line) => [line.name, line.address, line.status])).toEqual([
      ["Nguyễn Văn An", "số 12 ngõ 5", "draft"],
      ["Lê Văn Cường", "số 7 ngõ 3", "draft"],
    ]);

    // The rest as an Excel file.
    await e2e.step(() => leader.pressButton("🏠 Thêm hộ gia đình văn hóa"));
    expect(leader.lastMessage?.text).toContain("tổ đã đề xuất 2 hộ, còn đề xuất được 185 hộ");
    const file = await xlsx([["STT", "Họ và tên chủ hộ", "Địa chỉ"], [1, "Trần Thị Bình", "số 34 ngõ 5"], [2, "Phạm Văn Dũng", "số 9 ngõ 7"]]);
    await e2e.step(() => leader.sendDocument(file, "ho-gia-dinh.xlsx"));
    expect(leader.lastMessage?.text).toContain("Đã ghi 2 hộ");
    expect((await linesOf("Tổ 5")).map((line) => line.name)).toEqual(["Nguyễn Văn An", "Lê Văn Cường", "Trần Thị Bình", "Phạm Văn Dũng"]);

    // A crash between two answers loses nothing: the name is stored, the rest asked after the restart.
    await e2e.step(() => leader.pressButton("🎖 Thêm cá nhân, tập thể (Giấy khen)"));
    await e2e.step(() => leader.pressButton("👤 Cá nhân"));
    await e2e.step(() => leader.sendText("Hoàng Văn Tâm"));
    expect(leader.lastMessage?.text).toContain("Địa chỉ hoặc tổ dân phố của Hoàng Văn Tâm");
    await e2e.restartBot();
    await e2e.step(() => leader.sendText("/dexuat"));
    expect(leader.messages.at(-2)?.text).toContain("đang ghi dở đề xuất cho Hoàng Văn Tâm");
    await e2e.step(() => leader.pressButton("Tổ 5"));
    await e2e.step(() => leader.sendText("Đã có thành tích xuất sắc trong phong trào hiến đất mở rộng ngõ 5 năm 2025."));
    expect(leader.messages.at(-2)?.text).toContain("Đã ghi: Hoàng Văn Tâm, Tổ 5: Đã có thành tích xuất sắc");

    await e2e.step(() => leader.pressButton("✅ Xem lại và gửi"));
    expect(leader.lastMessage?.text).toContain("5. Hoàng Văn Tâm, Tổ 5");
    await e2e.step(() => leader.pressButton("✅ Gửi đề xuất"));
    expect(leader.lastMessage?.text).toContain("Đã gửi 5 dòng đề xuất khen thưởng");
    expect((await linesOf("Tổ 5")).every((line) => line.status === "submitted")).toBe(true);
    // A menu button pressed mid-nomination goes where it says.
    await e2e.step(() => leader.sendText("/dexuat"));
    await e2e.step(() => leader.pressButton("📝 Báo cáo kết quả"));
    expect(leader.lastMessage?.text).toContain("Báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 5");

    const actions = (await auditEntries(e2e.database.db, e2e.demo.wardId)).map((entry) => entry.action);
    expect(actions).toEqual(["nomination.households.add", "nomination.households.add", "nomination.line.add", "nomination.line.edit", "nomination.line.edit", "nomination.submit"]);
  });
});
