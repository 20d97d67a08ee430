// The award sheets of the catalogue workbook: the award forms with their dated coefficients, the
// base salary by date and the ward's award settings. Their Vietnamese headers, help lines and
// the words a cell may hold.
import type { AwardFormKind, RecipientKind, RoundingMode, VotePassRule } from "../awards/types.js";
import type { ColumnDef } from "./layout.js";

export const AWARD_KIND_WORDS: Record<AwardFormKind, string> = { giay_khen: "Giấy khen", danh_hieu: "Danh hiệu" };
export const RECIPIENT_WORDS: Record<RecipientKind, string> = { ca_nhan: "Cá nhân", ho_gia_dinh: "Hộ gia đình", tap_the: "Tập thể" };
export const ROUNDING_WORDS: Record<RoundingMode, string> = {
  up: "Làm tròn lên",
  down: "Làm tròn xuống",
  nearest: "Làm tròn gần nhất",
  none: "Không làm tròn",
};
export const VOTE_RULE_WORDS: Record<VotePassRule, string> = {
  of_members: "Trên tổng số thành viên Hội đồng",
  of_cast: "Trên số thành viên biểu quyết",
  unanimous: "Tất cả nhất trí",
};

/** "#,##0": 2.340.000 in a Vietnamese Excel. */
export const MONEY_FORMAT = "#,##0";
/** "0.0##": 0,3 and 0,45 in a Vietnamese Excel. */
export const COEFFICIENT_FORMAT = "0.0##";

export const AWARD_FORM_COLUMNS = [
  { key: "code", header: "Mã", help: "Mã hình thức (chữ thường không dấu). Các dòng cùng mã là các mức của một hình thức. Để trống khi thêm mới: bot tự đặt từ tên.", width: 14, required: false },
  { key: "name", header: "Tên hình thức", help: "Tên đầy đủ, ví dụ Giấy khen của Chủ tịch Ủy ban nhân dân phường. Ghi ở một dòng của hình thức là đủ.", width: 34, required: false },
  { key: "kind", header: "Loại", help: "Giấy khen hoặc Danh hiệu.", width: 11, required: false, choices: Object.values(AWARD_KIND_WORDS) },
  { key: "recipientKind", header: "Đối tượng", help: "Cá nhân, Hộ gia đình hoặc Tập thể: mỗi đối tượng một dòng.", width: 12, required: true, choices: Object.values(RECIPIENT_WORDS) },
  { key: "coefficient", header: "Hệ số", help: "Số lần mức lương cơ sở, ví dụ 0,3; ghi 0 nếu không kèm tiền thưởng.", width: 8, required: true, numFmt: COEFFICIENT_FORMAT },
  { key: "validFrom", header: "Từ ngày", help: "Ngày bắt đầu áp dụng, ví dụ 01/07/2026. Hệ số mới từ một ngày: thêm dòng mới, giữ dòng cũ.", width: 12, required: true },
  { key: "validTo", header: "Đến ngày", help: "Ngày cuối áp dụng; để trống nếu chưa có ngày kết thúc (dòng có ngày bắt đầu sau sẽ thay từ ngày đó).", width: 12, required: false },
  { key: "rateBasis", header: "Căn cứ của hệ số", help: "Văn bản quy định hệ số, ví dụ Điểm e khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP.", width: 34, required: false },
  { key: "titleName", header: "Tên danh hiệu", help: "Với danh hiệu: tên ghi trong quyết định, ví dụ Gia đình văn hóa. Giấy khen: để trống.", width: 18, required: false },
  { key: "certificateTitle", header: "In trên giấy chứng nhận", help: "Tiêu đề in trên giấy: GIẤY KHEN hoặc GIẤY CHỨNG NHẬN; để trống nếu không in giấy.", width: 16, required: false },
  { key: "legalBasis", header: "Căn cứ pháp lý", help: "Các dòng “Căn cứ …” hình thức này thêm vào quyết định, mỗi căn cứ một dòng trong ô (Alt+Enter để xuống dòng).", width: 46, required: false },
  { key: "order", header: "Thứ tự", help: "Số thứ tự sắp xếp hình thức (nhỏ trước).", width: 8, required: false },
] as const satisfies readonly ColumnDef[];

export const BASE_SALARY_COLUMNS = [
  { key: "amount", header: "Mức lương cơ sở (đồng)", help: "Số đồng một tháng, ví dụ 2.530.000.", width: 18, required: true, numFmt: MONEY_FORMAT },
  { key: "validFrom", header: "Từ ngày", help: "Ngày bắt đầu áp dụng, ví dụ 01/07/2026. Mức mới: thêm dòng mới, giữ dòng cũ.", width: 14, required: true },
  { key: "legalBasis", header: "Căn cứ", help: "Văn bản quy định, ví dụ Nghị định số 161/2026/NĐ-CP.", width: 44, required: false },
] as const satisfies readonly ColumnDef[];

export const AWARD_SETTING_COLUMNS = [
  { key: "setting", header: "Cài đặt", help: "Tên cài đặt: không sửa cột này.", width: 30, required: true },
  { key: "value", header: "Giá trị", help: "Sửa giá trị ở cột này.", width: 44, required: false },
  { key: "note", header: "Cách ghi", help: "Giải thích; bot không đọc cột này.", width: 56, required: false },
] as const satisfies readonly ColumnDef[];

export type AwardFormColumn = (typeof AWARD_FORM_COLUMNS)[number]["key"];
export type BaseSalaryColumn = (typeof BASE_SALARY_COLUMNS)[number]["key"];
export type AwardSettingColumn = (typeof AWARD_SETTING_COLUMNS)[number]["key"];

/** The settings a ward edits, one row each, in the order of the sheet. */
export type AwardSettingKey = "roundingMode" | "roundingStep" | "legalBasis" | "decisionSymbol" | "postingDays" | "votePassRule" | "votePassPercent";

export interface AwardSettingRow {
  key: AwardSettingKey;
  name: string;
  note: string;
  choices?: readonly string[];
  numFmt?: string;
}

export const AWARD_SETTING_ROWS: readonly AwardSettingRow[] = [
  { key: "roundingMode", name: "Cách làm tròn số tiền thưởng", note: "Làm tròn lên, Làm tròn xuống, Làm tròn gần nhất hoặc Không làm tròn. Nghị định số 152/2025/NĐ-CP: làm tròn lên.", choices: Object.values(ROUNDING_WORDS) },
  { key: "roundingStep", name: "Làm tròn đến (đồng)", note: "10.000: làm tròn đến hàng chục nghìn đồng; 1.000: đến hàng nghìn đồng.", numFmt: MONEY_FORMAT },
  { key: "legalBasis", name: "Căn cứ chung của quyết định", note: "Các dòng “Căn cứ …” mọi quyết định khen thưởng của phường đều ghi, trước căn cứ riêng của hình thức; mỗi căn cứ một dòng trong ô (Alt+Enter)." },
  { key: "decisionSymbol", name: "Ký hiệu quyết định", note: "Phần sau số quyết định, ví dụ QĐ-UBND." },
  { key: "postingDays", name: "Số ngày niêm yết", note: "Số ngày niêm yết công khai danh sách đề nghị để lấy ý kiến, thường là 10." },
  { key: "votePassRule", name: "Cách tính biểu quyết của Hội đồng", note: "Trên tổng số thành viên Hội đồng; Trên số thành viên biểu quyết; hoặc Tất cả nhất trí.", choices: Object.values(VOTE_RULE_WORDS) },
  { key: "votePassPercent", name: "Tỷ lệ đồng ý để thông qua (%)", note: "Thông qua khi số đồng ý vượt quá tỷ lệ này; 50 là quá bán. Không dùng khi chọn Tất cả nhất trí." },
];

/** "2026-07-01" → "01/07/2026". */
export function dayText(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}
