// A summary sheet of `rows` groups with deterministic figures, and the sums its total row states.
import { formatCount } from "../../../src/domain/format.js";
import type { SummaryColumnGroup, SummaryRow, SummaryTable } from "../../../src/reports/summary-table.js";

export const SIX_COLUMNS: readonly SummaryColumnGroup[] = [
  {
    name: "Toàn dân đoàn kết xây dựng đời sống văn hóa",
    columns: [
      { header: "Tổng số hộ", unit: "hộ" },
      { header: "Hộ đăng ký GĐVH", unit: "hộ" },
      { header: "Hộ đạt GĐVH", unit: "hộ" },
    ],
  },
  { name: "Khuyến học", columns: [{ header: "Gia đình học tập", unit: "hộ" }] },
  {
    name: "Chung tay vì người nghèo",
    columns: [
      { header: "Tiền thăm hỏi, tặng quà", unit: "đồng" },
      { header: "Suất quà", unit: "suất" },
    ],
  },
];

export const TEN_COLUMNS: readonly SummaryColumnGroup[] = [
  ...SIX_COLUMNS,
  {
    name: "Toàn dân phòng cháy chữa cháy",
    columns: [{ header: "Liên gia an toàn PCCC", align: "center" }, { header: "Số buổi tuyên truyền", unit: "buổi" }],
  },
  { name: "Điển hình tiên tiến", columns: [{ header: "Gương người tốt", unit: "người" }, { header: "Việc tốt", unit: "việc" }] },
];

export interface SummaryFixture {
  table: SummaryTable;
  /** Column sums over the reported rows, as numbers. */
  sums: number[];
}

/** Row i's figure in column c, reproducible; money columns are multiples of 100.000 đồng. */
function figure(row: number, column: number, header: string): number {
  const base = ((row * 7919 + column * 104729) % 97) + 3;
  return header.startsWith("Tiền") ? base * 100_000 : base * (column + 1);
}

export function summaryFixture(rows: number, groups: readonly SummaryColumnGroup[]): SummaryFixture {
  const headers = groups.flatMap((group) => group.columns.map((column) => column.header));
  const sums = headers.map(() => 0);
  const tableRows: SummaryRow[] = [];
  for (let i = 0; i < rows; i++) {
    const incomplete = i % 10 === 9;
    const cells = headers.map((header, column) => {
      if (header.startsWith("Liên gia")) return incomplete ? "" : i % 3 === 0 ? "Không" : "Có";
      if (incomplete) return "";
      const value = figure(i, column, header);
      sums[column] = (sums[column] ?? 0) + value;
      return formatCount(value);
    });
    tableRows.push({
      stt: String(i + 1),
      name: `Tổ dân phố số ${i + 1}`,
      status: incomplete ? (i % 20 === 19 ? "Bản nháp" : "Chưa gửi") : "Đã duyệt",
      cells,
      incomplete,
    });
  }
  const totalCells = headers.map((header, column) =>
    header.startsWith("Liên gia")
      ? String(tableRows.filter((row) => row.cells[column] === "Có").length)
      : formatCount(sums[column] ?? 0),
  );
  return {
    sums,
    table: {
      titleLines: ["TỔNG HỢP KẾT QUẢ", "PHONG TRÀO THI ĐUA CỦA CÁC TỔ DÂN PHỐ"],
      subtitle: { ward: "Phường Phan Đình Phùng", period: "Sơ kết 6 tháng đầu năm 2025" },
      generatedAtText: "Lập lúc 08:15 ngày 27 tháng 5 năm 2025",
      groups,
      rows: tableRows,
      total: { label: "Tổng cộng", cells: totalCells },
      ratio: { label: "Tỷ lệ", cells: headers.map((header) => (header === "Hộ đạt GĐVH" ? "99%" : "")) },
      metadata: { creationDate: new Date("2025-05-27T01:15:00Z") },
    },
  };
}
