// Every khen thưởng step refused to the wrong role and to another ward, through the real bot
// process: buttons pressed by the wrong person, and button data forged with another ward's ids.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_WARD } from "../../src/cli/demo/phan-dinh-phung.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { createMember } from "../../src/db/repos/members.js";
import { recordPosting } from "../../src/db/repos/nominations/office.js";
import { createWard } from "../../src/db/repos/wards.js";
import type { Role } from "../../src/domain/types.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";
import type { TelegramUser } from "../support/telegram-user.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

async function person(userId: number, wardId: number, fullName: string, role: Role): Promise<TelegramUser> {
  const { db } = e2e.database;
  const member = await createMember(db, wardId, { fullName, role });
  const invite = await createInvite(db, { wardId, role, memberId: member.id, fullName, now: DEFAULT_CLOCK_START });
  const user = e2e.server.user({ id: userId, firstName: "Người dùng", languageCode: "vi" });
  await e2e.step(() => user.sendText(`/start ${invite.code}`));
  await e2e.step(() => user.pressButton(/^Đúng, tôi là/));
  user.markRead();
  return user;
}

/** Presses a button with forged data under the user's last message; the bot's answer text. */
async function forge(user: TelegramUser, data: string): Promise<string> {
  const target = user.messages.at(-1)!;
  const query = e2e.server.userPressesCallback(user.chatId, user.id, target.message_id, { text: "x", callback_data: data });
  await e2e.server.settled({ timeoutMs: 60_000 });
  const answer = e2e.server.chatEvents(user.chatId).find((event) => event.type === "callback_answer" && event.queryId === query.id);
  return answer && answer.type === "callback_answer" ? (answer.text ?? "") : "";
}

describe("khen thưởng refused to the wrong role and to another ward", () => {
  it("each step answers only the role it belongs to, in its own ward", { timeout: 300_000 }, async () => {
    const { db } = e2e.database;
    const wardId = e2e.demo.wardId;
    const periodId = e2e.demo.currentPeriodId;
    const officer = await e2e.registered(9301, { role: "officer" });
    const leader = await e2e.registered(9302, { group: "Tổ 5" });
    const chair = await e2e.registered(9303, { role: "chair" });
    const councillor = await person(9304, wardId, "Nguyễn Thị Hạnh", "council");
    const other = await createWard(db, { ...DEMO_WARD, slug: "phuong-khac", name: "Phường Khác", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG KHÁC"], placeName: "Phường Khác" });
    const stranger = await person(9305, other.id, "Phạm Văn Khác", "officer");
    const strangerChair = await person(9306, other.id, "Lê Văn Khác", "chair");

    // The leader nominates one household.
    await e2e.step(() => leader.sendText("/dexuat"));
    await e2e.step(() => leader.pressButton("🏠 Thêm hộ gia đình văn hóa"));
    await e2e.step(() => leader.sendText("Nguyễn Văn An, số 12 ngõ 5"));
    await e2e.step(() => leader.pressButton("✅ Xem lại và gửi"));
    await e2e.step(() => leader.pressButton("✅ Gửi đề xuất"));
    const group = await db.group.findFirstOrThrow({ where: { wardId, name: "Tổ 5" } });
    const line = await db.nominationLine.findFirstOrThrow({ where: { nomination: { groupId: group.id } } });
    const status = async () => (await db.nominationLine.findUniqueOrThrow({ where: { id: line.id } })).status;

    // Commands of the other side.
    await e2e.step(() => officer.sendText("/dexuat"));
    expect(officer.lastMessage?.text).toContain("Việc đề xuất khen thưởng do tổ trưởng tổ dân phố gửi");
    await e2e.step(() => leader.sendText("/khenthuong"));
    expect(leader.lastMessage?.text).toContain("Mục khen thưởng này dành cho cán bộ, công chức phường");

    // Accepting: not the leader, not the council, not another ward's officer.
    expect(await forge(leader, `kt:a:${periodId}:${group.id}`)).toContain("dành cho cán bộ, công chức phường");
    expect(await forge(councillor, `kt:a:${periodId}:${group.id}`)).toContain("do công chức Văn phòng - Thống kê phường thực hiện");
    expect(await forge(stranger, `kt:a:${periodId}:${group.id}`)).toContain("Không còn dòng nào chờ duyệt");
    expect(await forge(stranger, `kt:g:${periodId}:${group.id}`)).toContain("không tìm thấy");
    expect(await forge(stranger, `kt:r:${line.id}`)).toContain("không tìm thấy");
    expect(await status()).toBe("submitted");
    await e2e.step(() => officer.sendText("/khenthuong"));
    await e2e.step(() => officer.pressButton("🕓 Tổ 5"));
    await e2e.step(() => officer.pressButton("✅ Nhận 1 dòng chờ duyệt"));
    expect(await status()).toBe("accepted");

    // Correcting a line and recording comments: the officer's, in the officer's ward.
    expect(await forge(leader, `kt:ep:${periodId}:${group.id}`)).toContain("dành cho cán bộ, công chức phường");
    expect(await forge(councillor, `kt:ep:${periodId}:${group.id}`)).toContain("do công chức Văn phòng - Thống kê phường thực hiện");
    expect(await forge(chair, `kt:e:${line.id}`)).toContain("do công chức Văn phòng - Thống kê phường thực hiện");
    expect(await forge(stranger, `kt:ep:${periodId}:${group.id}`)).toContain("không tìm thấy");
    expect(await forge(stranger, `kt:e:${line.id}`)).toContain("không tìm thấy");
    expect(await forge(councillor, `kt:pc:${periodId}`)).toContain("do công chức Văn phòng - Thống kê phường thực hiện");
    expect(await forge(stranger, `kt:pc:${periodId}`)).toContain("không tìm thấy");
    expect(await db.auditEvent.count({ where: { action: "nomination.line.office-edit" } })).toBe(0);

    // The posting and the vote: the officer's, in the officer's ward.
    expect(await forge(councillor, `kt:p:${periodId}`)).toContain("do công chức Văn phòng - Thống kê phường thực hiện");
    expect(await forge(stranger, `kt:p:${periodId}`)).toContain("không tìm thấy");
    // A "Gia đình văn hóa" line waits for the posting (Nghị định 86/2023): said in a message, no vote opened.
    await forge(officer, `kt:v:${periodId}`);
    expect(officer.lastMessage?.text).toContain("phải được niêm yết công khai");
    expect(await forge(officer, `kt:vr:${periodId}`)).toContain("chờ hết thời gian niêm yết");
    expect(await forge(councillor, `kt:vr:${periodId}`)).toContain("do công chức Văn phòng - Thống kê phường thực hiện");
    expect(await forge(stranger, `kt:vr:${periodId}`)).toContain("không tìm thấy");
    await recordPosting(db, { actor: { memberId: (await db.member.findFirstOrThrow({ where: { wardId, role: "officer" } })).id, wardId, roles: ["officer"] }, periodId, startDate: "2025-05-01", days: 10, at: DEFAULT_CLOCK_START });
    expect(await forge(stranger, `kt:v:${periodId}`)).toContain("không tìm thấy");
    expect(await db.councilVote.count()).toBe(0);
    await e2e.step(() => officer.sendText("/khenthuong"));
    await e2e.step(() => officer.pressButton("🗳 Đưa 1 dòng ra Hội đồng biểu quyết"));
    const vote = await db.councilVote.findFirstOrThrow({ where: { wardId } });
    expect(councillor.lastMessage?.text).toContain("biểu quyết danh sách đề nghị khen thưởng");

    // Ballots: the council's only; another ward's council member is not on this council.
    expect(await forge(officer, `kv:${vote.id}:all:y`)).toContain("Chỉ thành viên Hội đồng");
    expect(await forge(chair, `kv:${vote.id}:all:y`)).toContain("Chỉ thành viên Hội đồng");
    const otherCouncil = await person(9307, other.id, "Đỗ Thị Khác", "council");
    expect(await forge(otherCouncil, `kv:${vote.id}:all:y`)).toContain("đã kết thúc");
    expect(await db.councilBallot.count()).toBe(0);
    await e2e.step(() => councillor.pressButton("👍 Đồng ý cả danh sách"));
    expect(await db.councilBallot.count()).toBe(1);
    // A ballot typed per line counts only from this ward's council: the leader's and another
    // ward's council member's "1 không" are ordinary messages.
    await e2e.step(() => leader.sendText("1 không đồng ý"));
    await e2e.step(() => otherCouncil.sendText("1 không đồng ý"));
    expect(await db.councilBallot.count()).toBe(1);
    await e2e.step(() => councillor.sendText("1 không đồng ý"));
    expect(councillor.lastMessage?.text).toContain("1. Nguyễn Văn An: không đồng ý");
    expect(await db.councilBallot.findMany({ select: { lineId: true, choice: true }, orderBy: { id: "asc" } })).toEqual([
      { lineId: null, choice: "agree" },
      { lineId: line.id, choice: "disagree" },
    ]);
    const councilMember = await db.member.findFirstOrThrow({ where: { wardId, role: "council", fullName: "Nguyễn Thị Hạnh" } });
    const typedAudit = (await db.auditEvent.findMany({ where: { wardId, action: "council.ballot" }, orderBy: { id: "asc" } })).at(-1)!;
    expect(typedAudit.actorId).toBe(councilMember.id);
    expect(JSON.parse(typedAudit.detail)).toEqual({ target: `line:${line.id}`, choice: "disagree" });
    await e2e.step(() => councillor.sendText("1 đồng ý"));

    // Closing: the officer of the ward; approving: the chairman of the ward, once closed.
    expect(await forge(councillor, `kt:c:${vote.id}`)).toContain("do công chức Văn phòng - Thống kê phường thực hiện");
    expect(await forge(stranger, `kt:c:${vote.id}`)).toContain("đã kết thúc");
    expect((await db.councilVote.findUniqueOrThrow({ where: { id: vote.id } })).closedAt).toBeNull();
    expect(await forge(chair, `kt:okc:${vote.id}`)).toContain("không tìm thấy"); // not closed yet
    await e2e.step(() => officer.pressButton("🔒 Kết thúc biểu quyết"));
    expect(await forge(officer, `kt:okc:${vote.id}`)).toContain("Chủ tịch hoặc Phó Chủ tịch");
    expect(await forge(councillor, `kt:okc:${vote.id}`)).toContain("Chủ tịch hoặc Phó Chủ tịch");
    expect(await forge(strangerChair, `kt:okc:${vote.id}`)).toContain("không tìm thấy");
    expect(await db.awardDecision.count()).toBe(0);
    await e2e.step(() => chair.pressButton("✍️ Phê duyệt 1 trường hợp"));
    await e2e.step(() => chair.pressButton("✍️ Phê duyệt và ký"));
    expect(await db.awardDecision.count({ where: { wardId, status: "signed" } })).toBe(1);
    expect(await forge(chair, `kt:okc:${vote.id}`)).toContain("đều đã có quyết định"); // twice: no second decision
    expect(await db.awardDecision.count()).toBe(1);
    expect(leader.lastMessage?.text).toContain("Chủ tịch phường đã ký Quyết định số 01/QĐ-UBND");

    // Signed: the officer's correction is refused, nothing changes; a ballot typed now is told the vote is over.
    await forge(officer, `kt:e:${line.id}`);
    expect(officer.lastMessage?.text).toContain("đã có trong quyết định khen thưởng đã ký");
    expect(await db.auditEvent.count({ where: { action: "nomination.line.office-edit" } })).toBe(0);
    await e2e.step(() => councillor.sendText("1 không"));
    expect(councillor.lastMessage?.text).toContain("Lần biểu quyết này đã kết thúc");
  });
});
