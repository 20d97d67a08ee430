// Plain model of the "Tổng hợp kết quả" sheet: one row per residential group, columns grouped
// by movement. Every cell is already formatted text; renderers only lay it out.
import type { DocumentMetadata } from "./admin-document.js";

export type CellAlign = "left" | "center" | "right";

export interface SummaryColumn {
  /** "Số hộ đạt GĐVH" */
  header: string;
  /** "hộ", "đồng"; printed under the header in brackets. */
  unit?: string;
  /** Numbers usually "right"; defaults to "right". */
  align?: CellAlign;
}

export interface SummaryColumnGroup {
  /** The movement: "Toàn dân đoàn kết xây dựng đời sống văn hóa". */
  name: string;
  columns: readonly SummaryColumn[];
}

export interface SummaryRow {
  /** "1", "2", … */
  stt: string;
  /** The group's name: "Tổ dân phố số 1". */
  name: string;
  /** "Đã duyệt", "Chưa gửi", "Bản nháp"… */
  status: string;
  /** One per column, in the order of `groups` then `columns`. */
  cells: readonly string[];
  /** Not reported, or only a draft: printed grey and italic so no one mistakes it for data. */
  incomplete?: boolean;
}

export interface SummaryFooterRow {
  /** "Tổng cộng", "Tỷ lệ" */
  label: string;
  cells: readonly string[];
}

export interface SummaryTable {
  /** ["TỔNG HỢP KẾT QUẢ", "PHONG TRÀO THI ĐUA CỦA CÁC TỔ DÂN PHỐ"] */
  titleLines: readonly string[];
  subtitle: {
    /** "Phường Phan Đình Phùng" */
    ward: string;
    /** "Sơ kết 6 tháng đầu năm 2025" */
    period: string;
  };
  /** "Lập lúc 08:15 ngày 27 tháng 5 năm 2025" */
  generatedAtText: string;
  /** Header of the name column; "Tổ dân phố" by default. */
  nameHeader?: string;
  /** Header of the status column; "Trạng thái" by default. */
  statusHeader?: string;
  groups: readonly SummaryColumnGroup[];
  rows: readonly SummaryRow[];
  total: SummaryFooterRow;
  ratio?: SummaryFooterRow;
  metadata?: DocumentMetadata;
}

/** Number of data columns (without STT, name and status). */
export function dataColumnCount(table: SummaryTable): number {
  return table.groups.reduce((count, group) => count + group.columns.length, 0);
}
