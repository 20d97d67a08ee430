// A tổ trưởng registers the group's pledge for the year and signs it with one tap.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findPledge } from "../../src/db/repos/pledges.js";
import { type E2E, startE2E } from "../support/e2e.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

describe("the pledge", () => {
  it("asks each item, shows the pledge's text and stores the signature with its time", { timeout: 60_000 }, async () => {
    const user = await e2e.registered(7201, { group: "Tổ 3" });
    const transcript = recordTranscript(user, "Tổ trưởng");
    await e2e.step(() => user.pressButton("✍️ Đăng ký thi đua"));
    expect(user.lastMessage?.text).toContain("Nội dung 1/4");
    await e2e.step(() => user.pressButton("Có đăng ký"));
    await e2e.step(() => user.sendText("300")); // more than the group's 237 households
    expect(user.lastMessage?.text).toContain("không được lớn hơn số hộ của tổ");
    await e2e.step(() => user.sendText("230"));
    await e2e.step(() => user.sendText("160 hộ"));
    await e2e.step(() => user.pressButton("Không đăng ký"));
    expect(user.lastMessage?.text).toContain("BẢN ĐĂNG KÝ THI ĐUA NĂM 2025");
    expect(user.lastMessage?.text).toContain("230 hộ");
    await e2e.step(() => user.pressButton("✍️ Tôi xin cam kết"));
    expect(user.lastMessage?.text).toContain("đã ký cam kết thi đua năm 2025");

    const group = await e2e.database.db.group.findFirstOrThrow({ where: { name: "Tổ 3" } });
    const pledge = await findPledge(e2e.database.db, group.id, 2025);
    expect(pledge?.items).toEqual({ cultural_group: true, cultural_households: 230, learning_families: 160, pccc_model: false });
    expect(pledge?.signedAt).not.toBeNull();
    expect(pledge?.text).toContain("Tổ 3 đăng ký");

    // Viewable afterwards.
    await e2e.step(() => user.sendText("/dangky"));
    expect(user.lastMessage?.text).toContain("Đã ký cam kết lúc");
    await e2e.step(() => user.pressButton("✔️ Xong"));
    expectTranscript("pledge", e2e.stable(transcript.render()));
  });
});
