// The officer edits the báo cáo's narrative template in the chat, through the real bot process:
// /maubaocao sends it as a text file; the edited file sent back is checked whole (a placeholder
// naming an indicator the catalogue does not have is named with its line, nothing changes),
// then stored (audited); a new indicator placed in the text prints its figure in /baocao.
// Leaders cannot do any of it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type E2E, startE2E } from "../support/e2e.js";
import { pdfText } from "../support/pdf-text.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { paragraphs, readDocx } from "../reports/support/docx-reader.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
}, 180_000);
afterEach(async () => {
  await e2e?.stop();
});

const storedTemplate = async () => (await e2e.database.db.ward.findUniqueOrThrow({ where: { id: e2e.demo.wardId } })).reportTemplate;
const flat = (text: string) => text.replace(/\s+/gu, " ");

describe("the báo cáo template from the chat", () => {
  it("sends the template, refuses a placeholder the catalogue lacks with its line, stores a good edit, and /baocao follows it", { timeout: 150_000 }, async () => {
    const officer: TelegramUser = await e2e.registered(8401, { role: "officer" });
    await e2e.step(() => officer.sendText("/maubaocao"));
    const sent = officer.messages.find((m) => m.document);
    expect(sent?.document?.file_name).toBe("mau-bao-cao-phan-dinh-phung.txt");
    expect(sent?.text).toContain("chưa có mẫu riêng: đây là mẫu lời văn báo cáo sơ kết mặc định");
    expect(sent?.text).toContain("gửi lại tệp cho trợ lý");
    // UTF-8 with a byte-order mark, so an older Notepad shows the Vietnamese right.
    expect([...sent!.document!.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const exported = sent!.document!.data.toString("utf8");
    expect(exported).toContain("{tien_tham_hoi_tang_qua}");

    // An indicator the catalogue does not have: refused, with the line; nothing stored.
    const lines = exported.split("\n");
    const giftLine = lines.findIndex((line) => line.includes("{tien_tham_hoi_tang_qua}"));
    const withUnknown = [...lines];
    withUnknown[giftLine] = withUnknown[giftLine]!.replace("{tien_tham_hoi_tang_qua}.", "{tien_tham_hoi_tang_qua}. Có {chi_tieu_ho_thoat_ngheo} hộ thoát nghèo.");
    // Sent back as Notepad saves it, with Windows line ends.
    officer.markRead();
    await e2e.step(() => officer.sendDocument(withUnknown.join("\r\n"), "mau-bao-cao-phan-dinh-phung.txt", { mimeType: "text/plain" }));
    const refusal = officer.lastMessage?.text ?? "";
    expect(refusal).toContain("Mẫu báo cáo chưa dùng được, chưa lưu gì: trợ lý thấy 1 chỗ cần sửa.");
    expect(refusal).toMatch(new RegExp(`Dòng ${giftLine + 1}, cột \\d+: \\{chi_tieu_ho_thoat_ngheo\\} không dùng được vì danh mục không có chỉ tiêu mã “ho_thoat_ngheo”`, "u"));
    expect(await storedTemplate()).toBeNull();

    // A file that is not text is refused as such.
    await e2e.step(() => officer.sendDocument(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]), "mau.txt", { mimeType: "text/plain" }));
    expect(officer.lastMessage?.text).toContain("không đọc được tệp này như một tệp chữ");

    // The same file back: nothing changes.
    await e2e.step(() => officer.sendDocument(sent!.document!.data, "mau-bao-cao-phan-dinh-phung.txt", { mimeType: "text/plain" }));
    expect(officer.lastMessage?.text).toBe("Tệp giống hệt mẫu báo cáo đang dùng, không có gì thay đổi.");
    expect(await storedTemplate()).toBeNull();

    // An indicator the catalogue has, placed in the text, and a sentence of the office's own.
    const edited = [...lines];
    edited[giftLine] = edited[giftLine]!.replace("{tien_tham_hoi_tang_qua}.", "{tien_tham_hoi_tang_qua}, trao {chi_tieu_poverty_gift_count} suất quà.");
    await e2e.step(() => officer.sendDocument(edited.join("\r\n"), "mau-bao-cao-phan-dinh-phung.txt", { mimeType: "text/plain" }));
    expect(officer.lastMessage?.text).toBe("Đã lưu mẫu báo cáo mới của Phường Phan Đình Phùng. Từ lần gõ /baocao tiếp theo, báo cáo sơ kết theo mẫu này.");
    const stored = await storedTemplate();
    expect(stored).toContain("trao {chi_tieu_poverty_gift_count} suất quà.");
    expect(stored).not.toContain("\r");
    const officerRow = await e2e.database.db.member.findFirstOrThrow({ where: { telegramId: 8401n } });
    const audit = await e2e.database.db.auditEvent.findMany({ where: { wardId: e2e.demo.wardId, action: "template.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: officerRow.id, source: "chat" });

    // /maubaocao now sends the ward's own template.
    officer.markRead();
    await e2e.step(() => officer.sendText("/maubaocao"));
    const own = officer.unread().find((m) => m.document);
    expect(own?.text).toContain("Mẫu lời văn báo cáo sơ kết Phường Phan Đình Phùng đang dùng.");
    expect(own?.document?.data.toString("utf8")).toContain("trao {chi_tieu_poverty_gift_count} suất quà.");

    // /baocao: the gifts' count in the sentence, and no longer in "Số liệu các chỉ tiêu khác".
    officer.markRead();
    await e2e.step(() => officer.sendText("/baocao"));
    await e2e.step(() => officer.pressButton("Năm 2024"));
    const files = officer.unread().filter((m) => m.document);
    const pdf = flat(pdfText(files.find((m) => m.document!.file_name!.endsWith(".pdf") && m.document!.file_name!.startsWith("bao-cao"))!.document!.data));
    const docx = flat(paragraphs((await readDocx(files.find((m) => m.document!.file_name!.endsWith(".docx"))!.document!.data)).document).map((p) => p.text).join("\n"));
    for (const text of [pdf, docx]) {
      expect(text).toMatch(/Tổng số tiền: 261\.700\.000 đồng, trao \d{1,3}(\.\d{3})* suất quà\./u);
      expect(text).toContain("Số liệu các chỉ tiêu khác do các tổ dân phố báo cáo");
      expect(text).not.toContain("Suất quà:");
    }

    // Back to the default: "/maubaocao macdinh" sends the default text; sent back, it replaces the ward's own (audited).
    officer.markRead();
    await e2e.step(() => officer.sendText("/maubaocao mặc định"));
    const fresh = officer.unread().find((m) => m.document);
    expect(fresh?.text).toContain("gửi lại nguyên văn là quay về mẫu mặc định");
    const defaultText = fresh!.document!.data.toString("utf8").replace(/^\uFEFF/u, "");
    expect(defaultText).not.toContain("trao {chi_tieu_poverty_gift_count} suất quà.");
    expect(await storedTemplate()).toBe(stored); // nothing changes until the file comes back
    await e2e.step(() => officer.sendDocument(defaultText, "mau-bao-cao-phan-dinh-phung.txt", { mimeType: "text/plain" }));
    expect(officer.lastMessage?.text).toContain("Đã lưu mẫu báo cáo mới");
    expect(await storedTemplate()).not.toContain("trao {chi_tieu_poverty_gift_count} suất quà.");
    expect(await e2e.database.db.auditEvent.count({ where: { wardId: e2e.demo.wardId, action: "template.import" } })).toBe(2);

    // A leader's text file is not a template.
    const leader = await e2e.registered(8402, { group: "Tổ 4" });
    await e2e.step(() => leader.sendText("/maubaocao"));
    expect(leader.lastMessage?.text).toContain("chỉ công chức Văn phòng - Thống kê mới sửa được mẫu báo cáo");
    await e2e.step(() => leader.sendDocument(edited.join("\n").replace("suất quà.", "suất quà tặng."), "mau.txt", { mimeType: "text/plain" }));
    expect(leader.lastMessage?.text ?? "").not.toContain("Đã lưu mẫu báo cáo");
    expect(await storedTemplate()).not.toContain("suất quà tặng.");
  });
});
