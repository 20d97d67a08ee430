// The default wording of a decision: its trích yếu, Điều 1's clause, Điều 3's executors, the
// closing "Theo đề nghị …" line, and the lines of "Căn cứ" with their punctuation
// (Nghị định 30/2020, Phụ lục I: each ends with ";", the last with ".").
import type { AnnexTotals } from "./annex.js";
import type { AwardFormKind, RecipientKind } from "./types.js";

const KIND_WORDS: Record<RecipientKind, string> = { tap_the: "tập thể", ca_nhan: "cá nhân", ho_gia_dinh: "hộ gia đình" };
const KIND_ORDER: RecipientKind[] = ["tap_the", "ca_nhan", "ho_gia_dinh"];

export function recipientKindWord(kind: RecipientKind): string {
  return KIND_WORDS[kind];
}

/** "tập thể, cá nhân" / "tập thể, cá nhân và hộ gia đình": the kinds present, in document order. */
export function kindsPhrase(totals: AnnexTotals): string {
  const words = KIND_ORDER.filter((kind) => totals.byKind[kind] > 0).map((kind) => KIND_WORDS[kind]);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} và ${words[words.length - 1]}`;
}

/** "3 tập thể, 5 cá nhân và 2 hộ gia đình". */
export function countsPhrase(totals: AnnexTotals): string {
  const parts = KIND_ORDER.filter((kind) => totals.byKind[kind] > 0).map((kind) => `${totals.byKind[kind]} ${KIND_WORDS[kind]}`);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} và ${parts[parts.length - 1]}`;
}

export interface SubjectForm {
  kind: AwardFormKind;
  titleName: string;
}

/** The trích yếu after "Về việc ". */
export function defaultSubject(form: SubjectForm, totals: AnnexTotals, year: number): string {
  if (form.kind === "danh_hieu") return `công nhận danh hiệu “${form.titleName}” năm ${year}`;
  return `tặng Giấy khen cho ${kindsPhrase(totals)} có thành tích xuất sắc trong phong trào thi đua năm ${year}`;
}

export function defaultAchievementClause(year: number): string {
  return `đã có thành tích xuất sắc trong các phong trào thi đua năm ${year}`;
}

/**
 * Điều 3's executors as a new decision stores them: none typed, so the document words the
 * default from vi.ftl (decision-executors-default), naming only the kinds its annex has.
 */
export const DEFAULT_EXECUTORS = "";

/** The one fixed text decisions stored before: read as "none typed" (it named every kind). */
export const LEGACY_DEFAULT_EXECUTORS =
  "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng các tổ dân phố và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1";

export const DEFAULT_DECISION_RECIPIENTS = ["Như Điều 3", "Lưu: VT, VP"];

export const PROPOSAL_LINE = "Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường";

/** The "Căn cứ" lines with their ends: ";" after each, "." after the last (any end already typed is replaced). */
export function punctuateBasis(lines: readonly string[]): string[] {
  const bare = lines.map((line) => line.trim().replace(/[;.,]+$/u, "")).filter((line) => line !== "");
  return bare.map((line, index) => `${line}${index === bare.length - 1 ? "." : ";"}`);
}
