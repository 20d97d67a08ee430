// Golden transcripts of issue 13, through the real bot process: a tổ trưởng nominates households
// and one person; the officer returns one line (the leader corrects it) and accepts the rest;
// the list cannot go to the council before the households' posting; the posting is recorded with
// a comment on one line, which the officer then corrects; three council members vote (one line
// by line); the chairman approves and signs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditEntries } from "../../src/db/repos/audit.js";
import { pdfText } from "../support/pdf-text.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { createMember } from "../../src/db/repos/members.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

const COUNCIL = ["Nguyễn Thị Hạnh", "Đỗ Văn Minh", "Lương Thị Thu"];

async function councilMember(userId: number, fullName: string): Promise<TelegramUser> {
  const { db } = e2e.database;
  const member = await createMember(db, e2e.demo.wardId, { fullName, role: "council" });
  const invite = await createInvite(db, { wardId: e2e.demo.wardId, role: "council", memberId: member.id, fullName, now: DEFAULT_CLOCK_START });
  e2e.codes.push(invite.code);
  const user = e2e.server.user({ id: userId, firstName: "Người dùng", languageCode: "vi" });
  await e2e.step(() => user.sendText(`/start ${invite.code}`));
  await e2e.step(() => user.pressButton(/^Đúng, tôi là/));
  user.markRead();
  return user;
}

describe("khen thưởng from the group's nomination to the chairman's signature", () => {
  it("reads right for the tổ trưởng, the officer, the council and the chairman", { timeout: 300_000 }, async () => {
    const { db } = e2e.database;
    // Tổ 5's handed-in report names a good deed: the nomination offers it as the achievement.
    const goodDeeds = await db.reportValue.findFirstOrThrow({ where: { indicator: { code: "good_deeds" }, report: { periodId: e2e.demo.currentPeriodId, group: { name: "Tổ 5" } } } });
    await db.reportValue.update({ where: { id: goodDeeds.id }, data: { textValue: "Ông Hoàng Văn Tâm vận động 12 hộ hiến đất mở rộng ngõ 5, làm mới 120 m đường bê tông." } });

    const officer = await e2e.registered(9201, { role: "officer" });
    const leader = await e2e.registered(9202, { group: "Tổ 5" });
    const chair = await e2e.registered(9203, { role: "chair" });
    const council = [await councilMember(9211, COUNCIL[0]!), await councilMember(9212, COUNCIL[1]!), await councilMember(9213, COUNCIL[2]!)];
    const leaderTranscript = recordTranscript(leader, "Tổ trưởng Tổ 5");
    const officerTranscript = recordTranscript(officer, "Công chức");
    const councilTranscript = recordTranscript(council[1]!, "Thành viên Hội đồng");
    const chairTranscript = recordTranscript(chair, "Chủ tịch");

    // 1. The leader nominates three households and one person.
    await e2e.step(() => leader.sendText("/dexuat"));
    await e2e.step(() => leader.pressButton("🏠 Thêm hộ gia đình văn hóa"));
    await e2e.step(() => leader.sendText("Nguyễn Văn An, số 12 ngõ 5 Lương Ngọc Quyến\nTrần Thị Bình, số 34 ngõ 5 Lương Ngọc Quyến\nLê Văn Cường, số 7 ngõ 3 Lương Ngọc Quyến"));
    expect(leader.lastMessage?.text).toContain("Đã ghi 3 hộ");
    await e2e.step(() => leader.pressButton("🎖 Thêm cá nhân, tập thể (Giấy khen)"));
    await e2e.step(() => leader.pressButton("👤 Cá nhân"));
    await e2e.step(() => leader.sendText("Hoàng Văn Tâm"));
    await e2e.step(() => leader.pressButton("Tổ 5"));
    expect(leader.lastMessage?.text).toContain("vận động 12 hộ hiến đất");
    await e2e.step(() => leader.pressButton("Dùng nội dung trong báo cáo của tổ"));
    await e2e.step(() => leader.pressButton("✅ Xem lại và gửi"));
    await e2e.step(() => leader.pressButton("✅ Gửi đề xuất"));
    expect(leader.lastMessage?.text).toContain("Đã gửi 4 dòng");

    // 2. The officer returns line 2, the leader corrects it, the officer accepts all.
    await e2e.step(() => officer.sendText("/khenthuong"));
    expect(officer.lastMessage?.text).toContain("Tổ 5: 4 dòng (4 chờ duyệt");
    await e2e.step(() => officer.pressButton("🕓 Tổ 5"));
    await e2e.step(() => officer.pressButton("↩️ Trả lại một dòng"));
    await e2e.step(() => officer.pressButton("2"));
    await e2e.step(() => officer.sendText("Địa chỉ chưa đúng: nhà bà Bình là số 36, không phải số 34."));
    expect(leader.lastMessage?.text).toContain("Lý do: Địa chỉ chưa đúng");
    await e2e.step(() => leader.sendText("/dexuat"));
    await e2e.step(() => leader.sendText("Trần Thị Bình, số 36 ngõ 5 Lương Ngọc Quyến"));
    await e2e.step(() => leader.pressButton("✅ Xem lại và gửi"));
    await e2e.step(() => leader.pressButton("✅ Gửi đề xuất"));
    await e2e.step(() => officer.pressButton("◀ Về danh sách của tổ"));
    await e2e.step(() => officer.pressButton("✅ Nhận 4 dòng chờ duyệt"));
    expect(officer.lastMessage?.text).toContain("Trần Thị Bình, số 36 ngõ 5 Lương Ngọc Quyến (phường đã nhận)");

    // 3. Before the posting only the Giấy khen could go to the council: the households wait (NĐ 86/2023).
    await e2e.step(() => officer.sendText("/khenthuong"));
    await e2e.step(() => officer.pressButton("🗳 Đưa 4 dòng ra Hội đồng biểu quyết"));
    expect(officer.lastMessage?.text).toContain("3 dòng đề nghị công nhận danh hiệu “Gia đình văn hóa”");
    expect(await db.councilVote.count()).toBe(0);

    // The posting: from 3 May, 10 days, one comment on the list and one on line 3.
    await e2e.step(() => officer.pressButton("◀ Về mục khen thưởng"));
    await e2e.step(() => officer.pressButton("📌 Ghi niêm yết"));
    await e2e.step(() => officer.sendText("3/5"));
    await e2e.step(() => officer.pressButton("10 ngày"));
    expect(officer.lastMessage?.text).toContain("3. Lê Văn Cường, số 7 ngõ 3 Lương Ngọc Quyến (đề xuất của Tổ 5)");
    await e2e.step(() => officer.sendText("Bà con ngõ 5 đồng tình với danh sách, không có ý kiến phản đối."));
    await e2e.step(() => officer.sendText("3: Tổ dân phố báo nhà ông Cường là số 7A ngõ 3, không phải số 7."));
    expect(officer.lastMessage?.text).toContain("về dòng 3: Lê Văn Cường");
    await e2e.step(() => officer.pressButton("Đã ghi đủ ý kiến"));
    expect(officer.lastMessage?.text).toContain("từ ngày 3 tháng 5 năm 2025 đến hết ngày 12 tháng 5 năm 2025");
    const cuong = await db.nominationLine.findFirstOrThrow({ where: { name: "Lê Văn Cường" } });
    expect((await db.postingComment.findMany({ orderBy: { id: "asc" } })).map((comment) => comment.lineId)).toEqual([null, cuong.id]);

    // The officer corrects line 3's address as the posting showed it.
    await e2e.step(() => officer.pressButton("◀ Về mục khen thưởng"));
    await e2e.step(() => officer.pressButton("✅ Tổ 5"));
    await e2e.step(() => officer.pressButton("✏️ Sửa một dòng"));
    await e2e.step(() => officer.pressButton("3"));
    await e2e.step(() => officer.pressButton("Địa chỉ, tổ dân phố"));
    await e2e.step(() => officer.sendText("số 7A ngõ 3 Lương Ngọc Quyến"));
    expect(officer.lastMessage?.text).toContain("\"số 7 ngõ 3 Lương Ngọc Quyến\" → \"số 7A ngõ 3 Lương Ngọc Quyến\"");
    const officerMember = await db.member.findFirstOrThrow({ where: { wardId: e2e.demo.wardId, role: "officer", telegramId: 9201n } });
    const [edit] = await auditEntries(db, e2e.demo.wardId, "nomination.line.office-edit");
    expect(edit?.actorId).toBe(officerMember.id);
    expect(JSON.parse(edit!.detail)).toEqual({ field: "address", from: "số 7 ngõ 3 Lương Ngọc Quyến", to: "số 7A ngõ 3 Lương Ngọc Quyến" });

    // 4. The council votes: two agree with the whole list, one goes line by line and disagrees with line 4.
    await e2e.step(() => officer.sendText("/khenthuong"));
    await e2e.step(() => officer.pressButton("🗳 Đưa 4 dòng ra Hội đồng biểu quyết"));
    expect(officer.lastMessage?.text).toContain("đã gửi phiếu tới 3/3 thành viên");
    expect(council[1]!.lastMessage?.text).toContain("💬 Ý kiến khi niêm yết: Tổ dân phố báo nhà ông Cường là số 7A");
    await e2e.step(() => council[0]!.pressButton("👍 Đồng ý cả danh sách"));
    await e2e.step(() => council[1]!.pressButton("Biểu quyết từng dòng"));
    for (const _line of [1, 2, 3]) await e2e.step(() => council[1]!.pressButton("👍 Đồng ý"));
    await e2e.step(() => council[1]!.pressButton("👎 Không đồng ý"));
    expect(council[1]!.lastMessage?.text).toContain("4. Hoàng Văn Tâm: không đồng ý");
    await e2e.step(() => council[2]!.pressButton("👍 Đồng ý cả danh sách"));
    await e2e.step(() => officer.pressButton("📊 Kết quả biểu quyết"));
    expect(officer.lastMessage?.text).toContain("3/3 thành viên đã biểu quyết");
    await e2e.step(() => officer.pressButton("🔒 Kết thúc biểu quyết"));
    expect(officer.lastMessage?.text).toContain("4/4 dòng được thông qua");

    // 5. The chairman approves and signs.
    expect(chair.lastMessage?.text).toContain("đã thông qua 4 trường hợp");
    await e2e.step(() => chair.pressButton("✍️ Phê duyệt 4 trường hợp"));
    await e2e.step(() => chair.pressButton("✍️ Phê duyệt và ký"));
    expect(chair.messages.map((message) => message.text).join("\n")).toContain("Đã phê duyệt và ký 2 quyết định");

    const decisions = await db.awardDecision.findMany({ where: { wardId: e2e.demo.wardId }, include: { lines: true, form: true }, orderBy: { id: "asc" } });
    expect(decisions.map((decision) => [decision.form.code, decision.status, decision.lines.length])).toEqual([
      ["gdvh", "signed", 3],
      ["giay_khen", "signed", 1],
    ]);
    expect(decisions[1]!.lines[0]!.achievement).toContain("vận động 12 hộ hiến đất");

    // The files arrive: each decision as PDF and DOCX, and its certificates; the officer gets them too.
    const documents = chair.messages.filter((message) => message.document);
    expect(documents.map((message) => message.document!.file_name!.replace(/^.*\./u, ""))).toEqual(["pdf", "docx", "pdf", "pdf", "docx", "pdf"]);
    const decisionText = pdfText(documents[0]!.document!.data).replace(/\s+/gu, " ");
    expect(decisionText).toContain("QUYẾT ĐỊNH");
    expect(decisionText).toContain("Trần Thị Bình");
    expect(decisionText).toContain("số 36 ngõ 5 Lương Ngọc Quyến");
    expect(decisionText).toContain("số 7A ngõ 3 Lương Ngọc Quyến");
    const certificates = pdfText(documents[5]!.document!.data).replace(/\s+/gu, " ");
    expect(certificates).toContain("Hoàng Văn Tâm");
    expect(officer.messages.filter((message) => message.document)).toHaveLength(6);
    const actions = new Set((await auditEntries(db, e2e.demo.wardId)).map((entry) => entry.action));
    for (const action of ["nomination.submit", "nomination.line.return", "nomination.accept", "award.posting.record", "award.posting.comment", "council.vote.open", "council.ballot", "council.vote.close", "nomination.line.office-edit"]) {
      expect(actions).toContain(action);
    }

    expectTranscript("nominations-leader", leaderTranscript);
    expectTranscript("nominations-officer", officerTranscript);
    expectTranscript("nominations-council", councilTranscript);
    expectTranscript("nominations-chair", chairTranscript);
  });
});
