// On Zalo (no buttons): a council member votes line by line by typing "1", "không", "đồng ý",
// changes one line with a typed "2 đồng ý", and a choice typed after the vote closed gets a clear
// line. The real bot against the Zalo test server; the list, its posting and the vote are set
// up through the repos, as the officer's chat would have made them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMember } from "../../src/db/repos/members.js";
import { closeVote, openVote, voteReadiness } from "../../src/db/repos/nominations/council.js";
import { addHouseholds, startCommendation, submitNomination, updateLineField } from "../../src/db/repos/nominations/leader.js";
import { acceptGroupLines, addPostingComment, recordPosting } from "../../src/db/repos/nominations/office.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { expectTranscript } from "../support/transcript.js";
import { startZaloE2E, type ZaloE2E } from "../support/zalo-e2e.js";
import { recordZaloTranscript } from "../support/zalo-transcript.js";

let e2e: ZaloE2E;
beforeEach(async () => {
  e2e = await startZaloE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

describe("a council member's vote on Zalo", () => {
  it("votes line by line by typing, and is told plainly when a choice no longer applies", { timeout: 180_000 }, async () => {
    const { db } = e2e.database;
    const wardId = e2e.demo.wardId;
    const periodId = e2e.demo.currentPeriodId;
    const at = DEFAULT_CLOCK_START;
    const councillor = await createMember(db, wardId, { fullName: "Nguyễn Thị Hạnh", role: "council" });
    await createMember(db, wardId, { fullName: "Đỗ Văn Minh", role: "council" });
    const code = await e2e.inviteFor({ role: "council" });
    const member = e2e.zalo.user("Hạnh");
    const say = (text: string) => e2e.say(member, text);
    await say(code);
    await say("1");
    expect((await db.member.findUniqueOrThrow({ where: { id: councillor.id } })).telegramId).not.toBeNull();

    // Tổ 5's list, accepted, posted from 1 May for 10 days with a comment on line 2, put to the vote.
    const group = await db.group.findFirstOrThrow({ where: { wardId, name: "Tổ 5" } });
    const leader = await db.member.findFirstOrThrow({ where: { wardId, groupId: group.id, role: "leader" } });
    const officer = await db.member.findFirstOrThrow({ where: { wardId, role: "officer" } });
    const actor = { memberId: leader.id, wardId, roles: ["leader" as const], groupId: group.id };
    const office = { memberId: officer.id, wardId, roles: ["officer" as const] };
    await addHouseholds(db, { actor, periodId, at, lines: [{ name: "Nguyễn Văn An", address: "số 12 ngõ 5" }, { name: "Trần Thị Bình", address: "số 36 ngõ 5" }] });
    const started = await startCommendation(db, { actor, periodId, at, recipientKind: "ca_nhan", name: "Hoàng Văn Tâm" });
    const tam = started.ok ? started.value : 0;
    await updateLineField(db, { actor, periodId, at, lineId: tam, field: "address", value: "Tổ 5" });
    await updateLineField(db, { actor, periodId, at, lineId: tam, field: "achievement", value: "Vận động 12 hộ hiến đất mở rộng ngõ 5." });
    await submitNomination(db, { actor, periodId, at });
    await acceptGroupLines(db, { actor: office, periodId, groupId: group.id, at });
    const posting = await recordPosting(db, { actor: office, periodId, startDate: "2025-05-01", days: 10, at });
    const binh = await db.nominationLine.findFirstOrThrow({ where: { name: "Trần Thị Bình" } });
    await addPostingComment(db, { actor: office, postingId: posting.ok ? posting.value : 0, lineId: binh.id, text: "Một hộ liền kề đề nghị xem lại việc nhà bà Bình lấn ngõ.", at });
    const readiness = await voteReadiness(db, wardId, periodId, { year: 2025, month: 5, day: 15 });
    const opened = await openVote(db, { actor: office, periodId, lineIds: readiness.ready, at });
    const voteId = opened.ok ? opened.value : 0;
    expect(voteId).toBeGreaterThan(0);

    const transcript = recordZaloTranscript(e2e.zalo, member, "Thành viên Hội đồng");
    await say("/khenthuong");
    await say("biểu quyết"); // the one choice of the overview, typed as its word
    expect(member.lastMessage?.text).toContain("1. Đồng ý cả danh sách");
    await say("3"); // Biểu quyết từng dòng
    expect(member.lastMessage?.text).toContain("Dòng 1/3: Nguyễn Văn An");
    // Said once, in words: a typed number is a line of the list ("3 không đồng ý"), not an option.
    expect(member.lastMessage?.text).toContain('Ông gõ "đồng ý" hoặc gõ "không đồng ý".');
    expect(member.lastMessage?.text).not.toContain("Gõ 1:");
    await say("đồng ý");
    expect(member.lastMessage?.text).toContain("💬 Ý kiến khi niêm yết: Một hộ liền kề");
    await say("không");
    await say("đồng ý");
    expect(member.lastMessage?.text).toContain("2. Trần Thị Bình: không đồng ý");
    await say("2 đồng ý"); // changes line 2 after all
    expect(member.lastMessage?.text).toContain("✅ Đã ghi ý kiến của ông cho dòng 2.");
    expect(member.lastMessage?.text).toContain("2. Trần Thị Bình: đồng ý");
    const ballots = await db.councilBallot.findMany({ where: { voteId, memberId: councillor.id }, orderBy: { lineId: "asc" }, select: { lineId: true, choice: true } });
    const lines = await db.nominationLine.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    expect(ballots).toEqual(lines.map((line) => ({ lineId: line.id, choice: "agree" })));

    // The ballot again, then the officer closes the vote: the typed "1" is answered, not taken.
    await say("/khenthuong");
    await say("biểu quyết");
    await closeVote(db, { actor: office, voteId, at });
    await say("1");
    expect(member.lastMessage?.text).toContain("Lần biểu quyết này đã kết thúc, trợ lý không nhận thêm phiếu.");
    await say("3 không");
    expect(member.lastMessage?.text).toContain("Lần biểu quyết này đã kết thúc");
    expect(await db.councilBallot.count({ where: { voteId, memberId: councillor.id, lineId: null } })).toBe(0);

    for (const message of member.received) expect(message.text ?? "").not.toMatch(/bấm|nút|bàn phím|Telegram|\[[^\]]+\]|⌨/i);
    expectTranscript("nominations-zalo-council", e2e.stable(transcript.render()));
  });
});
