// `npm run demo`: the whole main job with no token and no internet. A Bot API test server,
// the real bot process on a fresh SQLite file with the model ward, one leader's full report,
// then an officer's /tiendo and /baocao; the transcript is printed and written to
// out/demo-transcript.md, and the four report files the officer received are left in out/.
// `npm run demo -- --zalo` plays the same job on Zalo (scripts/demo-zalo.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seedDemo } from "../src/cli/demo/seed.js";
import { openDatabase } from "../src/db/client.js";
import { createInvite } from "../src/db/repos/invites.js";
import type { Role } from "../src/domain/types.js";
import { startBotApiServer } from "../test/support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../test/support/bot-harness.js";
import { startBotProcess } from "../test/support/bot-process.js";
import type { TelegramUser } from "../test/support/telegram-user.js";
import { recordTranscript } from "../test/support/transcript.js";

if (process.argv.includes("--zalo")) {
  // The same job on Zalo (scripts/demo-zalo.ts).
  await import("./demo-zalo.js");
  process.exit(0);
}

const outDir = join(import.meta.dirname, "..", "out");
const dbPath = join(outDir, "demo", "thidua-demo.db");
rmSync(join(outDir, "demo"), { recursive: true, force: true });
mkdirSync(join(outDir, "demo"), { recursive: true });
const databaseUrl = `file:${dbPath}`;

console.log("• Tạo cơ sở dữ liệu SQLite mới và nạp dữ liệu mẫu phường Phan Đình Phùng…");
const database = await openDatabase(databaseUrl);
const demo = await seedDemo(database.db, DEFAULT_CLOCK_START);
const server = await startBotApiServer({
  bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" },
  clock: () => Math.floor(DEFAULT_CLOCK_START.getTime() / 1000),
});
console.log("• Khởi động bot (tiến trình thật) với máy chủ Bot API giả lập…");
const bot = startBotProcess({ apiRoot: server.apiRoot, databaseUrl, clockStart: DEFAULT_CLOCK_START });
await bot.ready;

const step = async (act: () => unknown) => {
  act();
  await server.settled({ timeoutMs: 120_000 }); // generous: a small or busy machine is slow, not wrong
};
async function invite(role: Role, group?: string): Promise<string> {
  const member = await database.db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role, ...(group ? { group: { name: group } } : {}) } });
  const created = await createInvite(database.db, {
    wardId: demo.wardId, role, groupId: member.groupId, memberId: member.id, fullName: member.fullName, now: DEFAULT_CLOCK_START,
  });
  return created.code;
}
async function register(user: TelegramUser, code: string) {
  await step(() => user.sendText(`/start ${code}`));
  await step(() => user.pressButton(/^Đúng, tôi là/));
}

const sections: string[] = [];
try {
  const leader = server.user({ id: 1001, firstName: "Hùng", lastName: "Nguyễn", languageCode: "vi" });
  const leaderTranscript = recordTranscript(leader, "Tổ trưởng Tổ 1");
  await register(leader, await invite("leader", "Tổ 1"));
  await step(() => leader.pressButton("📝 Báo cáo kết quả"));
  for (const answer of ["226", "224", "5,829"]) await step(() => leader.sendText(answer));
  await step(() => leader.sendText("220"));
  for (const answer of ["150", "1,5 triệu", "12"]) await step(() => leader.sendText(answer));
  await step(() => leader.pressButton("Có"));
  await step(() => leader.sendText("Gia đình ông Lê Văn Thắng hiến 20 m² đất mở rộng ngõ."));
  await step(() => leader.pressButton("Bỏ qua"));
  await step(() => leader.pressButton("✅ Gửi báo cáo"));
  sections.push("## Tổ trưởng Tổ 1 báo cáo kết quả\n\n" + leaderTranscript.render());

  const officer = server.user({ id: 2001, firstName: "Thanh", lastName: "Nguyễn", languageCode: "vi" });
  const officerTranscript = recordTranscript(officer, "Công chức VP-TK");
  await register(officer, await invite("officer"));
  await step(() => officer.pressButton("📊 Tiến độ các tổ"));
  sections.push("## Công chức Văn phòng - Thống kê xem tiến độ\n\n" + officerTranscript.render());

  const reportsTranscript = recordTranscript(officer, "Công chức VP-TK");
  await step(() => officer.pressButton("📑 Báo cáo tổng hợp"));
  await step(() => officer.pressButton("Năm 2024"));
  for (const message of officer.messages) {
    if (message.document) writeFileSync(join(outDir, message.document.file_name!), message.document.data);
  }
  sections.push("## Công chức Văn phòng - Thống kê nhận báo cáo tổng hợp\n\n" + reportsTranscript.render());
} finally {
  await bot.kill("SIGTERM");
  await server.close();
  await database.close();
}

const transcript = sections.join("\n\n");
writeFileSync(join(outDir, "demo-transcript.md"), transcript + "\n");
console.log("\n" + transcript.replaceAll("<br>", "\n    ") + "\n");
console.log(`• Bản ghi hội thoại: out/demo-transcript.md; cơ sở dữ liệu: ${dbPath}`);
console.log("• Bốn tệp báo cáo vừa nhận qua bot nằm trong thư mục out/.");
