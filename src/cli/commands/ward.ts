// `ward create|update|list|show`: a ward (phường / xã) and its document settings.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { installAwardDefaults } from "../../db/repos/awards.js";
import { installCatalogue } from "../../db/repos/catalogue.js";
import { createWard, findWardBySlug, listWards, splitLines, updateWard, type WardSettings } from "../../db/repos/wards.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../domain/catalogue.js";
import { parseReminderDays, parseReminderTime } from "../../domain/reminders.js";
import { normalizeText } from "../../domain/text.js";
import { printAdminInvite, takeInviteFlags } from "./admin-invite.js";
import { guarded, parseOptions, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";

const USAGE = `Usage:
  npm run cli -- ward create --slug <slug> --name <name> --signer <name> [--admin-name <name>] [--bot <username>] [settings…]
  npm run cli -- ward update --slug <slug> [settings…]
  npm run cli -- ward list
  npm run cli -- ward show --slug <slug>

create prints the invite of the ward's admin: a link and a QR code (the bot's username from
--bot, BOT_USERNAME or BOT_TOKEN; without one, the code to send as /start <code>).

Settings (flags win over --settings):
  --settings <file.json>     the settings below as JSON, e.g.
                             {"name": "Phường Phan Đình Phùng", "issuerNameLines": ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG"],
                              "placeName": "Phường Phan Đình Phùng", "signerName": "Trần Đình Thìn", "recipients": ["Như trên;", "Lưu: VP."]}
  --name <text>              the ward's name, e.g. "Phường Phan Đình Phùng"
  --issuer-superior <text>   the issuer's superior body (CAPITALS), may be empty
  --issuer-line <text>       one line of the issuer's name (repeat), default "ỦY BAN NHÂN DÂN" and the name in capitals
  --place <text>             the place of the date line, default the name
  --signer <name>            who signs (the chairman)
  --signer-title <text>      default "CHỦ TỊCH"
  --signer-authority <text>  e.g. "TM. ỦY BAN NHÂN DÂN"
  --recipient <line>         one "Nơi nhận" line (repeat)
  --addressee <line>         one "Kính gửi" line (repeat)
  --document-symbol <text>   default "BC-UBND"
  --document-number <n>      the report's number ("Số: 05/BC-UBND"); "" leaves it for the office to fill
  --reminder-days <list>     days before the deadline reminders go out, default "3,1,0"
  --reminder-time <hh:mm>    local time of the reminders, default 08:00 (never 21:00–07:00)
  --time-zone <IANA zone>    default "Asia/Ho_Chi_Minh"`;

const line = z.string().transform((value) => normalizeText(value));
const lines = z.array(line).transform((values) => values.filter((value) => value !== ""));

/** The JSON settings file: WardSettings' names, with a few friendlier aliases. */
const fileSchema = z
  .object({
    slug: z.string().optional(),
    name: line.optional(),
    issuerSuperior: line.optional(),
    issuerNameLines: lines.optional(),
    issuerLines: lines.optional(),
    placeName: line.optional(),
    place: line.optional(),
    signerName: line.optional(),
    signer: line.optional(),
    signerTitle: line.optional(),
    signerAuthority: line.optional(),
    recipients: lines.optional(),
    addressees: lines.optional(),
    documentSymbol: line.optional(),
    timeZone: z.string().optional(),
  })
  .strict();

type Settings = Partial<WardSettings> & { timeZone?: string };

function readSettingsFile(path: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${path}: ${issue?.path.join(".") || "settings"}: ${issue?.message ?? "invalid"}`);
  }
  const file = parsed.data;
  return dropUndefined({
    slug: file.slug,
    name: file.name,
    issuerSuperior: file.issuerSuperior,
    issuerNameLines: file.issuerNameLines ?? file.issuerLines,
    placeName: file.placeName ?? file.place,
    signerName: file.signerName ?? file.signer,
    signerTitle: file.signerTitle,
    signerAuthority: file.signerAuthority,
    recipients: file.recipients,
    addressees: file.addressees,
    documentSymbol: file.documentSymbol,
    timeZone: file.timeZone,
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

const settingOptions = {
  slug: { type: "string" },
  settings: { type: "string" },
  name: { type: "string" },
  "issuer-superior": { type: "string" },
  "issuer-line": { type: "string", multiple: true },
  place: { type: "string" },
  signer: { type: "string" },
  "signer-title": { type: "string" },
  "signer-authority": { type: "string" },
  recipient: { type: "string", multiple: true },
  addressee: { type: "string", multiple: true },
  "document-symbol": { type: "string" },
  "time-zone": { type: "string" },
  "document-number": { type: "string" },
  "reminder-days": { type: "string" },
  "reminder-time": { type: "string" },
} as const;

function settingsFrom(args: string[]): Settings {
  const { values } = parseOptions(args, settingOptions);
  const file = values.settings ? readSettingsFile(values.settings) : {};
  const text = (value: string | undefined) => (value === undefined ? undefined : normalizeText(value));
  const list = (value: string[] | undefined) => value?.map(normalizeText).filter((item) => item !== "");
  const settings: Settings = {
    ...file,
    ...dropUndefined({
      slug: text(values.slug),
      name: text(values.name),
      issuerSuperior: text(values["issuer-superior"]),
      issuerNameLines: list(values["issuer-line"]),
      placeName: text(values.place),
      signerName: text(values.signer),
      signerTitle: text(values["signer-title"]),
      signerAuthority: text(values["signer-authority"]),
      recipients: list(values.recipient),
      addressees: list(values.addressee),
      documentSymbol: text(values["document-symbol"]),
      timeZone: text(values["time-zone"]),
      documentNumber: values["document-number"] === undefined ? undefined : documentNumber(values["document-number"]),
      reminderDays: values["reminder-days"] === undefined ? undefined : reminderDays(values["reminder-days"]),
      reminderTime: values["reminder-time"] === undefined ? undefined : reminderTime(values["reminder-time"]),
    }),
  };
  if (settings.slug !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(settings.slug)) {
    throw new UsageError(`--slug "${settings.slug}": use lower-case letters, digits and dashes, e.g. phan-dinh-phung.`);
  }
  if (settings.timeZone !== undefined && !validTimeZone(settings.timeZone)) throw new UsageError(`Unknown time zone "${settings.timeZone}".`);
  return settings;
}

/** "" clears the number (the office writes it by hand); otherwise a positive integer. */
function documentNumber(text: string): number | null {
  if (text.trim() === "") return null;
  if (!/^\d{1,6}$/.test(text.trim())) throw new UsageError(`--document-number "${text}": a number such as 125, or "" for none.`);
  return Number(text.trim());
}

function reminderDays(text: string): string {
  const days = parseReminderDays(text);
  if (days === null) throw new UsageError(`--reminder-days "${text}": days before the deadline, e.g. "3,1,0" (0 = the deadline's morning).`);
  return days.join(",");
}

function reminderTime(text: string): string {
  const time = parseReminderTime(text);
  if (time === null) throw new UsageError(`--reminder-time "${text}": a local time such as 08:00.`);
  return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function describe(ward: { slug: string; name: string; issuerSuperior: string; issuerName: string; placeName: string; signerName: string; signerTitle: string; signerAuthority: string; recipients: string; addressees: string; documentSymbol: string; timeZone: string; documentNumber: number | null; reminderDays: string; reminderTime: string }): string {
  return [
    `${ward.slug}: ${ward.name}`,
    `  issuer:    ${[ward.issuerSuperior, ...splitLines(ward.issuerName)].filter(Boolean).join(" / ")}`,
    `  place:     ${ward.placeName}`,
    `  signer:    ${[ward.signerAuthority, ward.signerTitle, ward.signerName].filter(Boolean).join(" / ")}`,
    `  kính gửi:  ${splitLines(ward.addressees).join(" | ") || "-"}`,
    `  nơi nhận:  ${splitLines(ward.recipients).join(" | ") || "-"}`,
    `  symbol:    ${ward.documentSymbol}; number ${ward.documentNumber ?? "(left blank)"}; time zone ${ward.timeZone}`,
    `  reminders: ${ward.reminderDays || "(none)"} day(s) before the deadline at ${ward.reminderTime}`,
  ].join("\n");
}

export const wardCommand: Command = {
  name: "ward",
  summary: "Create, update, list or show a ward and its document settings",
  run(args, config) {
    return guarded(USAGE, async () => {
      const [action, ...rest] = args;
      switch (action) {
        case "create": {
          const flags = takeInviteFlags(rest);
          const settings = settingsFrom(flags.rest);
          const missing = (["slug", "name", "signerName"] as const).filter((key) => !settings[key]);
          if (missing.length > 0) {
            const flags = { slug: "--slug", name: "--name", signerName: "--signer" };
            throw new UsageError(`Missing ${missing.map((key) => flags[key]).join(", ")}.`);
          }
          const name = settings.name!;
          const complete: WardSettings & { timeZone?: string } = {
            ...settings,
            slug: settings.slug!,
            name,
            signerName: settings.signerName!,
            issuerNameLines: settings.issuerNameLines?.length ? settings.issuerNameLines : ["ỦY BAN NHÂN DÂN", name.toLocaleUpperCase("vi")],
            placeName: settings.placeName || name,
          };
          return withDatabase(config, async ({ db }) => {
            if (await findWardBySlug(db, complete.slug)) throw new UsageError(`A ward with slug "${complete.slug}" exists; change it with: ward update.`);
            const { timeZone, ...wardSettings } = complete;
            const ward = await createWard(db, wardSettings);
            if (timeZone) await db.ward.update({ where: { id: ward.id }, data: { timeZone } });
            await installCatalogue(db, ward.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
            await installAwardDefaults(db, ward.id);
            const created = await db.ward.findUniqueOrThrow({ where: { id: ward.id } });
            console.log(`Created ward (id ${ward.id}) with the default catalogue:\n${describe(created)}`);
            await printAdminInvite(db, created, flags, new Date());
            console.log(`\nNext, the groups: npm run cli -- import-groups --ward ${ward.slug} --file groups.xlsx`);
            return 0;
          });
        }
        case "update": {
          const { slug, timeZone, ...settings } = settingsFrom(rest);
          if (!slug) throw new UsageError("Missing --slug.");
          return withDatabase(config, async ({ db }) => {
            const ward = await findWardBySlug(db, slug);
            if (!ward) throw new UsageError(`No ward with slug "${slug}".`);
            await updateWard(db, ward.id, settings);
            if (timeZone) await db.ward.update({ where: { id: ward.id }, data: { timeZone } });
            console.log(`Updated:\n${describe(await db.ward.findUniqueOrThrow({ where: { id: ward.id } }))}`);
            return 0;
          });
        }
        case "list":
          return withDatabase(config, async ({ db }) => {
            const wards = await listWards(db);
            if (wards.length === 0) console.log("No wards yet. Create one with: npm run cli -- ward create …");
            for (const ward of wards) console.log(`${ward.slug.padEnd(24)} ${ward.name}`);
            return 0;
          });
        case "show": {
          const { values } = parseOptions(rest, { slug: { type: "string" } });
          return withDatabase(config, async ({ db }) => {
            const ward = values.slug ? await findWardBySlug(db, values.slug) : null;
            if (!ward) throw new UsageError(`No ward with slug "${values.slug ?? ""}".`);
            console.log(describe(ward));
            return 0;
          });
        }
        default:
          throw new UsageError(action ? `Unknown action "${action}".` : "Missing action.");
      }
    });
  },
};
