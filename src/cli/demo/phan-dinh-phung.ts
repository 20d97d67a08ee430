// The model ward (Phường Phan Đình Phùng, Thái Nguyên) as demo data. Its aggregate is
// exactly the figures of the model report (shared/reference/bao-cao-so-ket-…-2025.txt):
// 26/26 tổ dân phố văn hóa; 5.829/5.885 hộ gia đình văn hóa (99%); 18/18 liên gia PCCC;
// 261.700.000 đồng thăm hỏi, tặng quà; 174 tập thể, 313 cá nhân, 66.100.000 đồng tiền thưởng.
import type { WardSettings } from "../../db/repos/wards.js";

export const DEMO_WARD: WardSettings = {
  slug: "phan-dinh-phung",
  name: "Phường Phan Đình Phùng",
  issuerSuperior: "",
  issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG"],
  placeName: "Phường Phan Đình Phùng",
  signerName: "Trần Đình Thìn",
  signerTitle: "CHỦ TỊCH",
  // Since 01/7/2025 there is no district level: the ward reports to the province.
  signerAuthority: "TM. ỦY BAN NHÂN DÂN",
  addressees: ["UBND tỉnh Thái Nguyên;", "Sở Nội vụ tỉnh Thái Nguyên."],
  recipients: [
    "Như trên;",
    "TT Đảng ủy - HĐND phường;",
    "Cụm thi đua số 1;",
    "Các ngành đoàn thể phường;",
    "Các tổ dân phố;",
    "Lưu: VP.",
  ],
  documentSymbol: "BC-UBND",
  documentNumber: null,
};

export interface DemoGroup {
  name: string;
  leader: string;
  phone: string;
  households: number;
  registered: number;
  cultural: number;
  learning: number;
  giftMoney: number;
  gifts: number;
  pccc: boolean;
}

const rows: Array<Omit<DemoGroup, "leader" | "phone">> = [
  { name: "Tổ 1", households: 225, registered: 224, cultural: 224, learning: 177, giftMoney: 11200000, gifts: 22, pccc: true },
  { name: "Tổ 2", households: 211, registered: 202, cultural: 198, learning: 167, giftMoney: 11200000, gifts: 22, pccc: true },
  { name: "Tổ 3", households: 237, registered: 233, cultural: 232, learning: 154, giftMoney: 12500000, gifts: 25, pccc: false },
  { name: "Tổ 4", households: 274, registered: 266, cultural: 262, learning: 179, giftMoney: 7200000, gifts: 14, pccc: true },
  { name: "Tổ 5", households: 196, registered: 189, cultural: 187, learning: 137, giftMoney: 8300000, gifts: 16, pccc: true },
  { name: "Tổ 6", households: 197, registered: 192, cultural: 190, learning: 155, giftMoney: 11900000, gifts: 23, pccc: false },
  { name: "Tổ 7", households: 299, registered: 288, cultural: 286, learning: 170, giftMoney: 11200000, gifts: 22, pccc: true },
  { name: "Tổ 8", households: 258, registered: 251, cultural: 247, learning: 149, giftMoney: 13100000, gifts: 26, pccc: false },
  { name: "Tổ 9", households: 199, registered: 195, cultural: 195, learning: 125, giftMoney: 9600000, gifts: 19, pccc: false },
  { name: "Tổ 10", households: 238, registered: 229, cultural: 226, learning: 180, giftMoney: 7800000, gifts: 15, pccc: true },
  { name: "Tổ 11", households: 258, registered: 257, cultural: 256, learning: 146, giftMoney: 11600000, gifts: 23, pccc: false },
  { name: "Tổ 12", households: 191, registered: 190, cultural: 188, learning: 146, giftMoney: 13100000, gifts: 26, pccc: false },
  { name: "Tổ 13", households: 307, registered: 299, cultural: 298, learning: 197, giftMoney: 9600000, gifts: 19, pccc: true },
  { name: "Tổ 14", households: 253, registered: 247, cultural: 245, learning: 183, giftMoney: 11400000, gifts: 22, pccc: false },
  { name: "Tổ 15", households: 212, registered: 210, cultural: 208, learning: 159, giftMoney: 10600000, gifts: 21, pccc: true },
  { name: "Tổ 16", households: 199, registered: 187, cultural: 186, learning: 136, giftMoney: 10900000, gifts: 21, pccc: true },
  { name: "Tổ 17", households: 199, registered: 194, cultural: 194, learning: 152, giftMoney: 9000000, gifts: 18, pccc: false },
  { name: "Tổ 18", households: 240, registered: 238, cultural: 233, learning: 195, giftMoney: 8000000, gifts: 16, pccc: true },
  { name: "Tổ 19", households: 242, registered: 235, cultural: 226, learning: 158, giftMoney: 7100000, gifts: 14, pccc: true },
  { name: "Tổ 20", households: 196, registered: 190, cultural: 189, learning: 163, giftMoney: 8300000, gifts: 16, pccc: true },
  { name: "Tổ 21", households: 212, registered: 212, cultural: 209, learning: 139, giftMoney: 8000000, gifts: 16, pccc: true },
  { name: "Tổ 22", households: 203, registered: 193, cultural: 191, learning: 148, giftMoney: 9000000, gifts: 18, pccc: true },
  { name: "Tổ 23", households: 253, registered: 252, cultural: 250, learning: 176, giftMoney: 9000000, gifts: 18, pccc: true },
  { name: "Tổ 24", households: 248, registered: 236, cultural: 236, learning: 152, giftMoney: 6200000, gifts: 12, pccc: true },
  { name: "Tổ 25", households: 197, registered: 189, cultural: 187, learning: 125, giftMoney: 12300000, gifts: 24, pccc: true },
  { name: "Tổ 26", households: 296, registered: 287, cultural: 286, learning: 228, giftMoney: 13600000, gifts: 27, pccc: true },
];

const leaders = [
  "Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Văn Thắng", "Phạm Thị Hoa", "Hoàng Văn Minh", "Vũ Thị Mai",
  "Đỗ Văn Bình", "Bùi Thị Hạnh", "Đặng Văn Tuấn", "Ngô Thị Thu", "Dương Văn Sơn", "Lý Thị Nga",
  "Nguyễn Đức Toàn", "Trần Văn Long", "Lê Thị Hương", "Phạm Văn Khánh", "Hoàng Thị Yến", "Vũ Văn Quang",
  "Đỗ Thị Loan", "Bùi Văn Hải", "Đặng Thị Liên", "Ngô Văn Dũng", "Dương Thị Hằng", "Lý Văn Tâm",
  "Nguyễn Thị Bích", "Trần Quốc Việt",
];

export const DEMO_GROUPS: DemoGroup[] = rows.map((row, index) => ({
  ...row,
  leader: leaders[index] ?? `Tổ trưởng ${index + 1}`,
  phone: `0912${String(345_600 + index * 7).padStart(6, "0")}`,
}));

export const DEMO_PERIOD = {
  name: "Năm 2024",
  kind: "tong_ket" as const,
  year: 2024,
  // Local dates (Asia/Ho_Chi_Minh) as UTC instants.
  startDate: new Date("2023-12-31T17:00:00.000Z"),
  endDate: new Date("2024-12-31T16:59:59.000Z"),
  deadline: new Date("2025-05-20T10:00:00.000Z"),
};

/** The period leaders are reporting now: 18 groups submitted, 3 drafts, 5 not started (Tổ 1 among them). */
export const DEMO_CURRENT_PERIOD = {
  name: "6 tháng đầu năm 2025",
  kind: "so_ket" as const,
  year: 2025,
  startDate: new Date("2024-12-31T17:00:00.000Z"),
  endDate: new Date("2025-06-30T16:59:59.000Z"),
  deadline: new Date("2025-06-20T10:00:00.000Z"),
};
export const DEMO_CURRENT_SUBMITTED = 18; // Tổ 2 … Tổ 19
export const DEMO_CURRENT_DRAFTS = 3; // Tổ 20 … Tổ 22

/** Ward-level figures the officer enters for the period (codes of DEFAULT_WARD_FIGURES). */
export const DEMO_WARD_FIGURES: Record<string, number | string> = {
  commended_collectives: 174,
  commended_individuals: 313,
  reward_money: 66_100_000,
  cchc_contest_prizes: 1,
  cchc_contest_result: "giải khuyến khích",
  pccc_contest_result: "giải khuyến khích",
};

export const DEMO_OFFICER = { fullName: "Nguyễn Thị Thanh", phone: "0988123456" };
export const DEMO_CHAIR = { fullName: "Trần Đình Thìn", phone: "0988654321" };
