// The office edits the catalogue and the groups list as Excel files, in the chat: /danhmuc
// sends the catalogue workbook; a workbook sent back as a document is checked whole and
// stored (or every problem named by sheet, row and column, and nothing changed). A workbook
// without the catalogue's sheets is read as the groups list (the same checks as the CLI's
// import-groups).
import { Composer, InputFile } from "grammy";
import { applyCatalogue, currentCatalogue } from "../../../db/repos/catalogue-book.js";
import { importGroups } from "../../../db/repos/group-import.js";
import { awardsPlanCounts, readCatalogueBook, SHEETS, type CatalogueDefs, type CataloguePlan } from "../../../domain/catalogue-book/index.js";
import type { loadXlsx, XlsxOutOfBounds } from "../../../reports/catalogue-book/read-catalogue-xlsx.js";
import { formatCount, formatNumber } from "../../../domain/format.js";
import type { AwardSettingsDef } from "../../../domain/awards/types.js";
import type { BotContext } from "../../context.js";
import { isManager } from "../../roles.js";
import { formatBookProblems } from "../../../i18n/book-problems.js";
import { DownloadFailed, downloadDocument, MAX_UPLOAD_BYTES } from "./download.js";

const GROUP_INVITE_DAYS = 30;

/**
 * The workbook reader and writer (exceljs, about 25 MiB of a process's memory) load with the
 * first /danhmuc or workbook sent, not at start: most processes never see one.
 */
async function excel() {
  const [read, render, groups] = await Promise.all([
    import("../../../reports/catalogue-book/read-catalogue-xlsx.js"),
    import("../../../reports/catalogue-book/render-catalogue-xlsx.js"),
    import("../../../reports/groups-sheet/read-groups-sheet.js"),
  ]);
  return { ...read, renderCatalogueXlsx: render.renderCatalogueXlsx, parseGroupSheet: groups.parseGroupSheet };
}

export interface CatalogueFeatureOptions {
  /** Where files are downloaded from (the Bot API root). */
  apiRoot: string;
  fetch?: typeof fetch;
}

/** The message naming each award setting in the summary of an import. */
const SETTING_KEYS: Record<keyof AwardSettingsDef, string> = {
  rounding: "catalogue-setting-rounding",
  legalBasis: "catalogue-setting-legal-basis",
  decisionSymbol: "catalogue-setting-decision-symbol",
  postingDays: "catalogue-setting-posting-days",
  votePassRule: "catalogue-setting-vote-pass-rule",
  votePassPercent: "catalogue-setting-vote-pass-percent",
};

function planText(ctx: BotContext, plan: CataloguePlan, next: CatalogueDefs): string {
  const name = new Map(next.indicators.map((d) => [d.code, d.shortLabel]));
  const names = (codes: readonly string[]) => codes.map((code) => name.get(code) ?? code).join(", ");
  const lines: string[] = [];
  const add = (key: string, codes: readonly string[]) => {
    if (codes.length > 0) lines.push(ctx.t(key, { names: names(codes) }));
  };
  add("catalogue-line-added", plan.addedIndicators);
  add("catalogue-line-reworded", plan.rewordedIndicators);
  add("catalogue-line-meaning", plan.meaningChangedIndicators);
  add("catalogue-line-moved", plan.movedIndicators);
  add("catalogue-line-retired", plan.retiredIndicators);
  const counts = (c: { added: string[]; changed: string[]; retired: string[] }) => ({ added: c.added.length, changed: c.changed.length, retired: c.retired.length });
  if (Object.values(plan.movements).some((l) => l.length > 0)) lines.push(ctx.t("catalogue-line-movements", counts(plan.movements)));
  if (Object.values(plan.pledgeItems).some((l) => l.length > 0)) lines.push(ctx.t("catalogue-line-pledges", counts(plan.pledgeItems)));
  if (plan.awards) {
    const awards = awardsPlanCounts(plan.awards);
    const any = (c: Record<string, number>) => Object.values(c).some((n) => n > 0);
    if (any(awards.forms)) lines.push(ctx.t("catalogue-line-award-forms", awards.forms));
    if (any(awards.rates)) lines.push(ctx.t("catalogue-line-award-rates", awards.rates));
    if (any(awards.baseSalaries)) lines.push(ctx.t("catalogue-line-base-salaries", awards.baseSalaries));
    if (awards.settings.length > 0) lines.push(ctx.t("catalogue-line-award-settings", { names: awards.settings.map((key) => ctx.t(SETTING_KEYS[key])).join(", ") }));
  }
  return lines.join("\n");
}

async function importCatalogue(ctx: BotContext, workbook: Awaited<ReturnType<typeof loadXlsx>>): Promise<void> {
  const member = ctx.member!;
  const { db, clock } = ctx.services;
  const { cellsOf } = await excel();
  const read = readCatalogueBook(cellsOf(workbook));
  const problems = read.ok ? null : read.problems;
  if (problems) {
    await ctx.reply(ctx.t("catalogue-import-problems", { count: problems.length, problems: formatBookProblems(problems, ctx.t) }));
    return;
  }
  const catalogue = (read as { catalogue: CatalogueDefs }).catalogue;
  const result = await applyCatalogue(db, member.wardId, catalogue, { memberId: member.id, source: "chat" }, clock.now());
  if (!result.ok) {
    await ctx.reply(ctx.t("catalogue-import-problems", { count: result.problems.length, problems: formatBookProblems(result.problems, ctx.t) }));
    return;
  }
  if (!result.changed) {
    await ctx.reply(ctx.t("catalogue-import-unchanged"));
    return;
  }
  await ctx.reply(ctx.t("catalogue-import-done", { ward: member.ward.name, lines: planText(ctx, result.plan, catalogue) }));
}

async function importGroupList(ctx: BotContext, workbook: Awaited<ReturnType<typeof loadXlsx>>): Promise<void> {
  const member = ctx.member!;
  const { db, clock } = ctx.services;
  const sheet = workbook.worksheets[0];
  const { parseGroupSheet } = await excel();
  const parsed = sheet ? parseGroupSheet(sheet) : { rows: [], problems: [{ row: 0, reason: ctx.t("catalogue-file-unreadable") }], withoutLeader: [] };
  const line = (p: { row: number; reason: string }) => (p.row > 0 ? ctx.t("groups-import-problem-line", { row: p.row, reason: p.reason }) : `• ${p.reason}`);
  if (parsed.problems.length > 0) {
    await ctx.reply(ctx.t("groups-import-problems", { count: parsed.problems.length, problems: parsed.problems.map(line).join("\n") }));
    return;
  }
  const result = await importGroups(db, member.wardId, parsed.rows, { now: clock.now(), days: GROUP_INVITE_DAYS, actor: { memberId: member.id, source: "chat" } });
  if (!result.ok) {
    const problems = result.conflicts.map((c) => line({ row: c.row, reason: ctx.t("groups-import-exists", { name: c.name }) }));
    await ctx.reply(ctx.t("groups-import-problems", { count: problems.length, problems: problems.join("\n") }));
    return;
  }
  const lines = [ctx.t("groups-import-done", { groups: result.groups, leaders: result.leaders, days: GROUP_INVITE_DAYS })];
  if (parsed.withoutLeader.length > 0) lines.push(ctx.t("groups-import-without-leader", { rows: parsed.withoutLeader.join(", ") }));
  await ctx.reply(lines.join("\n\n"));
}

/** Why a file was refused before reading, with its figures (src/reports/xlsx-bounds.ts). */
function outOfBoundsText(ctx: BotContext, error: XlsxOutOfBounds): string {
  const mb = (bytes: number) => formatNumber(bytes / 1_000_000, 1);
  const check = error.check;
  switch (check.reason) {
    case "too_large":
      return ctx.t("xlsx-refused-too-large", { size: mb(check.bytes), max: mb(check.max) });
    case "too_many_entries":
      return ctx.t("xlsx-refused-too-many-parts", { entries: formatCount(check.entries), max: formatCount(check.max) });
    case "inflates_too_much":
      return ctx.t("xlsx-refused-inflates", { max: mb(check.max) });
    case "lies_about_size":
      return ctx.t("xlsx-refused-lies");
    case "not_zip":
      return ctx.t("catalogue-file-unreadable");
  }
}

export function catalogueFeature(options: CatalogueFeatureOptions): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("danhmuc", async (ctx) => {
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.reply(ctx.t("catalogue-not-allowed")));
    const { db, clock } = ctx.services;
    const { renderCatalogueXlsx } = await excel();
    const bytes = await renderCatalogueXlsx(await currentCatalogue(db, member.wardId), member.ward.name, clock.now());
    await ctx.replyWithDocument(new InputFile(bytes, `danh-muc-thi-dua-${member.ward.slug}.xlsx`), { caption: ctx.t("catalogue-export-caption", { ward: member.ward.name }) });
  });

  composer.on("message:document", async (ctx, next) => {
    const member = ctx.member;
    const document = ctx.message.document;
    const isXlsx = /\.xlsx$/iu.test(document.file_name ?? "") || document.mime_type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (!member || !isManager(member)) return next();
    if (!isXlsx) return void (await ctx.reply(ctx.t("catalogue-file-not-xlsx")));
    if ((document.file_size ?? 0) > MAX_UPLOAD_BYTES) return void (await ctx.reply(ctx.t("catalogue-file-too-big", { limit: MAX_UPLOAD_BYTES / 1024 / 1024 })));
    await ctx.reply(ctx.t("catalogue-file-checking", { file: document.file_name ?? "" }));
    const { cellsOf, isCatalogueWorkbook, loadXlsx, UnreadableWorkbook, XlsxOutOfBounds } = await excel();
    let workbook;
    try {
      workbook = await loadXlsx(await downloadDocument(ctx, options.apiRoot, options.fetch));
    } catch (error) {
      if (error instanceof XlsxOutOfBounds) return void (await ctx.reply(outOfBoundsText(ctx, error)));
      if (error instanceof UnreadableWorkbook) return void (await ctx.reply(ctx.t("catalogue-file-unreadable")));
      if (error instanceof DownloadFailed) return void (await ctx.reply(ctx.t("catalogue-file-download-failed")));
      throw error;
    }
    if (isCatalogueWorkbook(cellsOf(workbook), SHEETS.indicators.name)) await importCatalogue(ctx, workbook);
    else await importGroupList(ctx, workbook);
  });
  return composer;
}
