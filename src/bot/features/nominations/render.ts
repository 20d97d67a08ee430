// How nomination lines read on a phone: "1. Nguyễn Văn An, số 12 ngõ 5 (chờ duyệt)".
import type { NomineeLine, NominationState } from "../../../db/repos/nominations/leader.js";
import { HOUSEHOLD_FORM } from "../../../db/repos/nominations/leader.js";
import { formatCount } from "../../../domain/format.js";
import type { BaseContext } from "../../context.js";

export function lineText(ctx: BaseContext, line: Pick<NomineeLine, "name" | "address" | "achievement" | "formCode">): string {
  const where = line.address || ctx.t("nomination-no-address");
  if (line.formCode === HOUSEHOLD_FORM) return `${line.name}, ${where}`;
  return `${line.name}, ${where}: ${line.achievement || ctx.t("nomination-no-achievement")}`;
}

export function statusText(ctx: BaseContext, line: NomineeLine): string {
  if (line.status === "returned") return ctx.t("nomination-status-returned", { reason: line.returnReason ?? "" });
  return ctx.t(`nomination-status-${line.status}`);
}

/** The group's lines, in two parts (households, Giấy khen), numbered as one list. */
export function linesList(ctx: BaseContext, lines: NomineeLine[], options: { status: boolean }): string {
  const parts: string[] = [];
  const households = lines.filter((line) => line.formCode === HOUSEHOLD_FORM);
  const others = lines.filter((line) => line.formCode !== HOUSEHOLD_FORM);
  let number = 0;
  const show = (line: NomineeLine) => {
    number += 1;
    return `${number}. ${lineText(ctx, line)}${options.status ? ` (${statusText(ctx, line)})` : ""}`;
  };
  if (households.length) parts.push(ctx.t("nomination-part-households", { count: households.length }), ...households.map(show));
  if (others.length) parts.push(...(parts.length ? [""] : []), ctx.t("nomination-part-commendations", { count: others.length }), ...others.map(show));
  return parts.length ? parts.join("\n") : ctx.t("nomination-none-yet");
}

/** The same order as linesList (households first): what "dòng 3" means. */
export function orderedLines(lines: NomineeLine[]): NomineeLine[] {
  return [...lines.filter((line) => line.formCode === HOUSEHOLD_FORM), ...lines.filter((line) => line.formCode !== HOUSEHOLD_FORM)];
}

export function overviewText(ctx: BaseContext, state: NominationState): string {
  const vars = { period: state.period.name, group: state.group.name };
  const households = state.lines.filter((line) => line.formCode === HOUSEHOLD_FORM && line.status !== "returned").length;
  const quota =
    state.achievedHouseholds === null
      ? ctx.t("nomination-quota-unknown")
      : ctx.t("nomination-quota", { achieved: formatCount(state.achievedHouseholds), proposed: formatCount(households), count: households });
  return [ctx.t("nomination-title", vars), "", linesList(ctx, state.lines, { status: true }), "", quota].join("\n");
}
