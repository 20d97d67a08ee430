// The catalogue workbook's layout: its sheets, their columns (Vietnamese headers and the help
// line under each) and the words a cell may hold. The workbook is what the office edits in
// Excel; this file is the one place that names its parts.
import type { IndicatorType, PeriodKind, PledgeItemType } from "../types.js";
import { AWARD_FORM_COLUMNS, AWARD_SETTING_COLUMNS, BASE_SALARY_COLUMNS } from "./awards-layout.js";

export type SheetKey = "movements" | "indicators" | "pledgeItems" | "awardForms" | "baseSalaries" | "awardSettings";
/** The award sheets: a workbook exported before they existed has none of them and leaves awards as stored. */
export const AWARD_SHEET_KEYS = ["awardForms", "baseSalaries", "awardSettings"] as const satisfies readonly SheetKey[];

export interface ColumnDef<K extends string = string> {
  key: K;
  header: string;
  /** The help line printed under the header. */
  help: string;
  width: number;
  required: boolean;
  /** A drop-down list of allowed words (data validation). */
  choices?: readonly string[];
  /** The number format of the column's cells ("#,##0"). */
  numFmt?: string;
}

export const YES = "Có";
export const NO = "Không";
export const YES_NO_CHOICES = [YES, NO] as const;

export const TYPE_WORDS: Record<IndicatorType, string> = {
  count: "Số lượng",
  money: "Số tiền",
  yes_no: "Có/Không",
  text: "Chữ",
};
export const PLEDGE_TYPE_WORDS: Record<PledgeItemType, string> = { count: "Số lượng", yes_no: "Có/Không" };

/** The ratio base written in a cell: the whole set of the period's groups. */
export const RATIO_GROUPS_WORD = "Số tổ";
/** Prefix of a ratio over the groups that pledged an item: "Đăng ký: pccc_model". */
export const RATIO_PLEDGED_PREFIX = "Đăng ký:";

export const PERIOD_KIND_COLUMNS: Record<PeriodKind, "soKet" | "tongKet" | "other"> = {
  so_ket: "soKet",
  tong_ket: "tongKet",
  other: "other",
};

export const MOVEMENT_COLUMNS = [
  { key: "code", header: "Mã", help: "Mã phong trào (chữ thường không dấu, gạch dưới). Để trống khi thêm mới: bot tự đặt.", width: 18, required: false },
  { key: "name", header: "Tên phong trào", help: "Tên đầy đủ như in trong báo cáo.", width: 60, required: true },
  { key: "order", header: "Thứ tự", help: "Số thứ tự sắp xếp (nhỏ trước).", width: 9, required: false },
] as const satisfies readonly ColumnDef[];

export const INDICATOR_COLUMNS = [
  { key: "code", header: "Mã", help: "Mã chỉ tiêu; giữ nguyên khi sửa. Để trống khi thêm mới: bot tự đặt từ tên ngắn.", width: 18, required: false },
  { key: "movement", header: "Phong trào", help: "Mã phong trào ở trang “Phong trào”; để trống: hỏi mọi kỳ, ngoài phong trào.", width: 16, required: false },
  { key: "label", header: "Tên chỉ tiêu", help: "Tên in trong bảng tổng hợp.", width: 28, required: true },
  { key: "shortLabel", header: "Tên ngắn", help: "Tên ngắn cho tiêu đề cột và mẫu báo cáo (tối đa 40 ký tự).", width: 18, required: true },
  { key: "question", header: "Câu hỏi", help: "Câu bot hỏi tổ trưởng.", width: 40, required: true },
  { key: "type", header: "Loại", help: "Số lượng, Số tiền, Có/Không hoặc Chữ.", width: 12, required: true, choices: Object.values(TYPE_WORDS) },
  { key: "unit", header: "Đơn vị", help: "Ví dụ: hộ, suất, đồng.", width: 9, required: false },
  { key: "example", header: "Ví dụ trả lời", help: "Gợi ý cách trả lời, ví dụ 245 hoặc 8,5 triệu.", width: 12, required: false },
  { key: "rules", header: "Điều kiện", help: "Ví dụ “≥ 1” hoặc “≥ 0; ≤ households_total” (không vượt chỉ tiêu có mã đó). Cách nhau bằng dấu chấm phẩy.", width: 20, required: false },
  { key: "ratio", header: "Tính tỷ lệ trên", help: "Để trống; “Số tổ”; mã một chỉ tiêu khác; hoặc “Đăng ký: mã nội dung đăng ký”.", width: 16, required: false },
  { key: "optional", header: "Không bắt buộc", help: "Có: tổ trưởng được bỏ qua câu này.", width: 9, required: false, choices: YES_NO_CHOICES },
  { key: "offerPrevious", header: "Gợi ý số kỳ trước", help: "Có: bot đưa số của kỳ trước để bấm chọn nhanh.", width: 9, required: false, choices: YES_NO_CHOICES },
  { key: "soKet", header: "Sơ kết", help: "Có: hỏi trong kỳ sơ kết (6 tháng đầu năm).", width: 8, required: false, choices: YES_NO_CHOICES },
  { key: "tongKet", header: "Tổng kết", help: "Có: hỏi trong kỳ tổng kết (cả năm).", width: 8, required: false, choices: YES_NO_CHOICES },
  { key: "other", header: "Kỳ khác", help: "Có: hỏi trong kỳ quý, chuyên đề.", width: 8, required: false, choices: YES_NO_CHOICES },
  { key: "order", header: "Thứ tự", help: "Số thứ tự câu hỏi (nhỏ hỏi trước).", width: 9, required: false },
] as const satisfies readonly ColumnDef[];

export const PLEDGE_COLUMNS = [
  { key: "code", header: "Mã", help: "Mã nội dung đăng ký; để trống khi thêm mới.", width: 20, required: false },
  { key: "title", header: "Nội dung đăng ký", help: "Nội dung tổ đăng ký, ký cam kết đầu năm.", width: 60, required: true },
  { key: "type", header: "Loại", help: "Số lượng (chỉ tiêu phấn đấu) hoặc Có/Không (đăng ký danh hiệu, mô hình).", width: 12, required: true, choices: Object.values(PLEDGE_TYPE_WORDS) },
  { key: "unit", header: "Đơn vị", help: "Ví dụ: hộ.", width: 9, required: false },
  { key: "order", header: "Thứ tự", help: "Số thứ tự sắp xếp.", width: 9, required: false },
] as const satisfies readonly ColumnDef[];

export type MovementColumn = (typeof MOVEMENT_COLUMNS)[number]["key"];
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number]["key"];
export type PledgeColumn = (typeof PLEDGE_COLUMNS)[number]["key"];

export const SHEETS: Record<SheetKey, { name: string; columns: readonly ColumnDef[] }> = {
  movements: { name: "Phong trào", columns: MOVEMENT_COLUMNS },
  indicators: { name: "Chỉ tiêu", columns: INDICATOR_COLUMNS },
  pledgeItems: { name: "Đăng ký thi đua", columns: PLEDGE_COLUMNS },
  awardForms: { name: "Hình thức khen thưởng", columns: AWARD_FORM_COLUMNS },
  baseSalaries: { name: "Mức lương cơ sở", columns: BASE_SALARY_COLUMNS },
  awardSettings: { name: "Cài đặt khen thưởng", columns: AWARD_SETTING_COLUMNS },
};
export const SHEET_ORDER: readonly SheetKey[] = ["movements", "indicators", "pledgeItems", "awardForms", "baseSalaries", "awardSettings"];

export const HELP_SHEET_NAME = "Hướng dẫn";
export const HELP_LINES: readonly string[] = [
  "DANH MỤC PHONG TRÀO, CHỈ TIÊU, NỘI DUNG ĐĂNG KÝ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG",
  "",
  "Cách dùng: sửa ở các trang “Phong trào”, “Chỉ tiêu”, “Đăng ký thi đua”, “Hình thức khen thưởng”, “Mức lương cơ sở”, “Cài đặt khen thưởng”, lưu lại rồi gửi tệp này cho bot (gửi dạng tệp).",
  "Dòng 1 của mỗi trang là tiêu đề, dòng 2 là hướng dẫn: không xóa, không sửa hai dòng này. Dữ liệu bắt đầu từ dòng 3.",
  "Thêm một dòng để thêm mới (để trống cột “Mã”, bot tự đặt). Xóa một dòng để thôi dùng.",
  "Sửa câu chữ (câu hỏi, tên) có hiệu lực ngay. Đổi loại hoặc điều kiện của chỉ tiêu đã có tổ trả lời thì áp dụng từ kỳ sau; kỳ đang báo cáo giữ nguyên.",
  "Không xóa được chỉ tiêu đã có số liệu: số liệu cũ phải giữ nguyên. Muốn thôi hỏi ở kỳ sau thì ghi “Không” ở các cột Sơ kết, Tổng kết, Kỳ khác.",
  "Bot kiểm tra toàn bộ tệp trước khi lưu: nếu có lỗi, bot báo trang, dòng, cột và không lưu gì.",
  "Trong mẫu báo cáo, viết {chi_tieu_<mã>} để in số liệu của một chỉ tiêu, ví dụ {chi_tieu_households_total}.",
  "Khen thưởng: số tiền thưởng = hệ số × mức lương cơ sở áp dụng vào ngày ký quyết định, làm tròn theo trang “Cài đặt khen thưởng”.",
  "Hệ số hoặc mức lương cơ sở mới từ một ngày: thêm một dòng mới với ngày đó và giữ dòng cũ. Quyết định đã ký không thay đổi: bot không nhận sửa, xóa dòng hệ số hoặc mức lương đã dùng cho quyết định đã ký, hay thêm dòng bắt đầu từ ngày ký của quyết định đó trở về trước.",
  "Xóa hết các dòng của một hình thức để thôi dùng hình thức đó (các quyết định cũ giữ nguyên). Mức lương cơ sở là mức chung của cả nước, dùng cho mọi phường.",
];

/** Indicator placeholders in the báo cáo template: "{chi_tieu_households_total}". */
export const INDICATOR_PLACEHOLDER_PREFIX = "chi_tieu_";
