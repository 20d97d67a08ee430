// Issue 10, case 8: a zip-bomb .xlsx sent to the bot (0,4 MB once reached 3 GB of memory before
// it was refused). Through the real bot process: a workbook with a part that inflates far beyond
// the file, and the same workbook whose directory lies about that part's size, are both refused
// with the reason before exceljs reads a byte; nothing is stored; the process stays small and
// keeps answering; an ordinary groups list still imports.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type E2E, startE2E } from "../support/e2e.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
}, 180_000);
afterEach(async () => {
  await e2e?.stop();
});

async function groupsList(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Tổ dân phố");
  sheet.addRow(["Tên tổ", "Số hộ", "Họ tên tổ trưởng", "Số điện thoại"]);
  sheet.addRow(["Tổ 31", 180, "Lê Thị Hoa", "0912 345 777"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The groups list with one more part of `bytes` zeros: deflate shrinks it about 1.000 times. */
async function withPadding(bytes: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await groupsList());
  zip.file("xl/media/padding.bin", Buffer.alloc(bytes));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** Rewrites the claimed inflated size of the part named `name`, in its local header and in the central directory. */
function claimSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const wanted = Buffer.from(name);
  for (let at = 0; at < out.length - 46; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.subarray(at + 30, at + 30 + wanted.length).equals(wanted)) out.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50 && out.subarray(at + 46, at + 46 + wanted.length).equals(wanted)) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

/** The bot process's peak resident memory (Linux), in MB. */
function peakMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
  return Number(/(\d+)/u.exec(line ?? "")?.[1] ?? 0) / 1024;
}

describe("an .xlsx sent to the bot is bounded before reading", () => {
  it("refuses a zip bomb, honest or lying about its sizes, with the reason; stores nothing; still imports a real list", { timeout: 240_000 }, async () => {
    const officer = await e2e.registered(8901, { role: "officer" });
    const { db } = e2e.database;
    const groupsBefore = await db.group.count();

    // 300 MB of zeros in a file of about 0,3 MB: the directory says so, refused from it alone.
    const bomb = await withPadding(300_000_000);
    expect(bomb.length).toBeLessThan(1_000_000);
    await e2e.step(() => officer.sendDocument(bomb, "to-dan-pho.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toMatch(/^Khi giải nén, tệp này sẽ lớn hơn [\d,]+ MB, không giống một tệp danh mục hay danh sách tổ, nên trợ lý không đọc tệp này\. Chưa có gì thay đổi\./u);

    // The same bomb claiming its part is 1.000 bytes: stopped at the claimed size while inflating.
    const liar = claimSize(bomb, "xl/media/padding.bin", 1_000);
    await e2e.step(() => officer.sendDocument(liar, "to-dan-pho.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toMatch(/^Tệp ghi sai kích thước các phần bên trong .* nên trợ lý không đọc tệp này\. Chưa có gì thay đổi\./u);

    // Not a zip at all, though named .xlsx.
    await e2e.step(() => officer.sendDocument(Buffer.from("Tên tổ,Số hộ\nTổ 1,120\n"), "to-dan-pho.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toContain("Trợ lý không mở được tệp này như một tệp Excel.");

    expect(await db.group.count()).toBe(groupsBefore);
    // Either bomb read whole would have taken 300 MB at least; the process stayed well below.
    expect(peakMegabytes(e2e.bot.child.pid!)).toBeLessThan(300);

    // The process still answers, and an ordinary list imports.
    const list = await groupsList();
    await e2e.step(() => officer.sendDocument(list, "to-dan-pho.xlsx", { mimeType: XLSX }));
    expect(officer.lastMessage?.text).toContain("Đã nhập 1 tổ dân phố, 1 tổ trưởng");
    expect(await db.group.count()).toBe(groupsBefore + 1);
  });
});
