// `ward create|update|show|list`: a new ward with its document settings, from flags or JSON.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { runCli, WARD_ARGS } from "./support.js";

let test: TestDatabase;
beforeEach(async () => {
  test = await createTestDatabase("sqlite");
});
afterEach(async () => {
  await test.drop();
});

async function ward(slug: string) {
  const database = await openDatabase(test.url);
  try {
    return await database.db.ward.findUnique({ where: { slug }, include: { indicators: true, movements: true, awardForms: { include: { rates: true } }, awardSettings: true } });
  } finally {
    await database.close();
  }
}

describe("ward", () => {
  it("creates a ward from flags, with defaults and the default catalogue", async () => {
    const run = await runCli(test.url, [...WARD_ARGS, "--recipient", "Như trên;", "--recipient", "Lưu: VP."]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("thu-nghiem: Phường Thử Nghiệm");
    const created = await ward("thu-nghiem");
    expect(created).toMatchObject({
      name: "Phường Thử Nghiệm",
      issuerName: "ỦY BAN NHÂN DÂN\nPHƯỜNG THỬ NGHIỆM",
      placeName: "Phường Thử Nghiệm",
      signerName: "Nguyễn Văn Ký",
      signerTitle: "CHỦ TỊCH",
      recipients: "Như trên;\nLưu: VP.",
    });
    expect(created?.indicators.length).toBeGreaterThan(5);
    expect(created?.movements.length).toBe(4);
    // The award forms a ward's chairman decides, with their dated coefficients, and the settings.
    expect(created?.awardForms.map((form) => form.code).sort()).toEqual(["gdvh", "giay_khen", "ldtt", "tdpvh"]);
    expect(created?.awardForms.find((form) => form.code === "giay_khen")?.rates.length).toBe(5);
    expect(created?.awardSettings).toMatchObject({ roundingMode: "up", roundingStep: 10000, postingDays: 10 });

    const again = await runCli(test.url, WARD_ARGS);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('A ward with slug "thu-nghiem" exists');
  });

  it("reads the settings from a JSON file, NFC-normalised, flags winning", async () => {
    const file = join(test.url.replace(/^file:/, "").replace(/test\.db$/, ""), "ward.json");
    const decomposed = "Phường Phan Đình Phùng".normalize("NFD");
    writeFileSync(
      file,
      JSON.stringify({
        name: decomposed,
        issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG"],
        place: "Phường Phan Đình Phùng",
        signerName: "Trần Đình Thìn",
        signerAuthority: "TM. ỦY BAN NHÂN DÂN",
        addressees: ["UBND thành phố Thái Nguyên;"],
      }),
    );
    const run = await runCli(test.url, ["ward", "create", "--slug", "pdp", "--settings", file, "--signer", "Người Khác"]);
    expect(run.code, run.stderr).toBe(0);
    const created = await ward("pdp");
    expect(created?.name).toBe("Phường Phan Đình Phùng".normalize("NFC"));
    expect(created).toMatchObject({ signerName: "Người Khác", signerAuthority: "TM. ỦY BAN NHÂN DÂN", addressees: "UBND thành phố Thái Nguyên;" });

    const update = await runCli(test.url, ["ward", "update", "--slug", "pdp", "--signer", "Trần Đình Thìn", "--document-symbol", "BC-UBND"]);
    expect(update.code).toBe(0);
    expect((await ward("pdp"))?.signerName).toBe("Trần Đình Thìn");
    expect((await runCli(test.url, ["ward", "list"])).stdout).toContain("pdp");
  });

  it("explains what is missing or wrong", async () => {
    const missing = await runCli(test.url, ["ward", "create", "--slug", "x"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Missing --name, --signer");
    const bad = await runCli(test.url, ["ward", "create", "--slug", "Phuong X", "--name", "X", "--signer", "Y Z"]);
    expect(bad.stderr).toContain("use lower-case letters");
    const unknown = await runCli(test.url, ["ward", "create", "--slugg", "x"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--slugg");
  });
});
