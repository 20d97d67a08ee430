// The award forms a ward's chairman decides, as installed for a new ward (editable data), the
// base salaries by date and the default settings. Sources: /work/shared/reference/khen-thuong.md
// §1–2. Coefficients of Nghị định 152/2025/NĐ-CP hold from 01/7/2025; the Giấy khen's earlier
// 0,15 lần is Nghị định 98/2023/NĐ-CP's (01/01/2024 – 30/6/2025).
import type { AwardFormDef, AwardSettingsDef, BaseSalaryDef } from "./types.js";

const ND98 = "Nghị định số 98/2023/NĐ-CP";
const ND152_54E = "Điểm e khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP";
const ND152_50 = "Điều 50 Nghị định số 152/2025/NĐ-CP";
const ND86 =
  "Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”, “Thôn, tổ dân phố văn hóa”, “Xã, phường, thị trấn tiêu biểu”";

export const DEFAULT_BASE_SALARIES: readonly BaseSalaryDef[] = [
  { validFrom: "2023-07-01", amount: 1_800_000, legalBasis: "Nghị định số 24/2023/NĐ-CP" },
  { validFrom: "2024-07-01", amount: 2_340_000, legalBasis: "Nghị định số 73/2024/NĐ-CP" },
  { validFrom: "2026-07-01", amount: 2_530_000, legalBasis: "Nghị định số 161/2026/NĐ-CP" },
];

export const DEFAULT_AWARD_SETTINGS: AwardSettingsDef = {
  rounding: { mode: "up", step: 10_000 },
  votePassRule: "of_members",
  votePassPercent: 50,
  postingDays: 10,
  legalBasis: [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
  ],
  decisionSymbol: "QĐ-UBND",
};

export const DEFAULT_AWARD_FORMS: readonly AwardFormDef[] = [
  {
    code: "giay_khen",
    name: "Giấy khen của Chủ tịch Ủy ban nhân dân phường",
    kind: "giay_khen",
    certificateTitle: "GIẤY KHEN",
    titleName: "",
    legalBasis: [],
    order: 1,
    rates: [
      { recipientKind: "ca_nhan", coefficientMilli: 150, validFrom: "2024-01-01", validTo: "2025-06-30", legalBasis: ND98 },
      { recipientKind: "tap_the", coefficientMilli: 300, validFrom: "2024-01-01", validTo: "2025-06-30", legalBasis: ND98 },
      { recipientKind: "ca_nhan", coefficientMilli: 300, validFrom: "2025-07-01", validTo: null, legalBasis: ND152_54E },
      { recipientKind: "tap_the", coefficientMilli: 600, validFrom: "2025-07-01", validTo: null, legalBasis: `${ND152_54E} (gấp hai lần cá nhân)` },
      { recipientKind: "ho_gia_dinh", coefficientMilli: 450, validFrom: "2025-07-01", validTo: null, legalBasis: "Khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP (1,5 lần cá nhân)" },
    ],
  },
  {
    code: "gdvh",
    name: "Danh hiệu “Gia đình văn hóa”",
    kind: "danh_hieu",
    certificateTitle: "GIẤY CHỨNG NHẬN",
    titleName: "Gia đình văn hóa",
    legalBasis: [ND86],
    order: 2,
    rates: [{ recipientKind: "ho_gia_dinh", coefficientMilli: 0, validFrom: "2024-01-30", validTo: null, legalBasis: "Nghị định số 86/2023/NĐ-CP" }],
  },
  {
    code: "tdpvh",
    name: "Danh hiệu “Tổ dân phố văn hóa”",
    kind: "danh_hieu",
    certificateTitle: "GIẤY CHỨNG NHẬN",
    titleName: "Tổ dân phố văn hóa",
    legalBasis: [ND86],
    order: 3,
    rates: [{ recipientKind: "tap_the", coefficientMilli: 1500, validFrom: "2025-07-01", validTo: null, legalBasis: ND152_50 }],
  },
  {
    code: "ldtt",
    name: "Danh hiệu “Lao động tiên tiến”",
    kind: "danh_hieu",
    certificateTitle: "",
    titleName: "Lao động tiên tiến",
    legalBasis: [],
    order: 4,
    rates: [{ recipientKind: "ca_nhan", coefficientMilli: 300, validFrom: "2024-01-01", validTo: null, legalBasis: ND152_50 }],
  },
];
