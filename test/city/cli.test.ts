// `npm run cli -- city …`: create a city, put wards in it, invite a city official, write the
// roll-up's files.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { openDatabase } from "../../src/db/client.js";
import { runCli } from "../cli/support.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { generateWard } from "./support/city-data.js";

let test: TestDatabase;
beforeEach(async () => {
  test = await createTestDatabase("sqlite");
  const database = await openDatabase(test.url);
  try {
    await seedDemo(database.db, new Date("2025-05-15T01:00:00Z"));
    await generateWard(database.db, { slug: "tan-lap", name: "Phường Tân Lập", groups: 12, seed: 4 });
  } finally {
    await database.close();
  }
});
afterEach(async () => {
  await test.drop();
});

async function inDatabase<T>(body: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>): Promise<T> {
  const database = await openDatabase(test.url);
  try {
    return await body(database.db);
  } finally {
    await database.close();
  }
}

describe("city", () => {
  it("creates a city, adds wards, lists them, and writes the roll-up", async () => {
    const created = await runCli(test.url, ["city", "create", "--slug", "thai-nguyen", "--name", "Thành phố Thái Nguyên"]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("thai-nguyen: Thành phố Thái Nguyên");
    expect((await runCli(test.url, ["city", "create", "--slug", "thai-nguyen", "--name", "X y"])).code).toBe(2);

    for (const ward of ["phan-dinh-phung", "tan-lap"]) {
      const added = await runCli(test.url, ["city", "add-ward", "--city", "thai-nguyen", "--ward", ward]);
      expect(added.code).toBe(0);
    }
    const unknown = await runCli(test.url, ["city", "add-ward", "--city", "thai-nguyen", "--ward", "khong-co"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No ward with slug "khong-co"');

    const list = await runCli(test.url, ["city", "list"]);
    expect(list.stdout).toContain("Thành phố Thái Nguyên (2 wards)");
    expect(list.stdout).toContain("2024 tong_ket (2 wards)");

    const out = mkdtempSync(join(tmpdir(), "thidua-city-"));
    const report = await runCli(test.url, ["city", "report", "--city", "thai-nguyen", "--year", "2024", "--kind", "tong_ket", "--out", out]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain("2/2 wards have the period");
    expect(report.stdout).toMatch(/phan-dinh-phung\s+26\/26 reported \(Năm 2024\)/u);
    expect(existsSync(join(out, "tong-hop-thanh-pho-thai-nguyen-nam-2024.pdf"))).toBe(true);
    expect(existsSync(join(out, "so-lieu-thanh-pho-thai-nguyen-nam-2024.xlsx"))).toBe(true);

    const none = await runCli(test.url, ["city", "report", "--city", "thai-nguyen", "--year", "2023", "--kind", "tong_ket", "--out", out]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--year 2024 --kind tong_ket");
    expect((await runCli(test.url, ["city", "report", "--city", "thai-nguyen", "--year", "2024", "--kind", "nam"])).code).toBe(2);
  });

  it("invites a city official registered in a ward of the city; not in a ward outside it", async () => {
    await runCli(test.url, ["city", "create", "--slug", "thai-nguyen", "--name", "Thành phố Thái Nguyên"]);
    const outside = await runCli(test.url, ["city", "invite", "--city", "thai-nguyen", "--ward", "tan-lap", "--bot", "thidua_bot"]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("city add-ward --city thai-nguyen --ward tan-lap");

    await runCli(test.url, ["city", "add-ward", "--city", "thai-nguyen", "--ward", "tan-lap"]);
    const invited = await runCli(test.url, ["city", "invite", "--city", "thai-nguyen", "--ward", "tan-lap", "--bot", "thidua_bot", "--name", "Lê Văn Thành", "--quiet"]);
    expect(invited.code).toBe(0);
    const code = /start=([A-Za-z0-9_-]+)$/.exec(invited.stdout.trim())?.[1];
    expect(code).toBeTruthy();
    const invite = await inDatabase((db) => db.invite.findUniqueOrThrow({ where: { code: code! }, include: { ward: true } }));
    expect(invite).toMatchObject({ role: "city", fullName: "Lê Văn Thành", groupId: null });
    expect(invite.ward.slug).toBe("tan-lap");

    const removed = await runCli(test.url, ["city", "remove-ward", "--ward", "tan-lap"]);
    expect(removed.code).toBe(0);
    expect(await inDatabase((db) => db.ward.findUniqueOrThrow({ where: { slug: "tan-lap" } }))).toMatchObject({ cityId: null });
  });
});
