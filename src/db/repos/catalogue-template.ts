// The ward's báo cáo template beside its catalogue: read for /maubaocao, replaced after the
// check (src/reports/template/check-template.ts) in one transaction with the catalogue's codes
// read inside it, so a catalogue import at the same moment cannot leave the stored template
// naming an indicator that is gone. Every change is audited.
import { checkWardTemplate } from "../../reports/template/check-template.js";
import { readDefaultTemplate } from "../../reports/template/default-template.js";
import type { TemplateIssue } from "../../reports/template/template-issues.js";
import type { Db } from "../client.js";
import { recordAudit, type Actor } from "./audit.js";

export interface WardTemplate {
  text: string;
  /** The ward has not stored its own: this is the default one. */
  isDefault: boolean;
}

export async function wardReportTemplate(db: Db, wardId: number): Promise<WardTemplate> {
  const ward = await db.ward.findUniqueOrThrow({ where: { id: wardId }, select: { reportTemplate: true } });
  return ward.reportTemplate ? { text: ward.reportTemplate, isDefault: false } : { text: readDefaultTemplate(), isDefault: true };
}

export type StoreTemplateResult = { ok: true; changed: boolean } | { ok: false; issues: TemplateIssue[] };

/** Checks `text` against the ward's active indicators and stores it, or stores nothing. */
export async function storeReportTemplate(db: Db, wardId: number, text: string, actor: Actor, now: Date): Promise<StoreTemplateResult> {
  return db.$transaction(async (tx) => {
    const [ward, indicators] = await Promise.all([
      tx.ward.findUniqueOrThrow({ where: { id: wardId }, select: { reportTemplate: true } }),
      tx.indicator.findMany({ where: { wardId, retiredAt: null }, select: { code: true } }),
    ]);
    const checked = checkWardTemplate(text, indicators.map((row) => row.code));
    if (!checked.ok) return { ok: false as const, issues: checked.issues };
    if (checked.text === (ward.reportTemplate ?? readDefaultTemplate())) return { ok: true as const, changed: false };
    await tx.ward.update({ where: { id: wardId }, data: { reportTemplate: checked.text } });
    await recordAudit(tx, {
      wardId,
      actor,
      action: "template.import",
      subject: "report-template",
      detail: { characters: checked.text.length, lines: checked.text.split("\n").length, before: ward.reportTemplate === null ? "default" : "own" },
      at: now,
    });
    return { ok: true as const, changed: true };
  });
}
