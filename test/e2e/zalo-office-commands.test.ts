// The office's own commands on Zalo, typed end to end in a ward on Zalo only: /solieu (the
// ward's figures), /caidat (the report's settings), /kybaocao (a deadline extended) and /moi (an
// invite by code, with no Telegram link, since there is no Telegram). The real bot process
// against the Zalo test server; what is stored is what was typed, and no message speaks of buttons.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZaloUser } from "../support/zalo-api-server.js";
import { waitUntil } from "../support/wait.js";
import { expectPlainOnZalo, registerOnZalo, startZaloE2E, type ZaloE2E } from "../support/zalo-e2e.js";

let e2e: ZaloE2E;
beforeEach(async () => {
  e2e = await startZaloE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

const STEP_LOG = process.env.ZALO_STEP_LOG === "1";

/** Types a text and returns what the bot answered to it. */
function typer(user: ZaloUser) {
  return async (text: string) => {
    const before = user.received.length;
    await e2e.say(user, text);
    const answer = user.textsSince(before);
    if (STEP_LOG) console.log(`>> ${text}\n${answer}\n`);
    return answer;
  };
}

describe("the office on Zalo", () => {
  it("/solieu: the ward's figures typed, kept with a word, refused when vague, stored as typed", { timeout: 120_000 }, async () => {
    const officer = await registerOnZalo(e2e, "Cán bộ", { role: "officer" });
    const type = typer(officer);
    expect(await type("/solieu")).toContain("2. Năm 2024");
    expect(await type("năm 2024")).toContain('gõ "giữ nguyên" nếu không cần sửa');
    expect(await type("giữ nguyên")).toContain("Mục 2/6: Số cá nhân được khen thưởng?");
    expect(await type("khoảng 320")).toContain("Báo cáo cần con số cụ thể");
    await type("320");
    await type("66,1 triệu");
    await type("giữ nguyên");
    await type("giải ba");
    const done = await type("giữ nguyên");
    expect(done).toContain("Số cá nhân được khen thưởng: 320 cá nhân");
    expect(done).toContain("Tổng số tiền thưởng: 66.100.000 đồng");

    const period = await e2e.database.db.period.findFirstOrThrow({ where: { name: "Năm 2024" } });
    const facts = await e2e.database.db.wardFigure.findMany({ where: { periodId: period.id } });
    const byCode = Object.fromEntries(facts.map((fact) => [fact.code, fact]));
    expect(byCode.commended_individuals?.numberValue).toBe(320n);
    expect(byCode.reward_money?.numberValue).toBe(66_100_000n);
    expect(byCode.cchc_contest_result?.textValue).toBe("giải ba");
    expect(byCode.commended_collectives?.numberValue).toBe(174n);
    expectPlainOnZalo(officer);
  });

  it("/caidat: the signer changed by typing, the settings saved", { timeout: 120_000 }, async () => {
    const officer = await registerOnZalo(e2e, "Cán bộ", { role: "officer" });
    const type = typer(officer);
    expect(await type("/caidat")).toContain("1. Số văn bản");
    expect(await type("2")).toContain("họ và tên đầy đủ của người ký");
    expect(await type("Nguyễn Văn An")).toContain("Người ký: CHỦ TỊCH Nguyễn Văn An");
    expect(await type("6")).toContain("Đã lưu cài đặt");
    const ward = await e2e.database.db.ward.findFirstOrThrow();
    expect(ward.signerName).toBe("Nguyễn Văn An");
    expectPlainOnZalo(officer);
  });

  it("/kybaocao: a deadline extended by a typed date, the groups not yet submitted told on Zalo", { timeout: 120_000 }, async () => {
    const leader = await registerOnZalo(e2e, "Tổ trưởng 1", { group: "Tổ 1" });
    const officer = await registerOnZalo(e2e, "Cán bộ", { role: "officer" });
    const type = typer(officer);
    expect(await type("/kybaocao")).toContain("2. Gia hạn: 6 tháng đầu năm 2025");
    expect(await type("gia hạn")).toContain("gia hạn đến ngày nào?");
    expect(await type("30/6")).toContain("Gõ 1: gia hạn; gõ 2: hủy.");
    await type("1");
    await waitUntil(() => officer.received.some((message) => message.text.includes("Kết quả gửi thông báo gia hạn")), { timeoutMs: 30_000, what: "the extension's digest" });
    const period = await e2e.database.db.period.findFirstOrThrow({ where: { name: "6 tháng đầu năm 2025" } });
    expect(period.deadline.toISOString()).toBe("2025-06-30T10:00:00.000Z");
    expect(leader.received.some((message) => message.text.includes("ngày 30 tháng 6 năm 2025"))).toBe(true);
    expect(officer.received.at(-1)?.text).toContain("Đã gửi tới 1 tổ trưởng.");
    expectPlainOnZalo(officer);
    expectPlainOnZalo(leader);
  });

  it("/moi: an invite for a leader gives the code to type on Zalo, and the invited person registers with it", { timeout: 120_000 }, async () => {
    const officer = await registerOnZalo(e2e, "Cán bộ", { role: "officer" });
    const type = typer(officer);
    expect(await type("/moi")).toContain("chọn vai trò");
    expect(await type("1")).toContain("1. Tổ 1");
    expect(await type("tổ 1")).toContain("1. Nguyễn Văn Hùng");
    const done = await type("Lê Văn Mới");
    expect(done).toContain("Đã tạo lời mời tổ trưởng Tổ 1: Lê Văn Mới.");
    const code = /Mã mời \(chỉ dùng được một lần, hạn đến [^)]+\): ([A-Z0-9]{4} [A-Z0-9]{4})/u.exec(done)?.[1];
    expect(code).toBeDefined();
    expectPlainOnZalo(officer);

    const invited = e2e.zalo.user("Lê Văn Mới");
    await e2e.say(invited, code!.toLowerCase());
    await e2e.say(invited, "1");
    expect(invited.lastMessage?.text).toContain("đăng ký thành công");
    const member = await e2e.database.db.member.findFirstOrThrow({ where: { fullName: "Lê Văn Mới" }, include: { group: true } });
    expect(member.group?.name).toBe("Tổ 1");
  });
});
