// First contact on Zalo: a tổ trưởng who has only the printed sheet types the short code (in
// lower case, with a space) and is registered; guessing codes is bounded per account and for
// all accounts together, in the database, so the bound holds across a restart (SIGKILL).
// The real bot process against the Zalo test server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHANNEL_KEY_BASE } from "../../src/channels/ids.js";
import { CODE_ATTEMPT_LIMITS } from "../../src/db/repos/invite-attempts.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { formatShortCode } from "../../src/domain/invite-code.js";
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

/** A leader's invite as the sheet prints it: the short code. */
async function shortCodeFor(group: string): Promise<string> {
  const member = await e2e.database.db.member.findFirstOrThrow({ where: { wardId: e2e.demo.wardId, role: "leader", group: { name: group } } });
  const invite = await createInvite(e2e.database.db, {
    wardId: e2e.demo.wardId,
    role: "leader",
    groupId: member.groupId,
    memberId: member.id,
    fullName: member.fullName,
    now: DEFAULT_CLOCK_START,
  });
  e2e.codes.push(invite.code);
  return invite.shortCode!;
}

/** A code of the right form that is no invite's. */
async function wrongCode(n: number): Promise<string> {
  const used = new Set((await e2e.database.db.invite.findMany({ select: { shortCode: true } })).map((row) => row.shortCode));
  const letters = "CHKMNPTV";
  for (let i = n; ; i += 1) {
    const code = `${letters[i % 8]}${letters[(i >> 3) % 8]}2${(i % 7) + 3}${letters[(i >> 6) % 8]}9${letters[(i + 3) % 8]}4`;
    if (!used.has(code)) return code;
  }
}

describe("first contact on Zalo by typed code", () => {
  it("a stranger is told to type the code from the sheet; the code typed loosely registers the leader", { timeout: 120_000 }, async () => {
    const code = await shortCodeFor("Tổ 1");
    const hung = e2e.zalo.user("Hùng");
    const transcript = recordZaloTranscript(e2e.zalo, hung, "Tổ trưởng");

    await e2e.say(hung, "Xin chào");
    expect(hung.lastMessage?.text).toContain("gõ mã mời in trên phiếu");
    const wrong = await wrongCode(1);
    await e2e.say(hung, wrong);
    expect(hung.lastMessage?.text).toContain(`Mã mời ${formatShortCode(wrong)} không đúng`);
    await e2e.say(hung, formatShortCode(code).toLowerCase());
    expect(hung.lastMessage?.text).toContain("Ông/bà có phải là Nguyễn Văn Hùng không?");
    await e2e.say(hung, "1");
    expect(hung.lastMessage?.text).toContain("đăng ký thành công");

    const account = await e2e.database.db.channelAccount.findFirstOrThrow({ where: { channel: "zalo", externalId: hung.id } });
    const member = await e2e.database.db.member.findFirstOrThrow({ where: { fullName: "Nguyễn Văn Hùng" } });
    expect(Number(member.telegramId)).toBe(CHANNEL_KEY_BASE + account.id);
    expect(member.salutation).toBe("ong");
    const invite = await e2e.database.db.invite.findFirstOrThrow({ where: { shortCode: code } });
    expect(invite.usedByMemberId).toBe(member.id);
    // The attempts are stored: one wrong, one valid.
    const attempts = await e2e.database.db.inviteCodeAttempt.findMany({ orderBy: { id: "asc" } });
    expect(attempts.map((row) => row.outcome)).toEqual(["wrong", "valid"]);

    // Used once, the code registers nobody else.
    const other = e2e.zalo.user("Người khác");
    await e2e.say(other, code);
    expect(other.lastMessage?.text).toContain("đã được sử dụng");

    for (const message of hung.received) expect(message.text).not.toMatch(/bấm|nút|Telegram|\[[^\]]+\]/iu);
    expectTranscript("zalo-invite-code", e2e.stable(transcript.render()).replaceAll(formatShortCode(code).toLowerCase(), "<mã mời>"));
  });

  it(`refuses codes after ${CODE_ATTEMPT_LIMITS.perAccountPerHour} wrong ones from an account, and still after a restart`, { timeout: 180_000 }, async () => {
    const code = await shortCodeFor("Tổ 2");
    const guesser = e2e.zalo.user("Đoán mò");
    for (let i = 0; i < CODE_ATTEMPT_LIMITS.perAccountPerHour; i += 1) {
      await e2e.say(guesser, await wrongCode(10 + i));
      expect(guesser.lastMessage?.text).toContain("không đúng");
    }
    // Even the right code is not looked up now.
    await e2e.say(guesser, code);
    expect(guesser.lastMessage?.text).toContain("tạm chưa nhận mã mời");

    await e2e.restartBot("SIGKILL");
    await e2e.say(guesser, code);
    expect(guesser.lastMessage?.text).toContain("tạm chưa nhận mã mời");
    const invite = await e2e.database.db.invite.findFirstOrThrow({ where: { shortCode: code } });
    expect(invite.usedAt).toBeNull();

    // Another account is not held back by this one's guesses.
    const lan = e2e.zalo.user("Lan");
    await e2e.say(lan, code);
    expect(lan.lastMessage?.text).toContain("có phải là Trần Thị Lan không?");
  });

  it(`refuses codes from every account once ${CODE_ATTEMPT_LIMITS.allAccountsPerHour} wrong ones came in an hour`, { timeout: 240_000 }, async () => {
    const code = await shortCodeFor("Tổ 3");
    const perAccount = CODE_ATTEMPT_LIMITS.perAccountPerHour;
    let sent = 0;
    for (let user = 0; sent < CODE_ATTEMPT_LIMITS.allAccountsPerHour; user += 1) {
      const guesser = e2e.zalo.user(`Máy ${user}`);
      for (let i = 0; i < perAccount && sent < CODE_ATTEMPT_LIMITS.allAccountsPerHour; i += 1, sent += 1) {
        await e2e.say(guesser, await wrongCode(100 + sent));
        expect(guesser.lastMessage?.text).toContain("không đúng");
      }
    }
    const newcomer = e2e.zalo.user("Người mới");
    await e2e.say(newcomer, code);
    expect(newcomer.lastMessage?.text).toContain("tạm chưa nhận mã mời");
    expect(await e2e.database.db.inviteCodeAttempt.count({ where: { outcome: "wrong" } })).toBe(CODE_ATTEMPT_LIMITS.allAccountsPerHour);
  });
});
