// `period open|extend|close|reopen|list` and the admin invite `ward create` prints.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { pdfText } from "../support/pdf-text.js";
import { runCli, WARD_ARGS } from "./support.js";

let test: TestDatabase;
beforeEach(async () => {
  test = await createTestDatabase("sqlite");
});
afterEach(async () => {
  await test.drop();
});

async function read<T>(body: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>): Promise<T> {
  const database = await openDatabase(test.url);
  try {
    return await body(database.db);
  } finally {
    await database.close();
  }
}

const W = ["--ward", "thu-nghiem"];

describe("ward create", () => {
  it("prints one admin invite with a link and a QR code, and writes it as a printable PDF", async () => {
    const dir = mkdtempSync(join(tmpdir(), "admin-invite-"));
    const file = join(dir, "moi.pdf");
    const run = await runCli(test.url, [...WARD_ARGS, "--bot", "thidua_test_bot", "--admin-name", "Lê Văn Quản", "--invite-pdf", file]);
    expect(run.code, run.stderr).toBe(0);
    const link = /https:\/\/t\.me\/thidua_test_bot\?start=([A-Za-z0-9_-]{20})/.exec(run.stdout);
    expect(link).not.toBeNull();
    expect(run.stdout).toMatch(/[▀▄█]{10,}/u); // the QR code, in block characters
    const invites = await read((db) => db.invite.findMany());
    expect(invites).toHaveLength(1);
    expect(invites[0]).toMatchObject({ code: link![1], role: "admin", fullName: "Lê Văn Quản", usedAt: null });
    expect(run.stdout).toContain(`The same invite, to print: ${file}`);
    const text = pdfText(readFileSync(file)).replace(/\s+/gu, " ");
    rmSync(dir, { recursive: true, force: true });
    expect(text).toContain("MÃ MỜI QUẢN TRỊ VIÊN");
    expect(text).toContain("Họ tên: Lê Văn Quản");
    expect(text).toContain(link![0]);
  });

  it("without a bot username, prints the code to send", async () => {
    const run = await runCli(test.url, WARD_ARGS);
    expect(run.code).toBe(0);
    const invite = await read((db) => db.invite.findFirstOrThrow());
    expect(run.stdout).toContain(`/start ${invite.code}`);
  });
});

describe("period", () => {
  beforeEach(async () => {
    expect((await runCli(test.url, WARD_ARGS)).code).toBe(0);
  });

  it("opens a half-year period with the usual name and dates, audited", async () => {
    const run = await runCli(test.url, ["period", "open", ...W, "--kind", "half_year", "--year", "2099", "--deadline", "ngày 20 tháng 6"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Opened "6 tháng đầu năm 2099" (so_ket): 1/1/2099–30/6/2099, deadline 17:00 ngày 20 tháng 6 năm 2099.');
    const period = await read((db) => db.period.findFirstOrThrow({ include: { indicators: true } }));
    expect(period).toMatchObject({ kind: "so_ket", year: 2099, status: "open", notice: "announce" });
    expect(period.deadline.toISOString()).toBe("2099-06-20T10:00:00.000Z");
    expect(period.indicators.length).toBeGreaterThan(5);
    const audit = await read((db) => db.auditEvent.findMany());
    expect(audit).toMatchObject([{ action: "period.open", subject: `period:${period.id}`, source: "cli", actorId: null }]);
    expect((await runCli(test.url, ["period", "list", ...W])).stdout).toContain("open   6 tháng đầu năm 2099");
  });

  it("a second period of the kind asks the previous one's indicators", async () => {
    await runCli(test.url, ["period", "open", ...W, "--kind", "full_year", "--year", "2098", "--deadline", "20/12/2098"]);
    const first = await read((db) => db.period.findFirstOrThrow({ include: { indicators: true } }));
    await read((db) => db.periodIndicator.delete({ where: { periodId_indicatorId: { periodId: first.id, indicatorId: first.indicators[0]!.indicatorId } } }));
    const run = await runCli(test.url, ["period", "open", ...W, "--kind", "full_year", "--year", "2099", "--deadline", "20/12/2099"]);
    expect(run.stdout).toContain(`${first.indicators.length - 1} indicators as in "Năm 2098"`);
  });

  it.each([
    [["--kind", "half_year", "--year", "2099", "--deadline", "6/20/2099"], "did you mean 20/6/2099?"],
    [["--kind", "half_year", "--year", "2099", "--deadline", "31/6/2099"], "month 6 of 2099 has no day 31"],
    [["--kind", "half_year", "--year", "2020", "--deadline", "20/6/2020"], "--deadline 20/6/2020 has passed"],
    [["--kind", "thematic", "--year", "2099", "--deadline", "20/6/2099"], "needs --name"],
    [["--kind", "season", "--deadline", "20/6/2099"], "--kind must be one of"],
  ])("refuses %j", async (flags, message) => {
    const run = await runCli(test.url, ["period", "open", ...W, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(await read((db) => db.period.count())).toBe(0);
  });

  it("extends, closes only with --yes, reopens; each audited", async () => {
    await runCli(test.url, ["period", "open", ...W, "--kind", "thematic", "--name", "Chuyên đề PCCC 2099", "--year", "2099", "--start", "1/3/2099", "--end", "31/5/2099", "--deadline", "5/6/2099"]);
    const P = ["--period", "Chuyên đề PCCC 2099"];
    expect((await runCli(test.url, ["period", "extend", ...W, ...P, "--deadline", "1/6/2099"])).stderr).toContain("must be after");
    const extended = await runCli(test.url, ["period", "extend", ...W, ...P, "--deadline", "15/6"]);
    expect(extended.stdout).toContain("moved to 17:00 ngày 15 tháng 6 năm 2099");
    expect(await read((db) => db.period.findFirstOrThrow())).toMatchObject({ notice: "extend:2099-06-15T10:00:00.000Z" });

    const ask = await runCli(test.url, ["period", "close", ...W, ...P]);
    expect(ask.code).toBe(1);
    expect(ask.stdout).toContain("Nothing changed");
    expect(await read((db) => db.period.findFirstOrThrow())).toMatchObject({ status: "open" });
    expect((await runCli(test.url, ["period", "close", ...W, ...P, "--yes"])).code).toBe(0);
    expect(await read((db) => db.period.findFirstOrThrow())).toMatchObject({ status: "closed" });
    expect((await runCli(test.url, ["period", "reopen", ...W, ...P])).code).toBe(0);
    expect(await read((db) => db.period.findFirstOrThrow())).toMatchObject({ status: "open", closedAt: null });
    const renamed = await runCli(test.url, ["period", "rename", ...W, ...P, "--name", "Chuyên đề phòng cháy chữa cháy 2099"]);
    expect(renamed.stdout).toContain('Renamed "Chuyên đề PCCC 2099" to "Chuyên đề phòng cháy chữa cháy 2099".');
    const audit = await read((db) => db.auditEvent.findMany({ orderBy: { id: "asc" } }));
    expect(audit.map((row) => row.action)).toEqual(["period.open", "period.extend", "period.close", "period.reopen", "period.rename"]);
    expect(JSON.parse(audit[1]!.detail)).toEqual({ from: "2099-06-05T10:00:00.000Z", to: "2099-06-15T10:00:00.000Z" });
  });
});
