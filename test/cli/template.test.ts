// The office edits the báo cáo's narrative as a file: a typo in a placeholder is reported
// with its line and nothing is stored; a clean edit is used by the next report.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/databases.js";

const run = promisify(execFile);
const cli = (args: string[], url: string) =>
  run(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], { env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 });

describe("template command", () => {
  it("refuses a template with an unknown placeholder, stores a clean one, and the report uses it", { timeout: 90_000 }, async () => {
    const test = await createTestDatabase("sqlite");
    const dir = mkdtempSync(join(tmpdir(), "thidua-template-"));
    try {
      await cli(["seed-demo"], test.url);
      const file = join(dir, "mau.md");
      await cli(["template", "export", "--file", file], test.url);
      const original = readFileSync(file, "utf8");
      expect(original).toContain("{ho_gia_dinh_van_hoa}");

      writeFileSync(file, original.replaceAll("{ho_gia_dinh_van_hoa}", "{ho_gia_dinh_van_hoaa}"));
      const refused = await cli(["template", "import", "--file", file], test.url).catch((error: { code: number; stderr: string }) => error);
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toMatch(/Dòng \d+, cột \d+: .*\{ho_gia_dinh_van_hoaa\}.*\{ho_gia_dinh_van_hoa\}/);

      const edited = original.replace("Rà soát, đăng ký hỗ trợ xây mới", "Phường đề nghị thành phố hỗ trợ xây mới");
      expect(edited).not.toBe(original);
      writeFileSync(file, edited);
      await cli(["template", "import", "--file", file], test.url);
      await cli(["report", "--out", dir, "--period", "Năm 2024"], test.url);
      const { stdout } = await run("sh", ["-c", `pdftotext ${join(dir, "bao-cao-tong-ket-")}*.pdf - | tr -s ' \\n' ' '`]);
      expect(stdout).toContain("Phường đề nghị thành phố hỗ trợ xây mới");
      expect(stdout).toContain("5.829/5.885");
    } finally {
      await test.drop();
    }
  });
});
