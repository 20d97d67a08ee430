// The files of a decision: the Quyết định with its annex (PDF and DOCX) and the certificates
// (PDF, when the form prints one), named in ASCII: "quyet-dinh-05-2026.pdf".
import { type DecisionDocumentData, withLinesInAnnexOrder } from "../../domain/awards/decision-document.js";
import { documentNumberText } from "../../domain/format.js";
import type { RenderedFile } from "../render-job.js";
import { renderCertificatesPdf } from "./certificates-pdf.js";
import { renderDecisionDocx } from "./decision-docx.js";
import { decisionModel } from "./decision-model.js";
import { renderDecisionPdf } from "./decision-pdf.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "quyet-dinh-05-2026"; a draft (no number yet): "du-thao-quyet-dinh-<id>-2026". */
function fileName(data: DecisionDocumentData, what: string): string {
  const { number, year, id } = data.decision;
  return number === null ? `du-thao-${what}-${id}-${year}` : `${what}-${documentNumberText(number)}-${year}`;
}

export async function renderDecisionFiles(given: DecisionDocumentData, now: Date): Promise<RenderedFile[]> {
  // The order and the numbers of the lines, decided once: the annex's STT, the certificates'
  // order and their "Số vào sổ" agree.
  const data = withLinesInAnnexOrder(given);
  const model = decisionModel(data, now);
  const name = fileName(data, "quyet-dinh");
  const files: RenderedFile[] = [
    { kind: "decision-pdf", fileName: `${name}.pdf`, mimeType: "application/pdf", bytes: await renderDecisionPdf(model) },
    { kind: "decision-docx", fileName: `${name}.docx`, mimeType: DOCX, bytes: await renderDecisionDocx(model) },
  ];
  const certificates = await renderCertificatesPdf(data);
  if (certificates) {
    const what = data.form.kind === "giay_khen" ? "giay-khen" : "giay-chung-nhan";
    files.push({ kind: "certificates-pdf", fileName: `${fileName(data, what)}.pdf`, mimeType: "application/pdf", bytes: certificates });
  }
  return files;
}
