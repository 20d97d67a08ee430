// `city create|add-ward|remove-ward|list|invite|report`: a city and its wards, invites for
// city-level officials, and the city roll-up's PDF and XLSX without the bot.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addWardToCity, cityPeriodChoices, createCity, findCityBySlug, listCities, PERIOD_KINDS, removeWardFromCity } from "../../db/repos/city.js";
import { inviteLink, issueInvite } from "../../db/repos/member-invites.js";
import { formatDateTime } from "../../domain/format.js";
import { normalizeText } from "../../domain/text.js";
import type { PeriodKind } from "../../domain/types.js";
import { guarded, inviteDetails, parseOptions, requireWard, resolveBotUsername, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";
import type { Database } from "../../db/client.js";

const USAGE = `Usage:
  npm run cli -- city create --slug <slug> --name <name>
  npm run cli -- city add-ward --city <slug> --ward <slug>
  npm run cli -- city remove-ward --ward <slug>
  npm run cli -- city list
  npm run cli -- city invite --city <slug> --ward <slug> [--name "Họ Tên"] [--phone 09…] [--days 14] [--bot <username>] [--quiet]
  npm run cli -- city report --city <slug> --year <yyyy> --kind <${PERIOD_KINDS.join("|")}> [--out <dir>]

A city-level official is a member with the role "city" registered in any ward of the city;
"city invite" prints the one-time link that registers one. "city report" writes the roll-up
(by ward and for the city) of the wards' periods of that year and kind.`;

async function requireCity(database: Database, slug: string | undefined) {
  if (!slug) throw new UsageError("Missing --city <slug>.");
  const city = await findCityBySlug(database.db, slug);
  if (!city) throw new UsageError(`No city with slug "${slug}". List them with: npm run cli -- city list`);
  return city;
}

function slugOf(value: string | undefined): string {
  if (!value) throw new UsageError("Missing --slug.");
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) throw new UsageError(`--slug "${value}": use lower-case letters, digits and dashes, e.g. thai-nguyen.`);
  return value;
}

function yearOf(value: string | undefined): number {
  if (!value || !/^\d{4}$/.test(value)) throw new UsageError("--year must be a year, e.g. 2024.");
  return Number(value);
}

function kindOf(value: string | undefined): PeriodKind {
  const kind = PERIOD_KINDS.find((candidate) => candidate === value);
  if (!kind) throw new UsageError(`--kind must be one of ${PERIOD_KINDS.join(", ")}.`);
  return kind;
}

export const cityCommand: Command = {
  name: "city",
  summary: "Create a city, put wards in it, invite a city official, write the city roll-up",
  run(args, config) {
    return guarded(USAGE, async () => {
      const [action, ...rest] = args;
      switch (action) {
        case "create": {
          const { values } = parseOptions(rest, { slug: { type: "string" }, name: { type: "string" } });
          const slug = slugOf(values.slug);
          const name = values.name === undefined ? "" : normalizeText(values.name);
          if (name.length < 2) throw new UsageError("Missing --name, e.g. --name \"Thành phố Thái Nguyên\".");
          return withDatabase(config, async ({ db }) => {
            if (await findCityBySlug(db, slug)) throw new UsageError(`A city with slug "${slug}" exists.`);
            const city = await createCity(db, { slug, name });
            console.log(`Created city (id ${city.id}) ${city.slug}: ${city.name}`);
            console.log(`\nNext: npm run cli -- city add-ward --city ${city.slug} --ward <ward slug>`);
            return 0;
          });
        }
        case "add-ward": {
          const { values } = parseOptions(rest, { city: { type: "string" }, ward: { type: "string" } });
          return withDatabase(config, async (database) => {
            const city = await requireCity(database, values.city);
            const ward = await requireWard(database, values.ward);
            if (ward.cityId === city.id) {
              console.log(`${ward.name} is already in ${city.name}.`);
              return 0;
            }
            const moved = ward.cityId !== null;
            await addWardToCity(database.db, city.id, ward.id);
            console.log(`${moved ? "Moved" : "Added"} ${ward.name} (${ward.slug}) to ${city.name}.`);
            return 0;
          });
        }
        case "remove-ward": {
          const { values } = parseOptions(rest, { ward: { type: "string" } });
          return withDatabase(config, async (database) => {
            const ward = await requireWard(database, values.ward);
            await removeWardFromCity(database.db, ward.id);
            console.log(`${ward.name} is in no city now.`);
            return 0;
          });
        }
        case "list":
          parseOptions(rest, {});
          return withDatabase(config, async ({ db }) => {
            const cities = await listCities(db);
            if (cities.length === 0) console.log("No cities yet. Create one with: npm run cli -- city create --slug <slug> --name <name>");
            for (const city of cities) {
              console.log(`${city.slug.padEnd(24)} ${city.name} (${city.wards.length} wards)`);
              for (const ward of city.wards) console.log(`  ${ward.slug.padEnd(22)} ${ward.name}`);
              const choices = await cityPeriodChoices(db, city.id);
              if (choices.length > 0) console.log(`  periods: ${choices.map((c) => `${c.year} ${c.kind} (${c.wards} wards)`).join(", ")}`);
            }
            return 0;
          });
        case "invite": {
          const { values } = parseOptions(rest, {
            city: { type: "string" },
            ward: { type: "string" },
            name: { type: "string" },
            phone: { type: "string" },
            days: { type: "string" },
            bot: { type: "string" },
            quiet: { type: "boolean" },
          });
          const { days, name, phone } = inviteDetails(values);
          const bot = await resolveBotUsername(values.bot);
          return withDatabase(config, async (database) => {
            const city = await requireCity(database, values.city);
            const ward = await requireWard(database, values.ward);
            if (ward.cityId !== city.id) {
              throw new UsageError(`${ward.name} is not in ${city.name}; add it first: npm run cli -- city add-ward --city ${city.slug} --ward ${ward.slug}`);
            }
            const invite = await issueInvite(database.db, { wardId: ward.id, role: "city", fullName: name, phone, now: new Date(), days });
            const link = inviteLink(bot, invite.code);
            if (values.quiet) {
              console.log(link);
              return 0;
            }
            console.log(
              `Invite for a city official of ${city.name}${name ? ` (${name})` : ""}, registered in ${ward.name}, single use, valid until ${formatDateTime(new Date(invite.expiresAt), ward.timeZone)}:`,
            );
            console.log(link);
            return 0;
          });
        }
        case "report": {
          const { values } = parseOptions(rest, {
            city: { type: "string" },
            year: { type: "string" },
            kind: { type: "string" },
            out: { type: "string", default: "out" },
          });
          const year = yearOf(values.year);
          const kind = kindOf(values.kind);
          return withDatabase(config, async (database) => {
            const city = await requireCity(database, values.city);
            const choices = await cityPeriodChoices(database.db, city.id);
            if (!choices.some((choice) => choice.year === year && choice.kind === kind)) {
              const known = choices.map((choice) => `--year ${choice.year} --kind ${choice.kind}`).join("; ") || "none";
              console.error(`No ward of ${city.name} has a ${kind} period of ${year}. Periods: ${known}.`);
              return 2;
            }
            const started = performance.now();
            const { makeCityReportFiles } = await import("../../reports/city/make-city-files.js"); // renderers on use
            const { rollup, files } = await makeCityReportFiles(database.db, city.id, year, kind, new Date());
            const dir = resolve(values.out!);
            mkdirSync(dir, { recursive: true });
            for (const file of files) writeFileSync(join(dir, file.fileName), file.bytes);
            const total = rollup.total.groups;
            console.log(`${city.name} — ${year} ${kind}: ${rollup.wardsWithPeriod}/${rollup.wards.length} wards have the period; ${total.reported}/${total.total} groups reported.`);
            for (const ward of rollup.wards) {
              const groups = ward.summary?.groups;
              console.log(`  ${ward.ward.slug.padEnd(22)} ${groups ? `${groups.reported}/${groups.total} reported (${ward.period!.name})` : "no such period"}`);
            }
            for (const file of files) console.log(`  ${join(dir, file.fileName)} (${Math.round(file.bytes.length / 1024)} KB)`);
            console.log(`Made in ${Math.round(performance.now() - started)} ms.`);
            return 0;
          });
        }
        default:
          throw new UsageError(action ? `Unknown action "${action}".` : "Missing action.");
      }
    });
  },
};
