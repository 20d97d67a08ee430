// `import-groups`: the office's spreadsheet of groups and leaders goes in whole or not at all,
// and a bad row is named by its number with the reason in Vietnamese.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";
import { runCli, WARD_ARGS, writeGroupsWorkbook } from "./support.js";

const dir = mkdtempSync(join(tmpdir(), "thidua-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD_ROWS = [
  ["Tổ 1", 225, "Nguyễn Văn Hùng", "0912 345 600"],
  ["Tổ 2", "1.211", "Trần Thị Lan", 912345607], // Excel dropped the leading 0
  ["Tổ 3", 237, "", ""], // no leader yet
  [],
  ["Tổ 4", "", "Phạm Thị Hoa", "+84 912 345 621"],
];

async function counts(url: string) {
  const database = await openDatabase(url);
  try {
    const [groups, members, invites] = await Promise.all([database.db.group.count(), database.db.member.count(), database.db.invite.count()]);
    return { groups, members, invites };
  } finally {
    await database.close();
  }
}

describe.each(await providersUnderTest())("import-groups on %s", (provider) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(provider);
    expect((await runCli(test.url, WARD_ARGS)).code).toBe(0);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("imports nothing when a row is bad, and names every bad row with its reason", async () => {
    const file = join(dir, `bad-${provider}.xlsx`);
    await writeGroupsWorkbook(file, ["STT", "tên tổ", "SỐ HỘ", "Ho ten to truong", "Số điện thoại"], [
      [1, "Tổ 1", 225, "Nguyễn Văn Hùng", "0912345600"],
      [2, "Tổ 2", "hai trăm", "Trần Thị Lan", "0912345607"],
      [3, "tổ 1", 230, "Lê Văn Thắng", "0912345614"],
      [4, "", 200, "Phạm Thị Hoa", ""],
      [5, "Tổ 5", 196, "Hoàng Văn Minh", "12345"],
      [6, "Tổ 6", 197, "Vũ Thị Mai", "0912345635"],
    ]);
    const run = await runCli(test.url, ["import-groups", "--ward", "thu-nghiem", "--file", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Không nhập gì cả");
    expect(run.stderr).toContain("Dòng 4: số hộ “hai trăm” không phải số nguyên dương.");
    expect(run.stderr).toContain("Dòng 5: tên tổ “tổ 1” trùng với dòng 3.");
    expect(run.stderr).toContain("Dòng 6: thiếu tên tổ.");
    expect(run.stderr).toContain("Dòng 7: số điện thoại “12345” không đúng (cần 10 chữ số, ví dụ 0912345678).");
    expect(run.stderr).not.toMatch(/Dòng (3|8):/u);
    // The one invite is the admin's, made by `ward create`.
    expect(await counts(test.url)).toEqual({ groups: 0, members: 0, invites: 1 });
  });

  it("creates the groups, unregistered leaders and one invite bound to each leader", async () => {
    const file = join(dir, `good-${provider}.xlsx`);
    await writeGroupsWorkbook(file, ["Tên Tổ", "Số hộ", "Họ tên tổ trưởng", "SĐT"], GOOD_ROWS);
    const run = await runCli(test.url, ["import-groups", "--ward", "thu-nghiem", "--file", file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("4 groups, 3 leaders, 3 invites");
    expect(run.stdout).toContain("Rows without a leader (group created, no invite): 5.");

    const database = await openDatabase(test.url);
    try {
      const groups = await database.db.group.findMany({ orderBy: { sortOrder: "asc" }, include: { members: true, invites: true } });
      expect(groups.map((group) => [group.name, group.households])).toEqual([
        ["Tổ 1", 225],
        ["Tổ 2", 1211],
        ["Tổ 3", 237],
        ["Tổ 4", null],
      ]);
      const first = groups[0]!;
      expect(first.members).toMatchObject([{ fullName: "Nguyễn Văn Hùng", phone: "0912345600", role: "leader", telegramId: null }]);
      expect(first.invites).toMatchObject([{ role: "leader", memberId: first.members[0]!.id, fullName: "Nguyễn Văn Hùng", usedAt: null }]);
      expect(groups[1]!.members[0]?.phone).toBe("0912345607");
      expect(groups[3]!.members[0]?.phone).toBe("0912345621");
      expect(groups[2]!.members).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it("refuses the whole file when a group already exists in the ward", async () => {
    const file = join(dir, `again-${provider}.xlsx`);
    await writeGroupsWorkbook(file, ["Tên tổ", "Họ tên tổ trưởng"], [["Tổ 9", "Ngô Thị Thu"], ["TỔ 2", "Lý Thị Nga"]]);
    const before = await counts(test.url);
    const run = await runCli(test.url, ["import-groups", "--ward", "thu-nghiem", "--file", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Dòng 4: tổ “TỔ 2” đã có trong Phường Thử Nghiệm.");
    expect(await counts(test.url)).toEqual(before);
  });

  it("says what is wrong with the file or the command", async () => {
    const noHeader = join(dir, `no-header-${provider}.xlsx`);
    await writeGroupsWorkbook(noHeader, ["A", "B"], [["Tổ 1", "X"]]);
    const run = await runCli(test.url, ["import-groups", "--ward", "thu-nghiem", "--file", noHeader]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Không tìm thấy dòng tiêu đề");
    expect((await runCli(test.url, ["import-groups", "--ward", "nowhere", "--file", noHeader])).stderr).toContain('No ward with slug "nowhere"');
    expect((await runCli(test.url, ["import-groups", "--ward", "thu-nghiem", "--file", join(dir, "missing.xlsx")])).code).toBe(2);
  });
});
