// Everything the Quyết định, its annex and the certificates are made from: loaded once from the
// database, rendered without it (in the render worker).
import { type AnnexTotals, inAnnexOrder } from "./annex.js";
import type { AwardFormKind, RecipientKind } from "./types.js";

export interface DecisionDocumentLine {
  stt: number;
  recipientKind: RecipientKind;
  name: string;
  address: string;
  position: string;
  achievement: string;
  amount: number;
}

export interface DecisionDocumentData {
  ward: {
    issuerSuperior: string;
    issuerNameLines: string[];
    placeName: string;
    timeZone: string;
  };
  decision: {
    id: number;
    number: number | null;
    symbol: string;
    year: number;
    /** "YYYY-MM-DD". */
    decisionDate: string;
    /** After "Về việc ". */
    subject: string;
    /** Without the final ";" / "." (the renderer adds them). */
    legalBasis: string[];
    achievementClause: string;
    executors: string;
    recipients: string[];
    signerName: string;
    signerTitle: string;
    signedForChair: boolean;
    status: "draft" | "signed";
    corrects: { number: number | null; symbol: string; decisionDate: string } | null;
  };
  form: { code: string; name: string; kind: AwardFormKind; certificateTitle: string; titleName: string };
  lines: DecisionDocumentLine[];
  totals: AnnexTotals;
}

/** `data` with its lines in the annex's order and numbered so (see inAnnexOrder). */
export function withLinesInAnnexOrder(data: DecisionDocumentData): DecisionDocumentData {
  return { ...data, lines: inAnnexOrder(data.lines) };
}
