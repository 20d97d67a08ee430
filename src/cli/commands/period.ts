// `period open|extend|close|reopen|list`: the reporting periods of a ward, as the officer
// manages them in the chat (/kybaocao), for scripted deployments. Every change is audited
// (source "cli"); the running bot announces a new period and an extension to the leaders.
import type { Db } from "../../db/client.js";
import { CLI_ACTOR } from "../../db/repos/audit.js";
import {
  closePeriodAudited,
  defaultIndicators,
  extendDeadline,
  findPeriodByName,
  groupsNotHandedIn,
  listPeriods,
  openPeriod,
  renamePeriod,
  reopenPeriod,
} from "../../db/repos/periods.js";
import { checkPeriodName, checkPlanDates, deadlineInstant, defaultPeriodName, defaultSpan, localInstant, periodKindOf } from "../../domain/dates/index.js";
import { formatDateShort, formatDateTime, toCalendarDate } from "../../domain/format.js";
import { guarded, parseOptions, requireWard, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";
import { dateFlag, periodType, quarterOf, yearOf } from "./period-args.js";

const USAGE = `Usage:
  npm run cli -- period list   --ward <slug>
  npm run cli -- period open   --ward <slug> --kind <half_year|full_year|quarter|thematic> --deadline 20/6/2026
                               [--year 2026] [--quarter 2] [--name "6 tháng đầu năm 2026"] [--start 1/1/2026] [--end 30/6/2026]
  npm run cli -- period extend --ward <slug> --period "<name>" --deadline 25/6/2026
  npm run cli -- period close  --ward <slug> --period "<name>" [--yes]
  npm run cli -- period reopen --ward <slug> --period "<name>"
  npm run cli -- period rename --ward <slug> --period "<name>" --name "<new name>"

Kinds: half_year (6 tháng đầu năm, sơ kết), full_year (cả năm, tổng kết), quarter (quý),
thematic (chuyên đề: --name, --start and --end are required). The name and the dates default
to the kind's usual ones. The indicators are those of the previous period of the same kind,
else the ward's catalogue for the kind. Dates are typed as in the chat: "20/6", "20/6/2026",
"ngày 20 tháng 6". The deadline is 17:00 of that day in the ward's time zone. close lists the
groups that have not handed in and changes nothing without --yes.`;

async function requirePeriod(db: Db, wardId: number, name: string | undefined) {
  if (!name) throw new UsageError("Missing --period <name>. List them with: npm run cli -- period list --ward <slug>");
  const period = await findPeriodByName(db, wardId, name.normalize("NFC").trim());
  if (!period) throw new UsageError(`No period "${name}". List them with: npm run cli -- period list --ward <slug>`);
  return period;
}

const options = {
  ward: { type: "string" },
  kind: { type: "string" },
  year: { type: "string" },
  quarter: { type: "string" },
  name: { type: "string" },
  start: { type: "string" },
  end: { type: "string" },
  deadline: { type: "string" },
  period: { type: "string" },
  yes: { type: "boolean" },
} as const;

export const periodCommand: Command = {
  name: "period",
  summary: "Open, extend, close, reopen, rename or list a ward's reporting periods",
  run(args, config) {
    return guarded(USAGE, async () => {
      const [action, ...rest] = args;
      const { values } = parseOptions(rest, options);
      return withDatabase(config, async (database) => {
        const { db } = database;
        const ward = await requireWard(database, values.ward);
        const now = new Date();
        const today = toCalendarDate(now, ward.timeZone);
        switch (action) {
          case "list": {
            const periods = await listPeriods(db, ward.id);
            if (periods.length === 0) console.log(`No periods yet. Open one with: npm run cli -- period open --ward ${ward.slug} …`);
            for (const period of periods) {
              const { total, pending } = await groupsNotHandedIn(db, ward.id, period.id);
              console.log(
                `${period.status.padEnd(6)} ${period.name.padEnd(32)} ${period.kind.padEnd(8)} ${formatDateShort(period.startDate, ward.timeZone)}–${formatDateShort(period.endDate, ward.timeZone)}  deadline ${formatDateTime(period.deadline, ward.timeZone)}  handed in ${total - pending.length}/${total}`,
              );
            }
            return 0;
          }
          case "open": {
            const type = periodType(values.kind);
            const year = yearOf(values.year, now, ward.timeZone);
            const quarter = quarterOf(values.quarter);
            const name = (values.name ?? defaultPeriodName(type, year, quarter) ?? "").normalize("NFC").trim();
            if (!name) throw new UsageError("A thematic period needs --name.");
            const span = defaultSpan(type, year, quarter);
            const context = { today, defaultYear: year };
            if (!span && (!values.start || !values.end)) throw new UsageError("A thematic period needs --start and --end.");
            if (!values.deadline) throw new UsageError("Missing --deadline, e.g. --deadline 20/6/2026.");
            const start = values.start ? dateFlag("--start", values.start, context) : span!.start;
            const end = values.end ? dateFlag("--end", values.end, context) : span!.end;
            const deadline = dateFlag("--deadline", values.deadline, { today, defaultYear: Math.max(year, today.year) });
            const issue = checkPlanDates({ start, end, deadline }, today);
            if (issue === "end-before-start") throw new UsageError("--end is before --start.");
            if (issue === "deadline-before-start") throw new UsageError("--deadline is before the period starts.");
            if (issue === "deadline-past") throw new UsageError(`--deadline ${formatDateShort(deadline)} has passed.`);
            const kind = periodKindOf(type);
            const indicators = await defaultIndicators(db, ward.id, kind);
            const result = await openPeriod(db, ward.id, {
              name,
              kind,
              year,
              startDate: localInstant(start, 0, ward.timeZone),
              endDate: localInstant(end, 0, ward.timeZone),
              deadline: deadlineInstant(deadline, ward.timeZone),
              indicatorIds: indicators.indicators.map((indicator) => indicator.id),
              actor: CLI_ACTOR,
              at: now,
            });
            if (!result.ok) {
              throw new UsageError(result.reason === "name-taken" ? `A period named "${name}" exists; choose another --name.` : "The ward's catalogue has no indicator for this kind of period.");
            }
            const from = indicators.source === "previous" ? `as in "${indicators.previousName}"` : "from the ward's catalogue";
            console.log(`Opened "${name}" (${kind}): ${formatDateShort(start)}–${formatDateShort(end)}, deadline ${formatDateTime(deadlineInstant(deadline, ward.timeZone), ward.timeZone)}.`);
            console.log(`${indicators.indicators.length} indicators ${from}.`);
            console.log("The running bot announces it to every registered leader (not between 21:00 and 07:00), and sends the officers a digest.");
            return 0;
          }
          case "extend": {
            const period = await requirePeriod(db, ward.id, values.period);
            if (!values.deadline) throw new UsageError("Missing --deadline, e.g. --deadline 25/6/2026.");
            const deadline = dateFlag("--deadline", values.deadline, { today, defaultYear: Math.max(period.year, today.year) });
            const at = deadlineInstant(deadline, ward.timeZone);
            const result = await extendDeadline(db, ward.id, period.id, at, CLI_ACTOR, now);
            if (!result.ok) {
              throw new UsageError(result.reason === "closed" ? `"${period.name}" is closed.` : `The new deadline must be after ${formatDateTime(period.deadline, ward.timeZone)}.`);
            }
            const { pending } = await groupsNotHandedIn(db, ward.id, period.id);
            console.log(`Deadline of "${period.name}" moved to ${formatDateTime(at, ward.timeZone)}; the running bot tells the ${pending.length} group(s) that have not handed in.`);
            return 0;
          }
          case "close": {
            const period = await requirePeriod(db, ward.id, values.period);
            if (period.status !== "open") throw new UsageError(`"${period.name}" is already closed.`);
            const { total, pending } = await groupsNotHandedIn(db, ward.id, period.id);
            if (!values.yes) {
              console.log(`"${period.name}": ${total - pending.length}/${total} groups handed in.`);
              if (pending.length > 0) console.log(`Not handed in: ${pending.map((group) => group.name).join(", ")}.`);
              console.log("Nothing changed. Run again with --yes to close it (a closed period takes no more answers).");
              return 1;
            }
            await closePeriodAudited(db, ward.id, period.id, CLI_ACTOR, now);
            console.log(`Closed "${period.name}" (${total - pending.length}/${total} groups handed in).`);
            return 0;
          }
          case "reopen": {
            const period = await requirePeriod(db, ward.id, values.period);
            const result = await reopenPeriod(db, ward.id, period.id, CLI_ACTOR, now);
            if (!result.ok) throw new UsageError(`"${period.name}" is open.`);
            console.log(`Reopened "${period.name}" (deadline ${formatDateTime(period.deadline, ward.timeZone)}).`);
            return 0;
          }
          case "rename": {
            const period = await requirePeriod(db, ward.id, values.period);
            const check = checkPeriodName(values.name ?? "");
            if (!check.ok) throw new UsageError(check.reason === "empty" ? "Missing --name <new name>." : "--name is longer than 120 characters.");
            const result = await renamePeriod(db, ward.id, period.id, check.name, CLI_ACTOR, now);
            if (!result.ok) throw new UsageError(`A period named "${check.name}" exists.`);
            console.log(`Renamed "${period.name}" to "${check.name}".`);
            return 0;
          }
          default:
            throw new UsageError(action ? `Unknown action "${action}".` : "Missing action.");
        }
      });
    });
  },
};
