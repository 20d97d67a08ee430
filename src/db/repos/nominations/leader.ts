// A tổ trưởng's nominations for a period: the lines as stored, the group's reported figures
// they are checked against, and the writes (each line stored when typed, through the write
// guard, audited). Households for "Gia đình văn hóa" never exceed the households the group's
// handed-in report says achieved it.
import { checkHouseholdQuota, type HouseholdLine, type QuotaCheck } from "../../../domain/nominations/index.js";
import type { Db } from "../../client.js";
import { recordAudit } from "../audit.js";
import { type Actor, asActor, type Guarded, WriteRefused } from "../write-guard.js";

/** Award form codes the chat proposes (rows of AwardForm, i13-awards). */
export const HOUSEHOLD_FORM = "gdvh";
export const COMMENDATION_FORM = "giay_khen";
/** The report's indicators the nominations start from. */
export const ACHIEVED_HOUSEHOLDS_CODE = "households_cultural";
export const GOOD_DEEDS_CODE = "good_deeds";

export type RecipientKind = "ca_nhan" | "ho_gia_dinh" | "tap_the";
export type LineStatus = "draft" | "submitted" | "accepted" | "returned";

export interface NomineeLine {
  id: number;
  formCode: string;
  recipientKind: RecipientKind;
  name: string;
  address: string;
  achievement: string;
  status: LineStatus;
  returnReason: string | null;
  sortOrder: number;
}

export interface NominationState {
  period: { id: number; name: string; open: boolean; wardId: number; year: number };
  group: { id: number; name: string };
  status: "draft" | "submitted" | null;
  submittedAt: Date | null;
  lines: NomineeLine[];
  /** Households the handed-in report says achieved "Gia đình văn hóa" (null: not reported). */
  achievedHouseholds: number | null;
  /** The report's "điển hình tiên tiến, người tốt, việc tốt" answer, to start an achievement text. */
  goodDeeds: string | null;
}

const HANDED_IN = ["submitted", "approved"] as const;

async function reportedValues(db: Db, periodId: number, groupId: number) {
  const rows = await db.reportValue.findMany({
    where: { report: { periodId, groupId, status: { in: [...HANDED_IN] } }, indicator: { code: { in: [ACHIEVED_HOUSEHOLDS_CODE, GOOD_DEEDS_CODE] } } },
    select: { numberValue: true, textValue: true, indicator: { select: { code: true } } },
  });
  const achieved = rows.find((row) => row.indicator.code === ACHIEVED_HOUSEHOLDS_CODE)?.numberValue;
  const deeds = rows.find((row) => row.indicator.code === GOOD_DEEDS_CODE)?.textValue?.trim();
  return { achievedHouseholds: achieved === null || achieved === undefined ? null : Number(achieved), goodDeeds: deeds ? deeds : null };
}

export async function nominationLines(db: Pick<Db, "nominationLine">, nominationId: number): Promise<NomineeLine[]> {
  const rows = await db.nominationLine.findMany({ where: { nominationId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], include: { form: { select: { code: true } } } });
  return rows.map((row) => ({
    id: row.id,
    formCode: row.form.code,
    recipientKind: row.recipientKind,
    name: row.name,
    address: row.address,
    achievement: row.achievement,
    status: row.status,
    returnReason: row.returnReason,
    sortOrder: row.sortOrder,
  }));
}

export async function loadNominationState(db: Db, periodId: number, groupId: number): Promise<NominationState> {
  const [period, group, nomination, values] = await Promise.all([
    db.period.findUniqueOrThrow({ where: { id: periodId } }),
    db.group.findUniqueOrThrow({ where: { id: groupId } }),
    db.nomination.findUnique({ where: { periodId_groupId: { periodId, groupId } } }),
    reportedValues(db, periodId, groupId),
  ]);
  return {
    period: { id: period.id, name: period.name, open: period.status === "open", wardId: period.wardId, year: period.year },
    group: { id: group.id, name: group.name },
    status: nomination?.status ?? null,
    submittedAt: nomination?.submittedAt ?? null,
    lines: nomination ? await nominationLines(db, nomination.id) : [],
    ...values,
  };
}

/** Whether the ward has the form (the chat says so when a ward has retired it). */
export async function formOf(db: Pick<Db, "awardForm">, wardId: number, code: string) {
  return db.awardForm.findFirst({ where: { wardId, code, active: true } });
}

interface LeaderWrite {
  actor: Actor & { groupId: number };
  periodId: number;
  at: Date;
}

/** In a write: the open period of the actor's ward, and the group's nomination (made if missing). */
async function openNomination(tx: Db, write: LeaderWrite) {
  const period = await tx.period.findFirst({ where: { id: write.periodId, wardId: write.actor.wardId } });
  if (!period || period.status !== "open") throw new WriteRefused("period_closed");
  const key = { periodId_groupId: { periodId: write.periodId, groupId: write.actor.groupId } };
  return (
    (await tx.nomination.findUnique({ where: key })) ??
    tx.nomination.create({ data: { wardId: write.actor.wardId, periodId: write.periodId, groupId: write.actor.groupId, createdById: write.actor.memberId, createdAt: write.at } })
  );
}

async function nextSortOrder(tx: Db, nominationId: number): Promise<number> {
  const last = await tx.nominationLine.findFirst({ where: { nominationId }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
  return (last?.sortOrder ?? 0) + 1;
}

export type HouseholdsOutcome = Guarded<{ added: number; remaining: number }> | { ok: false; reason: "quota"; quota: Exclude<QuotaCheck, { ok: true }> } | { ok: false; reason: "no_form" };

/**
 * Adds households for "Gia đình văn hóa" (draft lines), checked in the same transaction against
 * the group's handed-in figure and the households already proposed (returned ones not counted).
 */
export async function addHouseholds(db: Db, write: LeaderWrite & { lines: HouseholdLine[] }): Promise<HouseholdsOutcome> {
  const form = await formOf(db, write.actor.wardId, HOUSEHOLD_FORM);
  if (!form) return { ok: false, reason: "no_form" };
  let quota: QuotaCheck | null = null;
  const outcome = await asActor(db, write.actor, async (tx) => {
    const nomination = await openNomination(tx, write);
    const { achievedHouseholds } = await reportedValues(tx, write.periodId, write.actor.groupId);
    const already = await tx.nominationLine.count({ where: { nominationId: nomination.id, formId: form.id, status: { not: "returned" } } });
    quota = checkHouseholdQuota({ achieved: achievedHouseholds, already, proposed: write.lines.length });
    if (!quota.ok) throw new WriteRefused("invalid");
    let sortOrder = await nextSortOrder(tx, nomination.id);
    for (const line of write.lines) {
      await tx.nominationLine.create({
        data: { nominationId: nomination.id, formId: form.id, recipientKind: "ho_gia_dinh", name: line.name, address: line.address, sortOrder: sortOrder++, createdById: write.actor.memberId, createdAt: write.at },
      });
    }
    await recordAudit(tx, {
      wardId: write.actor.wardId,
      actor: { memberId: write.actor.memberId, source: "chat" },
      action: "nomination.households.add",
      subject: `nomination:${nomination.id}`,
      detail: { count: write.lines.length, names: write.lines.map((line) => line.name) },
      at: write.at,
    });
    return { added: write.lines.length, remaining: quota.remaining };
  });
  const checked = quota as QuotaCheck | null;
  if (!outcome.ok && outcome.reason === "invalid" && checked && !checked.ok) return { ok: false, reason: "quota", quota: checked };
  return outcome;
}

/** Starts a Giấy khen line with its name (the rest follows, each stored as typed). */
export async function startCommendation(db: Db, write: LeaderWrite & { recipientKind: "ca_nhan" | "tap_the"; name: string }): Promise<Guarded<number> | { ok: false; reason: "no_form" }> {
  const form = await formOf(db, write.actor.wardId, COMMENDATION_FORM);
  if (!form) return { ok: false, reason: "no_form" };
  return asActor(db, write.actor, async (tx) => {
    const nomination = await openNomination(tx, write);
    const line = await tx.nominationLine.create({
      data: { nominationId: nomination.id, formId: form.id, recipientKind: write.recipientKind, name: write.name, sortOrder: await nextSortOrder(tx, nomination.id), createdById: write.actor.memberId, createdAt: write.at },
    });
    await recordAudit(tx, {
      wardId: write.actor.wardId,
      actor: { memberId: write.actor.memberId, source: "chat" },
      action: "nomination.line.add",
      subject: `nomination-line:${line.id}`,
      detail: { recipientKind: write.recipientKind, name: write.name },
      at: write.at,
    });
    return line.id;
  });
}

export type LineField = "name" | "address" | "achievement";

/** One field of the group's own draft or returned line (a returned line becomes a draft again once corrected). */
export async function updateLineField(db: Db, write: LeaderWrite & { lineId: number; field: LineField; value: string }): Promise<Guarded<void>> {
  return asActor(db, write.actor, async (tx) => {
    const nomination = await openNomination(tx, write);
    const line = await tx.nominationLine.findFirst({ where: { id: write.lineId, nominationId: nomination.id } });
    if (!line || line.status === "accepted" || line.status === "submitted") throw new WriteRefused("report_status");
    await tx.nominationLine.update({ where: { id: line.id }, data: { [write.field]: write.value, updatedAt: write.at } });
    await recordAudit(tx, {
      wardId: write.actor.wardId,
      actor: { memberId: write.actor.memberId, source: "chat" },
      action: "nomination.line.edit",
      subject: `nomination-line:${line.id}`,
      detail: { field: write.field, from: line[write.field], to: write.value },
      at: write.at,
    });
  });
}

/** A returned line the leader corrected: back to a draft, sent again with the rest. */
export async function markCorrected(db: Db, write: LeaderWrite & { lineId: number }): Promise<Guarded<void>> {
  return asActor(db, write.actor, async (tx) => {
    const nomination = await openNomination(tx, write);
    const changed = await tx.nominationLine.updateMany({ where: { id: write.lineId, nominationId: nomination.id, status: "returned" }, data: { status: "draft", updatedAt: write.at } });
    if (changed.count !== 1) throw new WriteRefused("report_status");
    await recordAudit(tx, { wardId: write.actor.wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "nomination.line.corrected", subject: `nomination-line:${write.lineId}`, detail: {}, at: write.at });
  });
}

/** A draft (or returned) line the leader drops. */
export async function dropDraftLine(db: Db, write: LeaderWrite & { lineId: number }): Promise<Guarded<void>> {
  return asActor(db, write.actor, async (tx) => {
    const nomination = await openNomination(tx, write);
    const line = await tx.nominationLine.findFirst({ where: { id: write.lineId, nominationId: nomination.id, status: { in: ["draft", "returned"] } } });
    if (!line) throw new WriteRefused("report_status");
    await tx.nominationLine.delete({ where: { id: line.id } });
    await recordAudit(tx, { wardId: write.actor.wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "nomination.line.drop", subject: `nomination-line:${line.id}`, detail: { name: line.name, address: line.address }, at: write.at });
  });
}

export type SubmitOutcome = Guarded<{ sent: number; at: Date }> | { ok: false; reason: "incomplete"; names: string[] } | { ok: false; reason: "nothing" };

/** Sends every complete draft line (chờ duyệt); a line without its address or achievement stops the sending. */
export async function submitNomination(db: Db, write: LeaderWrite): Promise<SubmitOutcome> {
  let problem: { reason: "incomplete"; names: string[] } | { reason: "nothing" } | null = null;
  const outcome = await asActor(db, write.actor, async (tx) => {
    const nomination = await openNomination(tx, write);
    const drafts = await tx.nominationLine.findMany({ where: { nominationId: nomination.id, status: "draft" }, include: { form: { select: { code: true } } } });
    const incomplete = drafts.filter((line) => line.address === "" || (line.form.code !== HOUSEHOLD_FORM && line.achievement === ""));
    if (drafts.length === 0) problem = { reason: "nothing" };
    else if (incomplete.length > 0) problem = { reason: "incomplete", names: incomplete.map((line) => line.name) };
    if (problem) throw new WriteRefused("invalid");
    await tx.nominationLine.updateMany({ where: { id: { in: drafts.map((line) => line.id) } }, data: { status: "submitted", updatedAt: write.at } });
    await tx.nomination.update({ where: { id: nomination.id }, data: { status: "submitted", submittedAt: write.at, submittedById: write.actor.memberId } });
    await recordAudit(tx, {
      wardId: write.actor.wardId,
      actor: { memberId: write.actor.memberId, source: "chat" },
      action: "nomination.submit",
      subject: `nomination:${nomination.id}`,
      detail: { lines: drafts.map((line) => line.id) },
      at: write.at,
    });
    return { sent: drafts.length, at: write.at };
  });
  const found = problem as { reason: "incomplete"; names: string[] } | { reason: "nothing" } | null;
  if (!outcome.ok && outcome.reason === "invalid" && found) return { ok: false, ...found };
  return outcome;
}
