// A decision of the model ward as the repo loads it: Giấy khen for two collectives, three
// people and one household, signed on 10/12/2026 (base salary 2.530.000 đồng).
import { annexTotals } from "../../../src/domain/awards/annex.js";
import { DEFAULT_AWARD_SETTINGS } from "../../../src/domain/awards/defaults.js";
import type { DecisionDocumentData, DecisionDocumentLine } from "../../../src/domain/awards/decision-document.js";
import { DEFAULT_DECISION_RECIPIENTS, DEFAULT_EXECUTORS, PROPOSAL_LINE } from "../../../src/domain/awards/decision-text.js";

const ACHIEVEMENT = "Đã có thành tích xuất sắc trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2026";

export function sampleLines(): DecisionDocumentLine[] {
  const raw: Array<Omit<DecisionDocumentLine, "stt">> = [
    { recipientKind: "tap_the", name: "Chi hội Phụ nữ tổ dân phố 5", address: "Tổ dân phố 5", position: "", achievement: ACHIEVEMENT, amount: 1_520_000 },
    { recipientKind: "ca_nhan", name: "Nguyễn Văn An", address: "Tổ dân phố 3", position: "Tổ trưởng tổ dân phố", achievement: ACHIEVEMENT, amount: 760_000 },
    { recipientKind: "ca_nhan", name: "Trần Thị Bích Ngọc", address: "Tổ dân phố 12", position: "Chi hội trưởng Chi hội Người cao tuổi", achievement: ACHIEVEMENT, amount: 760_000 },
    { recipientKind: "tap_the", name: "Ban Công tác Mặt trận tổ dân phố 8", address: "Tổ dân phố 8", position: "", achievement: ACHIEVEMENT, amount: 1_520_000 },
    { recipientKind: "ca_nhan", name: "Lê Văn Cường", address: "Tổ dân phố 1", position: "", achievement: ACHIEVEMENT, amount: 760_000 },
    { recipientKind: "ho_gia_dinh", name: "Hộ ông Phạm Văn Dũng", address: "Số 12, ngõ 5, tổ dân phố 7", position: "", achievement: ACHIEVEMENT, amount: 1_140_000 },
  ];
  return raw.map((line, index) => ({ ...line, stt: index + 1 }));
}

export function sampleDecision(overrides: { lines?: DecisionDocumentLine[]; signedForChair?: boolean; form?: Partial<DecisionDocumentData["form"]>; subject?: string } = {}): DecisionDocumentData {
  const lines = overrides.lines ?? sampleLines();
  const vice = overrides.signedForChair ?? false;
  return {
    ward: {
      issuerSuperior: "",
      issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG"],
      placeName: "Phường Phan Đình Phùng",
      timeZone: "Asia/Ho_Chi_Minh",
    },
    decision: {
      id: 1,
      number: 5,
      symbol: "QĐ-UBND",
      year: 2026,
      decisionDate: "2026-12-10",
      subject: overrides.subject ?? "tặng Giấy khen cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc trong phong trào thi đua năm 2026",
      legalBasis: [...DEFAULT_AWARD_SETTINGS.legalBasis, PROPOSAL_LINE],
      achievementClause: "đã có thành tích xuất sắc trong các phong trào thi đua năm 2026",
      executors: DEFAULT_EXECUTORS,
      recipients: DEFAULT_DECISION_RECIPIENTS,
      signerName: vice ? "Nguyễn Văn Phó" : "Trần Đình Thìn",
      signerTitle: vice ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH",
      signedForChair: vice,
      status: "signed",
      corrects: null,
    },
    form: {
      code: "giay_khen",
      name: "Giấy khen của Chủ tịch Ủy ban nhân dân phường",
      kind: "giay_khen",
      certificateTitle: "GIẤY KHEN",
      titleName: "",
      ...overrides.form,
    },
    lines,
    totals: annexTotals(lines),
  };
}

/**
 * A decision of two pages (many "Căn cứ" lines) with an annex of several pages (40 people
 * after the sample's lines): to read how the pages are numbered.
 */
export function longDecision(): DecisionDocumentData {
  const people: DecisionDocumentLine[] = Array.from({ length: 40 }, (_, index) => ({
    stt: 7 + index,
    recipientKind: "ca_nhan",
    name: `Người Thứ ${index + 1}`,
    address: `Tổ dân phố ${(index % 12) + 1}`,
    position: "",
    achievement: ACHIEVEMENT,
    amount: 760_000,
  }));
  const data = sampleDecision({ lines: [...sampleLines(), ...people] });
  const more = Array.from({ length: 14 }, (_, index) => `Căn cứ Quyết định số ${index + 10}/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân phường về việc ban hành kế hoạch thi đua chuyên đề số ${index + 1}`);
  data.decision.legalBasis = [...more, ...data.decision.legalBasis];
  return data;
}
