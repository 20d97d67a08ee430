// The first run of a real ward: `ward create` prints one invite for the ward's admin (a link
// and a QR code the terminal shows). From there everything happens in the chat.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import QRCode from "qrcode";
import type { Db } from "../../db/client.js";
import { inviteLink, issueInvite } from "../../db/repos/member-invites.js";
import { formatDateTime } from "../../domain/format.js";
import { words } from "../../i18n/words.js";
import { renderInviteSheet } from "../../reports/invite-sheet/invite-sheet.js";
import { resolveBotUsername, UsageError } from "./cli-args.js";

export interface InviteFlags {
  rest: string[];
  bot: string | undefined;
  adminName: string | undefined;
  invitePdf: string | undefined;
}

/** Takes `--bot <username>`, `--admin-name <name>` and `--invite-pdf <file>` out of the ward's settings flags. */
export function takeInviteFlags(args: string[]): InviteFlags {
  const rest: string[] = [];
  let bot: string | undefined;
  let adminName: string | undefined;
  let invitePdf: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [flag, inline] = arg.split(/=(.*)/su, 2) as [string, string | undefined];
    if (flag === "--bot" || flag === "--admin-name" || flag === "--invite-pdf") {
      const value = inline ?? args[++index];
      if (value === undefined) throw new UsageError(`${flag} needs a value.`);
      if (flag === "--bot") bot = value;
      else if (flag === "--invite-pdf") invitePdf = value;
      else adminName = value.normalize("NFC").trim();
    } else rest.push(arg);
  }
  return { rest, bot, adminName, invitePdf };
}

/** The admin's invite as a printable A4 page (the leaders' invite sheet, one block). */
async function writeInvitePdf(path: string, ward: { name: string; timeZone: string }, adminName: string | undefined, link: string, expiresAt: Date, now: Date): Promise<void> {
  const pdf = await renderInviteSheet({
    wardName: ward.name,
    createdAt: now,
    timeZone: ward.timeZone,
    title: words("invite-sheet-admin-heading"),
    instruction: words("invite-sheet-admin-instruction"),
    blocks: [{ groupName: words("invite-sheet-admin-block"), roleLabel: words("invite-sheet-admin-role"), leaderName: adminName || null, kind: "pending", link, expiresAt }],
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, pdf);
}

export async function printAdminInvite(
  db: Db,
  ward: { id: number; slug: string; name: string; timeZone: string },
  flags: { bot?: string | undefined; adminName?: string | undefined; invitePdf?: string | undefined },
  now: Date,
): Promise<void> {
  const invite = await issueInvite(db, { wardId: ward.id, role: "admin", fullName: flags.adminName || null, now, days: 14 });
  const until = formatDateTime(new Date(invite.expiresAt), ward.timeZone);
  let bot: string | null = null;
  try {
    bot = await resolveBotUsername(flags.bot);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
  }
  console.log(`\nThe ward's admin registers with this invite (single use, valid until ${until}):`);
  if (!bot) {
    console.log(`  open the bot in Telegram and send: /start ${invite.code}`);
    console.log("  (pass --bot <username>, or set BOT_USERNAME or BOT_TOKEN, to get a link and a QR code)");
    return;
  }
  const link = inviteLink(bot, invite.code);
  console.log(`  ${link}\n`);
  console.log(await QRCode.toString(link, { type: "terminal", small: true, errorCorrectionLevel: "M" }));
  const pdfPath = flags.invitePdf ?? `out/moi-quan-tri-${ward.slug}.pdf`;
  await writeInvitePdf(pdfPath, ward, flags.adminName, link, new Date(invite.expiresAt), now);
  console.log(`The same invite, to print: ${pdfPath}\n`);
  console.log("Scan it with the phone's camera. The admin then does everything in the chat: /kybaocao opens");
  console.log("a reporting period, /moi invites officers and leaders.");
}
