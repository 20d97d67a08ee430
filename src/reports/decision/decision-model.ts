// The Quyết định khen thưởng (Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.2) as plain content:
// the báo cáo's header and signature (AdminDocument), the authority line, the italic "Căn cứ"
// lines, "QUYẾT ĐỊNH:", Điều 1–3, and the annex (Mẫu 2.1) with its table and totals.
import { ANNEX_KIND_ORDER } from "../../domain/awards/annex.js";
import { countsPhrase, kindsPhrase, LEGACY_DEFAULT_EXECUTORS, punctuateBasis } from "../../domain/awards/decision-text.js";
import type { DecisionDocumentData, DecisionDocumentLine } from "../../domain/awards/decision-document.js";
import { parseIsoDay } from "../../domain/awards/days.js";
import { DOCUMENT_NUMBER_BLANK, documentNumberText, formatDateLong, formatDocumentNumber, formatNd30Date, formatNd30DateLine } from "../../domain/format.js";
import { formatMoney, formatNumber } from "../../domain/format/numbers.js";
import { labelInSentence } from "../../domain/validate.js";
import type { AdminDocument, TableBlock } from "../admin-document.js";
import { balanceLine } from "../balance-lines.js";
import { tinosMetrics } from "../font-metrics.js";
import { capitals, ND30_PAGE, ND30_SIZE } from "../nd30-style.js";
import { mmToPt } from "../units.js";
import { words } from "../../i18n/words.js";

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

function calendar(day: string) {
  return parseIsoDay(day);
}

/** "Số: 05/QĐ-UBND" (a draft: "Số:      /QĐ-UBND"). */
export function decisionNumberLine(data: DecisionDocumentData): string {
  return formatDocumentNumber(data.decision.number, data.decision.symbol);
}

/** "Quyết định số 05/QĐ-UBND ngày 10 tháng 12 năm 2026" as running text cites it. */
export function decisionCitation(number: number | null, symbol: string, day: string): string {
  const shown = number === null ? DOCUMENT_NUMBER_BLANK : documentNumberText(number);
  const date = formatNd30Date(calendar(day)).replace(/^ngày /u, "");
  return words("decision-citation", { number: shown, symbol, date });
}

function authorityLine(data: DecisionDocumentData): string {
  return words("decision-authority", { ward: data.ward.issuerNameLines.map((line) => capitals(line.trim())).join(" ") });
}

/** The ward as running text names it: "phường Phan Đình Phùng". */
function wardInText(data: DecisionDocumentData): string {
  return labelInSentence(data.ward.placeName);
}

/** Điều 2's money: "Mỗi tập thể được thưởng 1.520.000 đồng, …" when a kind's lines share one amount. */
function moneySentence(data: DecisionDocumentData): string | null {
  if (data.totals.amount === 0) return null;
  const parts: string[] = [];
  for (const kind of ANNEX_KIND_ORDER) {
    const amounts = new Set(data.lines.filter((line) => line.recipientKind === kind).map((line) => line.amount));
    if (amounts.size === 0) continue;
    if (amounts.size > 1) return words("decision-money-varied", { total: formatMoney(data.totals.amount) });
    const each = words("decision-money-each", { kind, amount: formatMoney([...amounts][0]!) });
    parts.push(parts.length === 0 ? each : each.charAt(0).toLocaleLowerCase("vi") + each.slice(1));
  }
  return words("decision-money", { each: parts.join(", "), total: formatMoney(data.totals.amount) });
}

/**
 * Điều 3's executors: the decision's own text, or, when none was typed (or the one fixed text
 * stored before, which named every kind), the default naming only the kinds the annex has:
 * "… và các hộ gia đình có tên tại Điều 1".
 */
function executors(data: DecisionDocumentData): string {
  const typed = data.decision.executors.trim();
  if (typed !== "" && typed !== LEGACY_DEFAULT_EXECUTORS) return typed;
  const kinds = ANNEX_KIND_ORDER.filter((kind) => data.totals.byKind[kind] > 0).map((kind) => words("decision-executors-kind", { kind }));
  return words("decision-executors-default", { kinds: kinds.join(", ") });
}

function articles(data: DecisionDocumentData): DecisionArticle[] {
  const { decision, form, totals } = data;
  const year = calendar(decision.decisionDate).year;
  const counts = countsPhrase(totals);
  const first =
    form.kind === "danh_hieu"
      ? words("decision-award-title", { counts, title: form.titleName, year: String(year) })
      : words("decision-award-form", { form: form.name, counts, achievement: decision.achievementClause });
  const replaces = decision.corrects
    ? ` ${words("decision-replaces", { citation: decisionCitation(decision.corrects.number, decision.corrects.symbol, decision.corrects.decisionDate), ward: wardInText(data) })}`
    : "";
  const inForce = `${words("decision-in-force")}${replaces}`;
  const execute = words("decision-executors", { executors: executors(data) });
  const money = moneySentence(data);
  const rest = money ? [money, `${inForce} ${execute}`] : [inForce, execute];
  return [first, ...rest].map((text, index) => ({ heading: words("decision-article", { number: String(index + 1) }), text }));
}

/** The annex's optional columns, by header (the renderers size them). */
export const ANNEX_AMOUNT_HEADER = () => words("decision-annex-col-amount");
export const ANNEX_ACHIEVEMENT_HEADER = () => words("decision-annex-col-achievement");

function annexTable(lines: readonly DecisionDocumentLine[], household: boolean): TableBlock {
  const withMoney = lines.some((line) => line.amount > 0);
  const withAchievement = lines.some((line) => line.achievement.trim() !== "");
  const headers = [
    words("doc-col-number"),
    words(household ? "decision-annex-col-household" : "decision-annex-col-name"),
    words(household ? "decision-annex-col-address" : "decision-annex-col-place"),
  ];
  const align: ("left" | "center" | "right")[] = ["center", "left", "left"];
  if (withAchievement) {
    headers.push(ANNEX_ACHIEVEMENT_HEADER());
    align.push("left");
  }
  if (withMoney) {
    headers.push(ANNEX_AMOUNT_HEADER());
    align.push("right");
  }
  const rows = lines.map((line) => {
    const cells = [String(line.stt), line.name, [line.position, line.address].filter((part) => part.trim() !== "").join(", ")];
    if (withAchievement) cells.push(line.achievement);
    if (withMoney) cells.push(formatNumber(line.amount));
    return cells;
  });
  const total = ["", words("decision-annex-total", { count: formatNumber(lines.length) }), ""];
  if (withAchievement) total.push("");
  if (withMoney) total.push(formatNumber(lines.reduce((sum, line) => sum + line.amount, 0)));
  return { headers, rows, total, align };
}

function annex(data: DecisionDocumentData): DecisionAnnex {
  const { decision, form } = data;
  const year = calendar(decision.decisionDate).year;
  // The lines come in the annex's order, numbered (withLinesInAnnexOrder, before any renderer):
  // the certificates print the same order and numbers.
  const numbered = data.lines;
  // Broken where the phrase breaks ("… được tặng" / the form), never inside "Giấy khen".
  const [who, what] =
    form.kind === "danh_hieu"
      ? [words("decision-annex-who-title", { who: capitalise(kindsPhrase(data.totals)) }), words("decision-annex-what-title", { title: form.titleName, year: String(year) })]
      : [words("decision-annex-who-form", { who: capitalise(kindsPhrase(data.totals)) }), form.name];
  const bold = tinosMetrics("bold");
  const fits = bold.widthOf(`${who} ${what}`, ND30_SIZE.subject) <= TEXT_WIDTH * 0.9;
  return {
    title: words("decision-annex-title"),
    subjectLines: fits ? [`${who} ${what}`] : [who, what],
    attachedTo: words("decision-annex-attached", { citation: decisionCitation(decision.number, decision.symbol, decision.decisionDate), ward: wardInText(data) }),
    table: annexTable(numbered, numbered.every((line) => line.recipientKind === "ho_gia_dinh")),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

export function decisionModel(data: DecisionDocumentData, now: Date): DecisionModel {
  const { decision } = data;
  const bold = tinosMetrics("bold");
  const subject = words("decision-subject", { subject: decision.subject });
  const document: AdminDocument = {
    issuer: { superior: data.ward.issuerSuperior, nameLines: data.ward.issuerNameLines },
    numberLine: decisionNumberLine(data),
    placeDateLine: formatNd30DateLine(data.ward.placeName, calendar(decision.decisionDate)),
    kindTitle: words("decision-kind-title"),
    subjectLines: balanceLine(subject, TEXT_WIDTH * 0.9, (text) => bold.widthOf(text, ND30_SIZE.subject)),
    addressees: [],
    body: [],
    signature: decision.signedForChair
      ? { authority: words("decision-for-chair"), title: decision.signerTitle || words("decision-vice-chair"), name: decision.signerName }
      : { title: decision.signerTitle || words("decision-chair"), name: decision.signerName },
    distribution: decision.recipients,
    metadata: {
      title: words("decision-metadata-title", { number: decisionNumberLine(data).replace(/^[^:]+:\s*/u, ""), subject: decision.subject }),
      author: words("decision-ward-author", { ward: wardInText(data) }),
      subject: words("decision-kind-title"),
      creationDate: now,
    },
  };
  return {
    document,
    authorityLine: authorityLine(data),
    basis: punctuateBasis(decision.legalBasis),
    decides: words("decision-decides"),
    articles: articles(data),
    annex: annex(data),
  };
}

/** "ngày 10 tháng 12 năm 2026" of a stored day (for chat messages and file names). */
export function decisionDayLong(day: string): string {
  return formatDateLong(calendar(day));
}
