// A city-level official in the bot (the real createBot against the Bot API test server): /baocao
// and the menu button list the (year, kind) pairs of the city's wards, the chosen one arrives as
// the roll-up's PDF and XLSX. A ward officer's /baocao still brings the ward's four files.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addWardToCity } from "../../src/db/repos/city.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { createMember } from "../../src/db/repos/members.js";
import { cityRollup } from "../../src/reports/city/make-city-files.js";
import { CITY_SHEET } from "../../src/reports/city/render-city-xlsx.js";
import { startTestBot, type TestBot } from "../support/bot-harness.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { pdfText, tempFile } from "../reports/support/poppler.js";
import { generateCity, generateWard, KIND, YEAR } from "./support/city-data.js";

const providers = await providersUnderTest();

describe.each(providers)("the city official's /baocao on %s", (provider) => {
  let test: TestDatabase;
  let harness: TestBot;
  let cityId: number;

  beforeEach(async () => {
    test = await createTestDatabase(provider);
    harness = await startTestBot({ databaseUrl: test.url });
    const city = await generateCity(harness.db, [
      { slug: "tan-lap", name: "Phường Tân Lập", groups: 23, seed: 6 },
      { slug: "dong-bam", name: "Xã Đồng Bẩm", groups: 8, seed: 9, noPeriod: true },
    ]);
    cityId = city.cityId;
    await addWardToCity(harness.db, cityId, harness.demo!.wardId);
  });
  afterEach(async () => {
    await harness?.stop();
    await test?.drop();
  });

  const settle = () => harness.server.settled({ timeoutMs: 20_000 });
  async function say(user: TelegramUser, text: string) {
    user.sendText(text);
    await settle();
  }
  async function press(user: TelegramUser, label: string | RegExp) {
    user.pressButton(label);
    await settle();
  }
  /** A member with the role "city" registered in a ward (what redeeming a city invite does). */
  async function cityOfficial(wardSlug: string, userId: number): Promise<TelegramUser> {
    const ward = await harness.db.ward.findUniqueOrThrow({ where: { slug: wardSlug } });
    await createMember(harness.db, ward.id, { fullName: "Lê Văn Thành", role: "city", telegramId: BigInt(userId) });
    return harness.server.user({ id: userId, firstName: "Thành", languageCode: "vi", startedBot: true });
  }

  it("lists the city's periods, then sends the roll-up as PDF and XLSX with Vietnamese captions", { timeout: 90_000 }, async () => {
    const official = await cityOfficial("tan-lap", 9101);
    await say(official, "/baocao");
    expect(official.lastMessage!.text).toBe("Ông/bà muốn nhận báo cáo tổng hợp của Thành phố Thái Nguyên cho kỳ nào?");
    expect(official.lastMessage!.buttons.flat()).toEqual([
      "Sơ kết năm 2025 (1/3 phường, xã có kỳ này)",
      "Tổng kết năm 2024 (2/3 phường, xã có kỳ này)",
      "Sơ kết năm 2024 (2/3 phường, xã có kỳ này)",
    ]);
    official.markRead();
    await press(official, /^Tổng kết năm 2024/);

    const expected = await cityRollup(harness.db, cityId, YEAR, KIND);
    const { reported, total } = expected.total.groups;
    const texts = official.messages.filter((message) => !message.document).map((message) => message.text);
    expect(texts).toContain("Đang tổng hợp số liệu kỳ tổng kết năm 2024 của 2 phường, xã thuộc Thành phố Thái Nguyên, ông/bà vui lòng chờ trong giây lát…");
    const documents = official.messages.filter((message) => message.document);
    expect(documents.map((message) => message.document!.file_name)).toEqual([
      "tong-hop-thanh-pho-thai-nguyen-nam-2024.pdf",
      "so-lieu-thanh-pho-thai-nguyen-nam-2024.xlsx",
    ]);
    expect(documents[0]!.text).toBe(
      `Bảng tổng hợp kết quả thi đua theo từng phường, xã và toàn Thành phố Thái Nguyên, kỳ tổng kết năm 2024 (đã nộp ${reported}/${total} tổ dân phố).`,
    );
    expect(documents[1]!.text).toContain("Số liệu tổng hợp theo từng phường, xã của Thành phố Thái Nguyên, kỳ tổng kết năm 2024");

    const pdf = pdfText(tempFile(`city-bot-${provider}.pdf`, documents[0]!.document!.data));
    for (const name of ["Phường Phan Đình Phùng", "Phường Tân Lập", "Xã Đồng Bẩm", "Tổng cộng", "261.700.000"]) expect(pdf).toContain(name);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(documents[1]!.document!.data as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(CITY_SHEET)!;
    expect(sheet.getRow(2).getCell(2).value).toBe("Phường Phan Đình Phùng");
    expect(sheet.getRow(5).getCell(2).value).toBe("Tổng cộng");

    // Help and /tiendo are the city's; the reports button of the menu leads to the same choice.
    await say(official, "/huongdan");
    expect(official.lastMessage!.text).toContain("Hướng dẫn dành cho cán bộ theo dõi thi đua cấp thành phố");
    expect(official.keyboardLabels()).toEqual([["📑 Báo cáo tổng hợp", "❓ Hướng dẫn"]]);
    await press(official, "📑 Báo cáo tổng hợp");
    expect(official.lastMessage!.buttons.flat()).toHaveLength(3);
    await say(official, "/tiendo");
    expect(official.lastMessage!.text).toContain("dành cho cán bộ phường");
  });

  it("a period nobody has reported yet gets a message instead of empty files", { timeout: 60_000 }, async () => {
    const official = await cityOfficial("phan-dinh-phung", 9102);
    // Only the demo ward has the sơ kết 2025 period; withdraw its reports.
    await harness.db.groupReport.updateMany({ where: { periodId: harness.demo!.currentPeriodId }, data: { status: "draft" } });
    await say(official, "/baocao");
    official.markRead();
    await press(official, /^Sơ kết năm 2025/);
    expect(official.lastMessage!.text).toContain("chưa có tổ dân phố nào nộp báo cáo");
    expect(official.messages.some((message) => message.document)).toBe(false);
  });

  it("registers through a city invite, and an official whose ward is in no city is told so", { timeout: 60_000 }, async () => {
    const ward = await harness.db.ward.findUniqueOrThrow({ where: { slug: "tan-lap" } });
    const invite = await createInvite(harness.db, { wardId: ward.id, role: "city", fullName: "Lê Văn Thành", now: harness.clock.now() });
    const newcomer = harness.server.user({ id: 9103, firstName: "Thành", languageCode: "vi" });
    await say(newcomer, `/start ${invite.code}`);
    await press(newcomer, /^Đúng, tôi là/);
    expect(newcomer.lastMessage!.text).toContain("cán bộ theo dõi thi đua cấp thành phố");
    expect(newcomer.keyboardLabels()).toEqual([["📑 Báo cáo tổng hợp", "❓ Hướng dẫn"]]);
    await say(newcomer, "/baocao");
    expect(newcomer.lastMessage!.buttons.flat()).toHaveLength(3);

    await generateWard(harness.db, { slug: "ngoai", name: "Phường Ngoài", groups: 3, seed: 2 });
    const outsider = await cityOfficial("ngoai", 9104);
    await say(outsider, "/baocao");
    expect(outsider.lastMessage!.text).toContain("chưa được gắn với thành phố nào");
  });

  it("a ward officer's /baocao still brings the ward's four files, not the city's", { timeout: 90_000 }, async () => {
    const member = await harness.db.member.findFirstOrThrow({ where: { wardId: harness.demo!.wardId, role: "officer" } });
    await harness.db.member.update({ where: { id: member.id }, data: { telegramId: 9105n, registeredAt: harness.clock.now() } });
    const officer = harness.server.user({ id: 9105, firstName: "Thanh", languageCode: "vi", startedBot: true });
    await say(officer, "/baocao");
    expect(officer.lastMessage!.buttons.flat()).toEqual(["🟢 6 tháng đầu năm 2025 (đang mở)", "Năm 2024"]);
    await press(officer, "Năm 2024");
    expect(officer.messages.filter((message) => message.document).map((message) => message.document!.file_name)).toEqual([
      "tong-hop-ket-qua-nam-2024-phan-dinh-phung.pdf",
      "bao-cao-tong-ket-2024-phan-dinh-phung.pdf",
      "bao-cao-tong-ket-2024-phan-dinh-phung.docx",
      "so-lieu-nam-2024-phan-dinh-phung.xlsx",
    ]);
  });
});
