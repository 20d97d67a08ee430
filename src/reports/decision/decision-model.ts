// The Quyết định khen thưởng (Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.2) as plain content:
// the báo cáo's header and signature (AdminDocument), the authority line, the italic "Căn cứ"
// lines, "QUYẾT ĐỊNH:", Điều 1–3, and the annex (Mẫu 2.1) with its table and totals.
import { countsPhrase, kindsPhrase, punctuateBasis } from "../../domain/awards/decision-text.js";
import type { DecisionDocumentData, DecisionDocumentLine } from "../../domain/awards/decision-document.js";
import { parseIsoDay } from "../../domain/awards/days.js";
import type { RecipientKind } from "../../domain/awards/types.js";
import { formatDateLong, formatDocumentNumber, formatNd30Date, formatNd30DateLine } from "../../domain/format.js";
import { formatMoney, formatNumber } from "../../domain/format/numbers.js";
import type { AdminDocument, TableBlock } from "../admin-document.js";
import { balanceLine } from "../balance-lines.js";
import { tinosMetrics } from "../font-metrics.js";
import { capitals, ND30_PAGE, ND30_SIZE } from "../nd30-style.js";
import { mmToPt } from "../units.js";

export interface DecisionArticle {
  /** "Điều 1." */
  heading: string;
  text: string;
}

export interface DecisionAnnex {
  /** "DANH SÁCH" */
  title: string;
  /** The bold line(s) under it: who, for what. */
  subjectLines: string[];
  /** "(Kèm theo Quyết định số …)", italic. */
  attachedTo: string;
  table: TableBlock;
}

export interface DecisionModel {
  /** Header, "QUYẾT ĐỊNH", "Về việc …", signature, Nơi nhận (the báo cáo's pieces). */
  document: AdminDocument;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG …". */
  authorityLine: string;
  /** Punctuated "Căn cứ …;" lines (the last ends with "."), printed in italics. */
  basis: string[];
  /** "QUYẾT ĐỊNH:" */
  decides: string;
  articles: DecisionArticle[];
  annex: DecisionAnnex;
}

const TEXT_WIDTH = mmToPt(ND30_PAGE.widthMm - ND30_PAGE.marginLeftMm - ND30_PAGE.marginRightMm);
const KIND_ORDER: RecipientKind[] = ["tap_the", "ca_nhan", "ho_gia_dinh"];
const EACH: Record<RecipientKind, string> = { tap_the: "Mỗi tập thể", ca_nhan: "Mỗi cá nhân", ho_gia_dinh: "Mỗi hộ gia đình" };

function calendar(day: string) {
  return parseIsoDay(day);
}

/** "Số: 05/QĐ-UBND" (a draft: "Số:      /QĐ-UBND"). */
export function decisionNumberLine(data: DecisionDocumentData): string {
  return formatDocumentNumber(data.decision.number, data.decision.symbol);
}

/** "Quyết định số 05/QĐ-UBND ngày 10 tháng 12 năm 2026" as running text cites it. */
export function decisionCitation(number: number | null, symbol: string, day: string): string {
  const shown = number === null ? "     " : String(number).padStart(2, "0");
  return `Quyết định số ${shown}/${symbol} ngày ${formatNd30Date(calendar(day)).replace(/^ngày /u, "")}`;
}

function authorityLine(data: DecisionDocumentData): string {
  return `CHỦ TỊCH ${data.ward.issuerNameLines.map((line) => capitals(line.trim())).join(" ")}`;
}

/** The ward as running text names it: "phường Phan Đình Phùng". */
function wardInText(data: DecisionDocumentData): string {
  return data.ward.placeName.replace(/^Phường/u, "phường").replace(/^Xã/u, "xã");
}

/** Điều 2's money: "Mỗi tập thể được thưởng 1.520.000 đồng, …" when a kind's lines share one amount. */
function moneySentence(data: DecisionDocumentData): string | null {
  if (data.totals.amount === 0) return null;
  const parts: string[] = [];
  for (const kind of KIND_ORDER) {
    const amounts = new Set(data.lines.filter((line) => line.recipientKind === kind).map((line) => line.amount));
    if (amounts.size === 0) continue;
    if (amounts.size > 1) return `Tiền thưởng theo danh sách kèm theo, tổng số ${formatMoney(data.totals.amount)}, từ Quỹ thi đua, khen thưởng phường.`;
    parts.push(`${parts.length === 0 ? EACH[kind] : EACH[kind].toLocaleLowerCase("vi")} được thưởng ${formatMoney([...amounts][0]!)}`);
  }
  return `${parts.join(", ")}, từ Quỹ thi đua, khen thưởng phường. Tổng số tiền thưởng: ${formatMoney(data.totals.amount)}.`;
}

function articles(data: DecisionDocumentData): DecisionArticle[] {
  const { decision, form, totals } = data;
  const year = calendar(decision.decisionDate).year;
  const counts = countsPhrase(totals);
  const first =
    form.kind === "danh_hieu"
      ? `Công nhận ${counts} đạt danh hiệu “${form.titleName}” năm ${year} (có danh sách kèm theo).`
      : `Tặng ${form.name} cho ${counts} (có danh sách kèm theo), ${decision.achievementClause}.`;
  const replaces = decision.corrects
    ? ` Quyết định này thay thế ${decisionCitation(decision.corrects.number, decision.corrects.symbol, decision.corrects.decisionDate)} của Chủ tịch Ủy ban nhân dân ${wardInText(data)}.`
    : "";
  const inForce = `Quyết định này có hiệu lực kể từ ngày ký.${replaces}`;
  const execute = `${decision.executors} chịu trách nhiệm thi hành Quyết định này./.`;
  const money = moneySentence(data);
  const rest = money ? [money, `${inForce} ${execute}`] : [inForce, execute];
  return [first, ...rest].map((text, index) => ({ heading: `Điều ${index + 1}.`, text }));
}

function annexTable(lines: readonly DecisionDocumentLine[], household: boolean): TableBlock {
  const withMoney = lines.some((line) => line.amount > 0);
  const withAchievement = lines.some((line) => line.achievement.trim() !== "");
  const headers = ["STT", household ? "Họ và tên chủ hộ" : "Tên tập thể, họ và tên", household ? "Địa chỉ" : "Chức vụ, đơn vị, địa chỉ"];
  const align: ("left" | "center" | "right")[] = ["center", "left", "left"];
  if (withAchievement) {
    headers.push("Thành tích");
    align.push("left");
  }
  if (withMoney) {
    headers.push("Số tiền (đồng)");
    align.push("right");
  }
  const rows = lines.map((line) => {
    const cells = [String(line.stt), line.name, [line.position, line.address].filter((part) => part.trim() !== "").join(", ")];
    if (withAchievement) cells.push(line.achievement);
    if (withMoney) cells.push(formatNumber(line.amount));
    return cells;
  });
  const total = ["", `Tổng cộng: ${formatNumber(lines.length)}`, ""];
  if (withAchievement) total.push("");
  if (withMoney) total.push(formatNumber(lines.reduce((sum, line) => sum + line.amount, 0)));
  return { headers, rows, total, align };
}

function annex(data: DecisionDocumentData): DecisionAnnex {
  const { decision, form } = data;
  const year = calendar(decision.decisionDate).year;
  const ordered = [...data.lines].sort((a, b) => KIND_ORDER.indexOf(a.recipientKind) - KIND_ORDER.indexOf(b.recipientKind) || a.stt - b.stt);
  const numbered = ordered.map((line, index) => ({ ...line, stt: index + 1 }));
  // Broken where the phrase breaks ("… được tặng" / the form), never inside "Giấy khen".
  const [who, what] =
    form.kind === "danh_hieu"
      ? [`${capitalise(kindsPhrase(data.totals))} đạt danh hiệu`, `“${form.titleName}” năm ${year}`]
      : [`${capitalise(kindsPhrase(data.totals))} được tặng`, form.name];
  const bold = tinosMetrics("bold");
  const fits = bold.widthOf(`${who} ${what}`, ND30_SIZE.subject) <= TEXT_WIDTH * 0.9;
  return {
    title: "DANH SÁCH",
    subjectLines: fits ? [`${who} ${what}`] : [who, what],
    attachedTo: `(Kèm theo ${decisionCitation(decision.number, decision.symbol, decision.decisionDate)} của Chủ tịch Ủy ban nhân dân ${wardInText(data)})`,
    table: annexTable(numbered, numbered.every((line) => line.recipientKind === "ho_gia_dinh")),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

export function decisionModel(data: DecisionDocumentData, now: Date): DecisionModel {
  const { decision } = data;
  const bold = tinosMetrics("bold");
  const subject = `Về việc ${decision.subject}`;
  const document: AdminDocument = {
    issuer: { superior: data.ward.issuerSuperior, nameLines: data.ward.issuerNameLines },
    numberLine: decisionNumberLine(data),
    placeDateLine: formatNd30DateLine(data.ward.placeName, calendar(decision.decisionDate)),
    kindTitle: "QUYẾT ĐỊNH",
    subjectLines: balanceLine(subject, TEXT_WIDTH * 0.9, (text) => bold.widthOf(text, ND30_SIZE.subject)),
    addressees: [],
    body: [],
    signature: decision.signedForChair
      ? { authority: "KT. CHỦ TỊCH", title: decision.signerTitle || "PHÓ CHỦ TỊCH", name: decision.signerName }
      : { title: decision.signerTitle || "CHỦ TỊCH", name: decision.signerName },
    distribution: decision.recipients,
    metadata: {
      title: `Quyết định ${decisionNumberLine(data).replace(/^Số:\s*/u, "")} - ${decision.subject}`,
      author: `UBND ${wardInText(data)}`,
      subject: "QUYẾT ĐỊNH",
      creationDate: now,
    },
  };
  return {
    document,
    authorityLine: authorityLine(data),
    basis: punctuateBasis(decision.legalBasis),
    decides: "QUYẾT ĐỊNH:",
    articles: articles(data),
    annex: annex(data),
  };
}

/** "ngày 10 tháng 12 năm 2026" of a stored day (for chat messages and file names). */
export function decisionDayLong(day: string): string {
  return formatDateLong(calendar(day));
}
