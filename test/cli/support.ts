// Running a CLI command in this process against a test database, with its output captured.
import ExcelJS from "exceljs";
import { vi } from "vitest";
import { commands } from "../../src/cli/commands/index.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(databaseUrl: string, args: string[]): Promise<CliRun> {
  const [name, ...rest] = args;
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) throw new Error(`no command ${name}`);
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void out.push(parts.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void err.push(parts.join(" ")));
  try {
    const code = await command.run(rest, { DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" });
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** An .xlsx like an office would make: a title row, then the header, then the rows. */
export async function writeGroupsWorkbook(path: string, header: string[], rows: unknown[][], title = "DANH SÁCH TỔ DÂN PHỐ"): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tổ dân phố");
  sheet.addRow([title]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}

export const WARD_ARGS = ["ward", "create", "--slug", "thu-nghiem", "--name", "Phường Thử Nghiệm", "--signer", "Nguyễn Văn Ký"];
