// `npm run demo -- --zalo`: the main job on Zalo, with no token and no internet. The Zalo test
// server (test/support/zalo-api-server.ts), the real bot process with ZALO_BOT_TOKEN only, on a
// fresh SQLite file with the model ward: a tổ trưởng registers by typing the invite code and
// reports by typing (a numbered choice, an ambiguous number answered with a word), then an
// officer on Zalo asks for the progress and the summary files. Zalo sends no files: with
// PUBLIC_URL the files come as download links; without it the trợ lý says where to get them.
// The transcript is printed and written to out/demo-zalo-transcript.md.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seedDemo } from "../src/cli/demo/seed.js";
import { openDatabase } from "../src/db/client.js";
import { createInvite } from "../src/db/repos/invites.js";
import type { Role } from "../src/domain/types.js";
import { DEFAULT_CLOCK_START } from "../test/support/bot-harness.js";
import { startBotProcess } from "../test/support/bot-process.js";
import { ZALO_TEST_TOKEN } from "../test/support/e2e.js";
import { startZaloApiServer, type ZaloUser } from "../test/support/zalo-api-server.js";
import { recordZaloTranscript } from "../test/support/zalo-transcript.js";

const outDir = join(import.meta.dirname, "..", "out");
const dbPath = join(outDir, "demo-zalo", "thidua-demo.db");
rmSync(join(outDir, "demo-zalo"), { recursive: true, force: true });
mkdirSync(join(outDir, "demo-zalo"), { recursive: true });
const databaseUrl = `file:${dbPath}`;

console.log("• Tạo cơ sở dữ liệu SQLite mới và nạp dữ liệu mẫu phường Phan Đình Phùng…");
const database = await openDatabase(databaseUrl);
const demo = await seedDemo(database.db, DEFAULT_CLOCK_START);
let clockMs = DEFAULT_CLOCK_START.getTime();
const zalo = await startZaloApiServer({ token: ZALO_TEST_TOKEN, clock: () => (clockMs += 1000) });
console.log("• Khởi động bot (tiến trình thật) chỉ với Zalo, trước máy chủ Zalo Bot giả lập…");
const bot = startBotProcess({
  apiRoot: "http://127.0.0.1:9", // no Telegram in this demo
  databaseUrl,
  clockStart: DEFAULT_CLOCK_START,
  env: { BOT_TOKEN: "", ZALO_BOT_TOKEN: ZALO_TEST_TOKEN, ZALO_API_ROOT: zalo.apiRoot, ...(process.env.PUBLIC_URL ? { PUBLIC_URL: process.env.PUBLIC_URL } : {}) },
});
await bot.ready;
while (!bot.output().includes("Zalo started")) await new Promise((resolve) => setTimeout(resolve, 20));

const say = async (user: ZaloUser, text: string) => {
  user.sendText(text);
  await zalo.settled({ timeoutMs: 120_000 }); // generous: a small or busy machine is slow, not wrong
};
async function invite(role: Role, group?: string): Promise<string> {
  const member = await database.db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role, ...(group ? { group: { name: group } } : {}) } });
  const created = await createInvite(database.db, {
    wardId: demo.wardId, role, groupId: member.groupId, memberId: member.id, fullName: member.fullName, now: DEFAULT_CLOCK_START,
  });
  return created.code;
}
/** The number the menu (last message) gives to an item, e.g. "3. Tiến độ các tổ" → "3". */
function menuNumber(user: ZaloUser, item: string): string {
  const line = (user.lastMessage?.text ?? "").split("\n").find((l) => l.includes(item));
  const number = /^(\d+)\./.exec(line?.trim() ?? "")?.[1];
  if (!number) throw new Error(`the menu has no "${item}":\n${user.lastMessage?.text}`);
  return number;
}

const sections: string[] = [];
const codes: string[] = [];
try {
  const leader = zalo.user("Hùng");
  const leaderTranscript = recordZaloTranscript(zalo, leader, "Tổ trưởng Tổ 1");
  const leaderCode = await invite("leader", "Tổ 1");
  codes.push(leaderCode);
  await say(leader, leaderCode); // the code typed, as printed on the invite sheet
  await say(leader, "1"); // Đúng, tôi là ông Nguyễn Văn Hùng
  await say(leader, menuNumber(leader, "Báo cáo kết quả"));
  for (const answer of ["226", "224", "5,829"]) await say(leader, answer);
  await say(leader, "220");
  for (const answer of ["150", "1,5 triệu", "12"]) await say(leader, answer);
  await say(leader, "1"); // Có
  await say(leader, "Gia đình ông Lê Văn Thắng hiến 20 m² đất mở rộng ngõ.");
  await say(leader, "bỏ qua");
  await say(leader, "gửi báo cáo");
  sections.push("## Tổ trưởng Tổ 1 báo cáo kết quả (Zalo)\n\n" + leaderTranscript.render());

  const officer = zalo.user("Thanh");
  const officerTranscript = recordZaloTranscript(zalo, officer, "Công chức VP-TK");
  const officerCode = await invite("officer");
  codes.push(officerCode);
  await say(officer, officerCode);
  await say(officer, "2"); // Đúng, tôi là bà Nguyễn Thị Thanh
  await say(officer, menuNumber(officer, "Tiến độ các tổ"));
  sections.push("## Công chức Văn phòng - Thống kê xem tiến độ (Zalo)\n\n" + officerTranscript.render());

  const reportsTranscript = recordZaloTranscript(zalo, officer, "Công chức VP-TK");
  await say(officer, "/baocao");
  await say(officer, "năm 2024");
  sections.push("## Công chức Văn phòng - Thống kê hỏi báo cáo tổng hợp (Zalo)\n\n" + reportsTranscript.render());
} finally {
  await bot.kill("SIGTERM");
  await zalo.close();
  await database.close();
}

const transcript = codes.reduce((text, code) => text.replaceAll(code, "<mã mời>"), sections.join("\n\n"));
writeFileSync(join(outDir, "demo-zalo-transcript.md"), transcript + "\n");
console.log("\n" + transcript.replaceAll("<br>", "\n    ") + "\n");
console.log(`• Bản ghi hội thoại: out/demo-zalo-transcript.md; cơ sở dữ liệu: ${dbPath}`);
console.log(
  process.env.PUBLIC_URL
    ? "• Zalo không gửi được tệp: các tệp báo cáo đến dưới dạng đường dẫn tải về."
    : "• Zalo không gửi được tệp; khi chưa đặt PUBLIC_URL, trợ lý hướng dẫn nhận tệp qua Telegram hoặc máy tính tại Văn phòng.",
);
