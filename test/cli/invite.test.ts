// `invite`: a one-time link from the command line, bound to the leader the import listed.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { projectRoot } from "../../src/db/paths.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { runCli } from "./support.js";

const LINK = /https:\/\/t\.me\/thidua_bot\?start=([A-Za-z0-9_-]{20})/u;

let test: TestDatabase;
let database: Database;
beforeAll(async () => {
  test = await createTestDatabase("sqlite");
  database = await openDatabase(test.url);
  await seedDemo(database.db);
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

describe("invite", () => {
  it("prints a leader's link bound to the group's listed leader", async () => {
    const run = await runCli(test.url, ["invite", "--ward", "phan-dinh-phung", "--role", "leader", "--group", "to 3", "--bot", "@thidua_bot"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("leader of Tổ 3 (Lê Văn Thắng, listed member)");
    const code = LINK.exec(run.stdout)?.[1];
    const invite = await database.db.invite.findUniqueOrThrow({ where: { code: code! }, include: { group: true } });
    const leader = await database.db.member.findFirstOrThrow({ where: { fullName: "Lê Văn Thắng" } });
    expect(invite).toMatchObject({ role: "leader", memberId: leader.id, fullName: "Lê Văn Thắng", group: { name: "Tổ 3" } });
  });

  it("prints only the link with --quiet, for an officer", async () => {
    const run = await runCli(test.url, ["invite", "--ward", "phan-dinh-phung", "--role", "officer", "--name", "Đỗ Thị Hà", "--quiet", "--bot", "thidua_bot"]);
    expect(run.stdout).toMatch(/^https:\/\/t\.me\/thidua_bot\?start=[A-Za-z0-9_-]{20}$/u);
  });

  it("explains a wrong role, group or missing bot name", async () => {
    const wrongRole = await runCli(test.url, ["invite", "--ward", "phan-dinh-phung", "--role", "boss", "--bot", "thidua_bot"]);
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.stderr).toContain("--role must be one of leader, officer, chair, council, admin");
    const noGroup = await runCli(test.url, ["invite", "--ward", "phan-dinh-phung", "--role", "leader", "--group", "Tổ 99", "--bot", "thidua_bot"]);
    expect(noGroup.stderr).toContain('No group "Tổ 99"');
    const saved = { ...process.env };
    delete process.env.BOT_USERNAME;
    delete process.env.BOT_TOKEN;
    try {
      const noBot = await runCli(test.url, ["invite", "--ward", "phan-dinh-phung", "--role", "chair"]);
      expect(noBot.stderr).toContain("pass --bot <username>");
    } finally {
      process.env = saved;
    }
  });

  it("works through npm run cli", async () => {
    const { stdout } = await promisify(execFile)(
      "node",
      ["--import", "tsx", "src/cli/index.ts", "invite", "--ward", "phan-dinh-phung", "--role", "council", "--quiet"],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: test.url, BOT_USERNAME: "thidua_bot" } },
    );
    expect(stdout.trim()).toMatch(LINK);
  });
});
