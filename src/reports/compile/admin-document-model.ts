// The compiled báo cáo sơ kết: the ward's settings (header, signer) around the narrative of
// its template (or the default one), filled with the period's figures.
import type { PeriodReportData } from "../../db/repos/report-data.js";
import { formatDocumentNumber, formatNd30DateLine } from "../../domain/format.js";
import { labelInSentence } from "../../domain/validate.js";
import { words } from "../../i18n/words.js";
import type { AdminDocument } from "../admin-document.js";
import { readDefaultTemplate } from "../template/default-template.js";
import { fillTemplate, usedPlaceholders } from "../template/fill-template.js";
import type { PeriodSummary } from "../../domain/aggregate.js";
import { afterFirstPart, otherIndicatorBlocks, placedIndicators } from "./other-indicators.js";
import { indicatorPlaceholderName, indicatorPlaceholderUses } from "../../domain/catalogue-book/template-uses.js";
import { REPORT_PLACEHOLDER_NAMES } from "../template/placeholders.js";
import { parseTemplate } from "../template/parse-template.js";
import { OTHER_INDICATORS_TABLE, REPORT_TABLE_NAMES } from "../template/placeholders.js";
import { MISSING_FIGURE } from "./report-figures.js";
import { formatIssues, type TemplateIssue } from "../template/template-issues.js";

export class TemplateError extends Error {
  constructor(readonly issues: TemplateIssue[]) {
    super(formatIssues(issues));
  }
}

/**
 * "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH" typed as one title prints as its own lines: the authority, then
 * the title; under "TM. ỦY BAN NHÂN DÂN" too (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
 */
function signature(data: PeriodReportData): AdminDocument["signature"] {
  const { signerAuthority, signerTitle, signerName } = data.ward;
  const split = /^((?:KT|TM|TL|TUQ|Q)\.\s.+?)\s+-\s+(.+)$/u.exec(signerTitle);
  if (split) return { authority: [signerAuthority, split[1]!].filter(Boolean).join("\n"), title: split[2]!, name: signerName };
  return { ...(signerAuthority ? { authority: signerAuthority } : {}), title: signerTitle, name: signerName };
}

export function adminDocumentModel(data: PeriodReportData, figures: Record<string, string>, reportDate: Date, summary: PeriodSummary): AdminDocument {
  const text = data.ward.reportTemplate ?? readDefaultTemplate();
  // An indicator the template names but this period does not ask prints as "…" (the import
  // checks placeholders against the catalogue; an older period may lack a newer indicator).
  const indicatorNames = indicatorPlaceholderUses(text).map((use) => indicatorPlaceholderName(use.code));
  const parsed = parseTemplate(text, { tables: REPORT_TABLE_NAMES, placeholders: [...REPORT_PLACEHOLDER_NAMES, ...indicatorNames] });
  if (!parsed.ok) throw new TemplateError(parsed.issues);
  // Every indicator of the period the text does not place is listed in a table: at the
  // template's {bang:chi_tieu_khac} line, or after part I.
  const placed = placedIndicators(usedPlaceholders(parsed.template), data.indicators.map((indicator) => indicator.code));
  const others = otherIndicatorBlocks(summary, data.movements, placed);
  const placesTable = parsed.template.body.some((block) => block.kind === "table" && block.name === OTHER_INDICATORS_TABLE);
  const filled = fillTemplate(
    parsed.template,
    { ...Object.fromEntries(indicatorNames.map((name) => [name, MISSING_FIGURE])), ...figures },
    { blocks: { [OTHER_INDICATORS_TABLE]: others } },
  );
  if (!filled.ok) throw new TemplateError(filled.issues);
  const content = { ...filled.content, body: placesTable ? filled.content.body : afterFirstPart(filled.content.body, others) };
  return {
    issuer: { superior: data.ward.issuerSuperior, nameLines: data.ward.issuerNameLines },
    numberLine: formatDocumentNumber(data.ward.documentNumber, data.ward.documentSymbol),
    placeDateLine: formatNd30DateLine(data.ward.placeName, reportDate, data.ward.timeZone),
    kindTitle: content.kindTitle,
    subjectLines: content.subjectLines,
    // The ward's own settings (set by the office in /caidat or the CLI) win over the template's.
    addressees: data.ward.addressees.length > 0 ? data.ward.addressees : content.addressees,
    body: content.body,
    closing: content.closing,
    signature: signature(data),
    distribution: data.ward.recipients.length > 0 ? data.ward.recipients : content.distribution,
    metadata: {
      title: words("report-metadata-title", { kind: data.period.kind, period: data.period.name }),
      author: words("report-metadata-author", { ward: labelInSentence(data.ward.name) }),
      creationDate: reportDate,
    },
  };
}
