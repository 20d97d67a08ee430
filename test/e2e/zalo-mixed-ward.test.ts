// A mixed ward: the officer on Telegram, the tổ trưởng on Zalo, one of them on both channels
// (starts the report on Telegram, pauses, finishes it on Zalo), one reminded on Zalo by the
// officer's /nhacnho. The same answers typed in an all-Telegram ward give the same stored data
// and the same report figures: /tiendo's text and the /baocao summary read back with pdftotext.
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";
import { pdfText } from "../support/pdf-text.js";
import { storedReport } from "../support/stored-report.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { expectTranscript } from "../support/transcript.js";
import { waitUntil } from "../support/wait.js";
import type { ZaloUser } from "../support/zalo-api-server.js";
import { recordZaloTranscript } from "../support/zalo-transcript.js";

const PERIOD = "6 tháng đầu năm 2025";
type Channel = "telegram" | "zalo";

/** One person in one chat, on either channel: types, or picks an option (a button on Telegram, typed on Zalo). */
interface Person {
  say(text: string): Promise<void>;
  choose(button: string | RegExp, typed: string): Promise<void>;
  last(): string;
  texts(): string[];
}

let running: E2E[] = [];
afterEach(async () => {
  for (const e2e of running) await e2e.stop();
  running = [];
});

function telegramPerson(e2e: E2E, user: TelegramUser): Person {
  return {
    say: (text) => e2e.step(() => user.sendText(text)),
    choose: (button) => e2e.step(() => user.pressButton(button)),
    last: () => user.lastMessage?.text ?? "",
    texts: () => user.messages.map((message) => message.text ?? ""),
  };
}

function zaloPerson(e2e: E2E, user: ZaloUser): Person {
  return {
    say: (text) => e2e.step(() => user.sendText(text)),
    choose: (_button, typed) => e2e.step(() => user.sendText(typed)),
    last: () => user.lastMessage?.text ?? "",
    texts: () => user.received.map((message) => message.text),
  };
}

let nextTelegramId = 8300;
/** A person registered through `code` on `channel`. */
async function register(e2e: E2E, channel: Channel, code: string, name: string, you: "ông" | "bà" = "ông"): Promise<{ person: Person; zalo?: ZaloUser; telegram?: TelegramUser }> {
  const confirm = you === "ông" ? ([/^Đúng, tôi là ông/, "1"] as const) : ([/^Đúng, tôi là bà/, "2"] as const);
  if (channel === "telegram") {
    const user = e2e.server.user({ id: nextTelegramId++, firstName: name, languageCode: "vi" });
    const person = telegramPerson(e2e, user);
    await person.say(`/start ${code}`);
    await person.choose(confirm[0], confirm[1]);
    expect(person.last()).toContain("đăng ký thành công");
    return { person, telegram: user };
  }
  const user = e2e.zalo!.user(name);
  const person = zaloPerson(e2e, user);
  await person.say(code);
  await person.choose(confirm[0], confirm[1]);
  expect(person.last()).toContain("đăng ký thành công");
  return { person, zalo: user };
}

/** A second invite for a group's leader (no member named: a new membership, as for a second channel). */
async function secondInvite(e2e: E2E, group: string): Promise<string> {
  const member = await e2e.database.db.member.findFirstOrThrow({ where: { wardId: e2e.demo.wardId, role: "leader", group: { name: group } } });
  const invite = await createInvite(e2e.database.db, { wardId: e2e.demo.wardId, role: "leader", groupId: member.groupId, fullName: member.fullName, now: DEFAULT_CLOCK_START });
  e2e.codes.push(invite.code);
  return invite.code;
}

/** What leader n types for the nine questions. */
function answersOf(n: number): string[] {
  const total = 180 + n * 7;
  return [`${total}`, `${total - 4}`, `${total - 9}`, `${90 + n}`, `${n},5 triệu`, `${6 + n}`, n % 2 === 0 ? "có" : "không", `Tổ ${n} giúp hộ nghèo sửa nhà`, `Kiến nghị của tổ ${n}`];
}

/** Answers questions `from`..`to` (1-based) as typed (the yes/no one as a choice). */
async function answer(person: Person, answers: string[], from: number, to: number): Promise<void> {
  for (let q = from; q <= to; q++) {
    expect(person.last()).toContain(`Câu ${q}/9`);
    const text = answers[q - 1]!;
    if (q === 7) await person.choose(text === "có" ? "Có" : "Không", text);
    else await person.say(text);
  }
}

async function submit(person: Person): Promise<void> {
  expect(person.last()).toMatch(/gửi báo cáo/i);
  await person.choose("✅ Gửi báo cáo", "gửi báo cáo");
  expect(person.last()).toContain("Đã gửi báo cáo");
}

interface WardRun {
  stored: Record<string, unknown>;
  progress: string;
  summary: string;
  reminded: string;
  digest: string;
  zaloTranscripts: Record<string, string>;
}

/** The whole ward: `leaders` is the channel of the tổ trưởng (the officer is on Telegram in both). */
async function playWard(leaders: Channel): Promise<WardRun> {
  const e2e = await startE2E(leaders === "zalo" ? { zalo: {} } : {});
  running.push(e2e);
  const { person: officer, telegram: officerUser } = await register(e2e, "telegram", await e2e.inviteFor({ role: "officer" }), "Thanh");

  // Tổ 1 and Tổ 23: one leader each.
  for (const [n, group] of [[1, "Tổ 1"], [23, "Tổ 23"]] as const) {
    const { person } = await register(e2e, leaders, await e2e.inviteFor({ group }), `TT${n}`);
    await person.say("/baocao");
    await answer(person, answersOf(n), 1, 9);
    await submit(person);
  }

  // Tổ 24: the leader starts on Telegram, pauses, and finishes on the other account (Zalo in the mixed ward).
  const { person: onTelegram } = await register(e2e, "telegram", await e2e.inviteFor({ group: "Tổ 24" }), "TT24");
  await onTelegram.say("/baocao");
  await answer(onTelegram, answersOf(24), 1, 4);
  await onTelegram.say("/huy");
  expect(onTelegram.last()).toContain("vẫn được lưu");
  const { person: second } = await register(e2e, leaders, await secondInvite(e2e, "Tổ 24"), "TT24");
  await second.say("/baocao");
  expect(second.last()).toContain("đã trả lời 4/9 câu");
  await second.choose("▶️ Làm tiếp", "làm tiếp");
  await answer(second, answersOf(24), 5, 9);
  await submit(second);

  // Tổ 25: registered, has not reported; the officer's /nhacnho reminds the leader, who opens the report from it.
  const { person: late, zalo: lateOnZalo } = await register(e2e, leaders, await e2e.inviteFor({ group: "Tổ 25" }), "TT25", "bà");
  const reminderTranscript = lateOnZalo ? recordZaloTranscript(e2e.zalo!, lateOnZalo, "Tổ trưởng") : null;
  const before = late.texts().length;
  await officer.say("/nhacnho");
  await waitUntil(() => late.texts().length > before, { timeoutMs: 60_000 });
  await waitUntil(() => /Kết quả nhắc hạn nộp/.test(officer.last()), { timeoutMs: 60_000 });
  const reminded = late.last();
  expect(reminded).toContain("Chào bà Nguyễn Thị Bích! Tổ 25 chưa gửi báo cáo kết quả thi đua kỳ 6 tháng đầu năm 2025.");
  if (leaders === "zalo") expect(reminded).not.toMatch(/bấm|nút/);
  await late.choose("📝 Mở báo cáo", "mở báo cáo");
  expect(late.last()).toContain("Câu 1/9");
  await late.say(answersOf(25)[0]!);
  expect(late.last()).toContain("Câu 2/9");
  const digest = officer.texts().find((text) => text.includes("Kết quả nhắc hạn nộp")) ?? "";

  await officer.say("/tiendo");
  const progress = officer.last();
  await officer.say("/baocao");
  await officer.choose(/^🟢 6 tháng đầu năm 2025/, "1");
  const documents = officerUser!.messages.filter((message) => message.document);
  expect(documents.length, e2e.bot.output().split("\n").filter((line) => line.includes("generation failed")).join("\n")).toBeGreaterThan(0);
  const summary = pdfText(documents[0]!.document!.data);

  return {
    stored: await storedData(e2e.database.db, e2e.demo.wardId),
    progress,
    summary,
    reminded,
    digest,
    zaloTranscripts: reminderTranscript ? { reminders: e2e.stable(reminderTranscript.render()) } : {},
  };
}

/** Every report of the period (values, status, how many answers were recorded), by group; the ward's members by group and role. */
async function storedData(db: Db, wardId: number) {
  const groups = await db.group.findMany({ where: { wardId }, orderBy: { id: "asc" } });
  const period = await db.period.findFirstOrThrow({ where: { wardId, name: PERIOD } });
  const reports: Record<string, unknown> = {};
  for (const group of groups) {
    const { values, status, reportId } = await storedReport(db, PERIOD, group.id);
    const changes = reportId === null ? 0 : await db.valueChange.count({ where: { reportId } });
    reports[group.name] = { values, status, changes };
  }
  const members = await db.member.findMany({ where: { wardId }, include: { group: true }, orderBy: [{ groupId: "asc" }, { fullName: "asc" }] });
  const deliveries = await db.reminderDelivery.count({ where: { periodId: period.id } });
  return {
    reports,
    members: members.map((m) => `${m.group?.name ?? "—"} ${m.role} ${m.fullName} ${m.telegramId === null ? "chưa đăng ký" : "đã đăng ký"} ${m.active ? "" : "(ngừng)"}`),
    deliveries,
  };
}

/** The summary's text without the instant it was made (the two runs differ by minutes). */
const figures = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "" && !/\d{1,2}:\d{2}|ngày \d+ tháng \d+ năm \d{4}/.test(line));

describe("a mixed ward (officer on Telegram, leaders on Zalo, one on both)", () => {
  it("stores the same data and prints the same figures as an all-Telegram ward typing the same answers", { timeout: 600_000 }, async () => {
    const telegram = await playWard("telegram");
    const mixed = await playWard("zalo");

    expect(mixed.stored).toEqual(telegram.stored);
    const reports = mixed.stored.reports as Record<string, { status: string | null; values: Record<string, unknown> }>;
    for (const group of ["Tổ 1", "Tổ 23", "Tổ 24"]) expect(reports[group]?.status).toBe("submitted");
    expect(reports["Tổ 24"]?.values.poverty_gift_money).toBe(24_500_000);
    expect(mixed.progress).toBe(telegram.progress);
    expect(figures(mixed.summary)).toEqual(figures(telegram.summary));
    expect(mixed.summary).toContain("24.500.000");
    expect(mixed.digest).toBe(telegram.digest);
    expectTranscript("zalo-reminders", mixed.zaloTranscripts.reminders!);
  });
});
