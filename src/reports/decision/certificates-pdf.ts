// Printable certificates of a decision: one A4 landscape page per line — Giấy khen, or the
// Giấy chứng nhận of a title ("Gia đình văn hóa") — with the name, the place and the text
// printed on it, the decision's number and date, and the signature as on the decision.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";

import type { DecisionDocumentData, DecisionDocumentLine } from "../../domain/awards/decision-document.js";
import { parseIsoDay } from "../../domain/awards/days.js";
import { formatNd30DateLine } from "../../domain/format.js";
import { capitals, MOTTO, NATIONAL_TITLE, ND30_SIGNATURE } from "../nd30-style.js";
import { centredRule } from "../pdf/canvas-rule.js";
import { PDF_FONT, renderPdf } from "../pdf/pdfmake-renderer.js";
import { tinosMetrics } from "../font-metrics.js";
import { mmToPt } from "../units.js";
import { words } from "../../i18n/words.js";
import { decisionCitation } from "./decision-model.js";

const WIDTH = mmToPt(297);
const HEIGHT = mmToPt(210);
const MARGIN = mmToPt(22);
const FRAME = mmToPt(10);

/** Two frames drawn on every page. */
function frame(): Content {
  return {
    canvas: [
      { type: "rect", x: FRAME, y: FRAME, w: WIDTH - 2 * FRAME, h: HEIGHT - 2 * FRAME, lineWidth: 2.5 },
      { type: "rect", x: FRAME + 5, y: FRAME + 5, w: WIDTH - 2 * FRAME - 10, h: HEIGHT - 2 * FRAME - 10, lineWidth: 0.75 },
    ],
  };
}

function signature(data: DecisionDocumentData): Content {
  const { decision } = data;
  const lines: Content[] = [];
  if (decision.signedForChair) lines.push({ text: words("decision-for-chair"), bold: true });
  lines.push({ text: capitals(decision.signerTitle || words("decision-chair")), bold: true });
  lines.push({ text: decision.signerName, bold: true, margin: [0, mmToPt(ND30_SIGNATURE.signatureGapMm) * 0.8, 0, 0] });
  return { stack: lines, alignment: "center", fontSize: 14 };
}

/** A name that already names the household ("Hộ ông …", "Gia đình bà …"); matched, never printed. */
const NAMES_HOUSEHOLD = /^(hộ|gia đình)\s/iu;

/** "Hộ gia đình: Nguyễn Văn An", but "Hộ ông Phạm Văn Dũng" as it is (no "Hộ gia đình: Hộ …"). */
export function householdName(name: string): string {
  const named = NAMES_HOUSEHOLD.test(name.normalize("NFC").trim());
  return words("certificate-household", { name, named: named ? "yes" : "no" });
}

function page(data: DecisionDocumentData, line: DecisionDocumentLine, first: boolean): Content {
  const { decision, form } = data;
  const bold = tinosMetrics("bold");
  const ward = data.ward.issuerNameLines.map((part) => capitals(part.trim())).join(" ");
  const title = form.certificateTitle || words("certificate-default-title");
  const name = line.recipientKind === "ho_gia_dinh" ? householdName(line.name) : line.name;
  const place = [line.position, line.address].filter((part) => part.trim() !== "").join(", ");
  const body: Content[] =
    form.kind === "danh_hieu"
      ? [
          { text: name, fontSize: 24, bold: true, margin: [0, 6, 0, 4] },
          ...(place ? [{ text: words("certificate-address", { place }), fontSize: 16, margin: [0, 0, 0, 6] } as Content] : []),
          { text: words("certificate-title-achieved", { title: form.titleName, year: String(decision.year) }), fontSize: 18, bold: true, italics: true },
        ]
      : [
          { text: name, fontSize: 24, bold: true, margin: [0, 6, 0, 2] },
          ...(place ? [{ text: place, fontSize: 16, margin: [0, 0, 0, 6] } as Content] : []),
          ...(line.achievement ? [{ text: line.achievement.replace(/[.;]*$/u, ""), fontSize: 17, italics: true, margin: [40, 0, 40, 0] } as Content] : []),
        ];
  return {
    stack: [
      { text: NATIONAL_TITLE, bold: true, fontSize: 14 },
      { text: MOTTO, bold: true, fontSize: 14 },
      centredRule(bold.widthOf(MOTTO, 14), [0, 2, 0, 10]),
      { text: words("decision-authority", { ward }), bold: true, fontSize: 16 },
      ...(form.kind === "giay_khen" ? [{ text: words("certificate-gives"), bold: true, fontSize: 16, margin: [0, 6, 0, 0] } as Content] : []),
      { text: title, bold: true, fontSize: 40, margin: [0, 2, 0, 6] },
      ...body,
      {
        columns: [
          {
            width: "*",
            stack: [
              { text: `${decisionCitation(decision.number, decision.symbol, decision.decisionDate)}`, fontSize: 12 },
              { text: words("certificate-register", { number: String(line.stt).padStart(2, "0"), year: String(decision.year) }), fontSize: 12 },
            ],
            alignment: "left",
            margin: [0, 40, 0, 0],
          },
          {
            width: "*",
            stack: [{ text: formatNd30DateLine(data.ward.placeName, parseIsoDay(decision.decisionDate)), italics: true, fontSize: 14, margin: [0, 0, 0, 4] }, signature(data)],
          },
        ],
        margin: [0, 14, 0, 0],
      },
    ],
    alignment: "center",
    ...(first ? {} : { pageBreak: "before" as const }),
  };
}

export function certificatesDefinition(data: DecisionDocumentData): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    background: () => frame(),
    content: data.lines.map((line, index) => page(data, line, index === 0)),
    defaultStyle: { font: PDF_FONT, fontSize: 14, lineHeight: 1.1 },
    info: { title: `${data.form.certificateTitle} - ${data.form.name}`, author: data.ward.issuerNameLines.join(" "), creator: "thidua-bot", producer: "thidua-bot (pdfmake)" },
  };
}

/** The certificates, or null when the form prints none (Lao động tiên tiến). */
export async function renderCertificatesPdf(data: DecisionDocumentData): Promise<Buffer | null> {
  if (!data.form.certificateTitle || data.lines.length === 0) return null;
  return renderPdf(certificatesDefinition(data));
}
