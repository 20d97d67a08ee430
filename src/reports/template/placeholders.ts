// The figures a report template may ask for. Values arrive already formatted the Vietnamese
// way, as src/domain/format.ts writes them: 5.829/5.885 (formatFraction), 99% (formatPercentOf
// with precision 0), 261.700.000 đồng (formatMoney), 01 (formatTwoDigits). The words around
// them are the template's.

export interface PlaceholderDef {
  name: string;
  /** What the value must contain. */
  description: string;
  /** The value for the model ward (Phan Đình Phùng, sơ kết 2025). */
  example: string;
}

export const REPORT_PLACEHOLDERS: readonly PlaceholderDef[] = [
  { name: "ten_phuong", description: "Tên phường, không kèm chữ “phường”", example: "Phan Đình Phùng" },
  { name: "nam", description: "Năm của số liệu được báo cáo", example: "2024" },
  { name: "nam_bao_cao", description: "Năm lập báo cáo", example: "2025" },
  {
    name: "to_dan_pho_van_hoa",
    description: "Số tổ dân phố đạt tổ dân phố văn hóa / tổng số tổ dân phố",
    example: "26/26",
  },
  {
    name: "ho_gia_dinh_van_hoa",
    description: "Số hộ đạt gia đình văn hóa / số hộ đăng ký (formatFraction)",
    example: "5.829/5.885",
  },
  {
    name: "ty_le_gia_dinh_van_hoa",
    description: "Tỷ lệ hộ đạt gia đình văn hóa trên số hộ đăng ký, có dấu % (formatPercentOf, 0 chữ số lẻ)",
    example: "99%",
  },
  {
    name: "tien_tham_hoi_tang_qua",
    description: "Tổng số tiền thăm hỏi, tặng quà, kèm chữ “đồng” (formatMoney)",
    example: "261.700.000 đồng",
  },
  {
    name: "giai_cchc",
    description: "Kết quả cuộc thi “Tìm hiểu Cải cách hành chính”: số giải (hai chữ số) và loại giải",
    example: "01 giải khuyến khích",
  },
  {
    name: "lien_gia_pccc",
    description: "Số tổ dân phố có mô hình liên gia/ngõ an toàn PCCC / số tổ đăng ký",
    example: "18/18",
  },
  {
    name: "ket_qua_pccc",
    description: "Kết quả hội thi phòng cháy, chữa cháy, nguyên văn như Văn phòng nhập ở mục số liệu của phường",
    example: "giải khuyến khích",
  },
  { name: "khen_thuong_tap_the", description: "Số tập thể được khen thưởng", example: "174" },
  { name: "khen_thuong_ca_nhan", description: "Số cá nhân được khen thưởng", example: "313" },
  {
    name: "tien_thuong",
    description: "Tổng số tiền đã thưởng, kèm chữ “đồng” (formatMoney)",
    example: "66.100.000 đồng",
  },
];

export const REPORT_PLACEHOLDER_NAMES: readonly string[] = REPORT_PLACEHOLDERS.map((def) => def.name);

/**
 * Where the figures of the indicators the text does not place go: a `{bang:chi_tieu_khac}` line
 * puts them there; without one they follow the last block of part I (src/reports/compile/other-indicators.ts).
 */
export const OTHER_INDICATORS_TABLE = "chi_tieu_khac";

/** Tables the báo cáo sơ kết can insert at a `{bang:…}` line. */
export const REPORT_TABLE_NAMES: readonly string[] = [OTHER_INDICATORS_TABLE];

/**
 * The indicators a fixed figure states, so a template that writes the figure has placed them:
 * {ho_gia_dinh_van_hoa} is households_cultural over households_registered.
 */
export const FIXED_FIGURE_INDICATORS: Readonly<Record<string, readonly string[]>> = {
  to_dan_pho_van_hoa: ["cultural_group"],
  ho_gia_dinh_van_hoa: ["households_cultural", "households_registered"],
  ty_le_gia_dinh_van_hoa: ["households_cultural", "households_registered"],
  tien_tham_hoi_tang_qua: ["poverty_gift_money"],
  lien_gia_pccc: ["pccc_model"],
};

/** The model ward's values: what the demo data must reproduce. */
export function examplePlaceholderValues(): Record<string, string> {
  return Object.fromEntries(REPORT_PLACEHOLDERS.map((def) => [def.name, def.example]));
}
