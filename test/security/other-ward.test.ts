// Every officer command and the buttons it uses, tried by a registered officer of ANOTHER
// ward: the commands show only their own ward, and buttons forged with the model ward's ids
// (callback data comes from the client and can be anything) are refused and change nothing.
import type { InlineKeyboardButton } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { DEMO_CURRENT_PERIOD } from "../../src/cli/demo/phan-dinh-phung.js";
import { installCatalogue } from "../../src/db/repos/catalogue.js";
import { createGroups } from "../../src/db/repos/groups.js";
import { createMember } from "../../src/db/repos/members.js";
import { createPeriod } from "../../src/db/repos/periods.js";
import { createWard } from "../../src/db/repos/wards.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../src/domain/catalogue.js";
import { startTestBot, type TestBot } from "../support/bot-harness.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { waitUntil } from "../support/wait.js";

const i18n = createI18n();
const t = (key: string) => i18n.t("vi", key);

let harness: TestBot;
let officer: TelegramUser;
/** The model ward (A): its open period, a submitted group, and the closed period. */
const a = { wardId: 0, currentPeriodId: 0, closedPeriodId: 0, submittedGroupId: 0, groupNames: [] as string[] };
/** The other ward (B). */
const b = { periodId: 0, groupId: 0 };

beforeAll(async () => {
  harness = await startTestBot();
  const { db } = harness;
  const demo = harness.demo!;
  a.wardId = demo.wardId;
  a.currentPeriodId = demo.currentPeriodId;
  a.closedPeriodId = demo.periodId;
  a.submittedGroupId = (await db.group.findFirstOrThrow({ where: { wardId: demo.wardId, name: "Tổ 2" } })).id;
  a.groupNames = (await db.group.findMany({ where: { wardId: demo.wardId } })).map((group) => group.name);

  const ward = await createWard(db, {
    slug: "phuong-khac",
    name: "Phường Khác",
    issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG KHÁC"],
    placeName: "Phường Khác",
    signerName: "Người Ký Khác",
  });
  await installCatalogue(db, ward.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
  const [group] = await createGroups(db, ward.id, [{ name: "Tổ dân phố Bắc Sơn", households: 120 }]);
  b.groupId = group!.id;
  b.periodId = (await createPeriod(db, ward.id, { ...DEMO_CURRENT_PERIOD, name: "Kỳ của phường khác" })).id;
  await createMember(db, ward.id, { fullName: "Lê Thị Khác", role: "officer", telegramId: 9501n });
  officer = harness.server.user({ id: 9501, firstName: "Khác", languageCode: "vi" });
}, 60_000);

afterAll(async () => {
  await harness?.stop();
});

beforeEach(() => officer.markRead());

async function say(text: string) {
  officer.sendText(text);
  await harness.server.settled({ timeoutMs: 10_000 });
  return officer.unread();
}

/** Presses a button the bot never sent: `data` forged, on the officer's latest message. */
async function forge(data: string) {
  officer.markRead();
  const anchor = officer.lastMessage!;
  const button: InlineKeyboardButton = { text: "…", callback_data: data };
  const query = harness.server.userPressesCallback(officer.id, officer.id, anchor.message_id, button);
  await harness.server.settled({ timeoutMs: 10_000 });
  const answer = harness.server.callsTo("answerCallbackQuery").find((call) => call.params.callback_query_id === query.id);
  return { answer: answer?.params as { text?: string } | undefined, replies: officer.unread() };
}

function callbackData(): string[] {
  return officer.messages.flatMap((message) => (message.inlineKeyboard ?? []).flat().map((button) => ("callback_data" in button ? button.callback_data : "")));
}

/** Nothing of ward A in what the officer of ward B was shown. */
function expectNothingOfWardA(texts: Array<string | undefined>) {
  const shown = texts.join("\n");
  expect(shown).not.toContain("Phan Đình Phùng");
  for (const name of a.groupNames) expect(shown).not.toMatch(new RegExp(`${name}(?!\\d)`));
}

describe("an officer of another ward", () => {
  it("/tiendo shows their own ward only, and its buttons carry their own ids", async () => {
    const replies = await say("/tiendo");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("Kỳ của phường khác");
    expectNothingOfWardA(replies.map((reply) => reply.text));
    for (const data of callbackData()) expect(data).not.toMatch(new RegExp(`^(pg|rv):\\w+:${a.currentPeriodId}:`));
  });

  it.each([
    ["the progress list of ward A's period", () => `pg:l:${a.currentPeriodId}:0`],
    ["a group of ward A", () => `pg:g:${a.currentPeriodId}:${a.submittedGroupId}`],
    ["approving a report of ward A", () => `rv:ok:${a.currentPeriodId}:${a.submittedGroupId}`],
    ["returning a report of ward A", () => `rv:ret:${a.currentPeriodId}:${a.submittedGroupId}`],
    ["reopening a report of ward A", () => `rv:open:${a.currentPeriodId}:${a.submittedGroupId}`],
  ])("/tiendo's buttons: %s is refused and changes nothing", async (_name, data) => {
    await say("/tiendo");
    officer.markRead();
    const before = await harness.db.groupReport.findFirstOrThrow({ where: { periodId: a.currentPeriodId, groupId: a.submittedGroupId } });
    const { answer, replies } = await forge(data());
    expect(answer?.text).toBe(t("progress-group-not-found"));
    expectNothingOfWardA(replies.map((reply) => reply.text));
    const after = await harness.db.groupReport.findFirstOrThrow({ where: { periodId: a.currentPeriodId, groupId: a.submittedGroupId } });
    expect(after).toEqual(before);
    expect(await harness.db.conversationState.count({ where: { key: { contains: String(officer.id) } } })).toBe(0);
  });

  it("/baocao lists their own periods; ward A's period, forged, is refused with no document", async () => {
    const replies = await say("/baocao");
    expect(replies.map((reply) => reply.buttons.flat())).toEqual([["🟢 Kỳ của phường khác (đang mở)"]]);
    expect(callbackData().filter((data) => data.startsWith("rp:"))).toEqual([`rp:${b.periodId}`]);
    officer.markRead();
    const documents = harness.server.callsTo("sendDocument").length;
    for (const periodId of [a.currentPeriodId, a.closedPeriodId]) {
      const { replies: refused } = await forge(`rp:${periodId}`);
      expect(refused.map((reply) => reply.text)).toEqual([t("reports-not-allowed")]);
    }
    expect(harness.server.callsTo("sendDocument").length).toBe(documents);
  });

  it("/solieu lists their own periods; ward A's period, forged, is refused and no entry starts", async () => {
    await say("/solieu");
    expect(callbackData().filter((data) => data.startsWith("wfp:"))).toEqual([`wfp:${b.periodId}`]);
    officer.markRead();
    const figures = await harness.db.wardFigure.count({ where: { periodId: a.closedPeriodId } });
    const { replies } = await forge(`wfp:${a.closedPeriodId}`);
    expect(replies.map((reply) => reply.text)).toEqual([t("reports-not-allowed")]);
    expect(await harness.db.wardFigure.count({ where: { periodId: a.closedPeriodId } })).toBe(figures);
    expect(await harness.db.conversationState.count({ where: { key: { contains: String(officer.id) } } })).toBe(0);
  });

  it("/moi offers their own groups only; a group of ward A, forged, is refused and no invite is made", async () => {
    await say("/moi");
    const role = officer.pressInlineButton(t("invite-role-leader"));
    await role.answer();
    await harness.server.settled({ timeoutMs: 10_000 });
    const picker = officer.lastMessage!;
    expect(picker.buttons.flat()).toEqual(["Tổ dân phố Bắc Sơn", t("invite-button-cancel")]);
    officer.markRead();
    const invites = await harness.db.invite.count();
    const { answer } = await forge(`inv:g:${a.submittedGroupId}`);
    expect(answer?.text).toBe(t("progress-group-not-found"));
    officer.pressInlineButton(t("invite-button-cancel"));
    await harness.server.settled({ timeoutMs: 10_000 });
    expect(await harness.db.invite.count()).toBe(invites);
  });

  it("/nhacnho reminds their own ward only: no message reaches a leader of ward A", async () => {
    const leadersOfA = await harness.db.member.findMany({ where: { wardId: a.wardId, role: "leader" } });
    // Give ward A's leaders Telegram accounts, so a reminder to them could be sent at all.
    for (const [index, leader] of leadersOfA.entries()) {
      await harness.db.member.update({ where: { id: leader.id }, data: { telegramId: BigInt(9600 + index), registeredAt: new Date() } });
    }
    const sentBefore = harness.server.callsTo("sendMessage").length;
    const replies = await say("/nhacnho");
    // The round runs after the reply and ends with the officer's digest: wait for it, then look.
    await waitUntil(() => harness.server.callsTo("sendMessage").slice(sentBefore).filter((call) => Number(call.params.chat_id) === officer.id).length >= 2, {
      timeoutMs: 15_000,
      what: "the digest that ends the /nhacnho round",
    });
    await harness.server.settled({ timeoutMs: 10_000 });
    expectNothingOfWardA(replies.map((reply) => reply.text));
    const recipients = harness.server
      .callsTo("sendMessage")
      .slice(sentBefore)
      .map((call) => Number(call.params.chat_id));
    expect(recipients.every((chatId) => chatId === officer.id)).toBe(true);
    expect(await harness.db.reminderDelivery.count({ where: { member: { wardId: a.wardId } } })).toBe(0);
  });
});
