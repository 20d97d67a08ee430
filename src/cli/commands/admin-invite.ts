// The first run of a real ward: `ward create` prints one invite for the ward's admin (a link
// and a QR code the terminal shows). From there everything happens in the chat.
import QRCode from "qrcode";
import type { Db } from "../../db/client.js";
import { inviteLink, issueInvite } from "../../db/repos/member-invites.js";
import { formatDateTime } from "../../domain/format.js";
import { resolveBotUsername, UsageError } from "./cli-args.js";

/** Takes `--bot <username>` and `--admin-name <name>` out of the ward's settings flags. */
export function takeInviteFlags(args: string[]): { rest: string[]; bot: string | undefined; adminName: string | undefined } {
  const rest: string[] = [];
  let bot: string | undefined;
  let adminName: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [flag, inline] = arg.split(/=(.*)/su, 2) as [string, string | undefined];
    if (flag === "--bot" || flag === "--admin-name") {
      const value = inline ?? args[++index];
      if (value === undefined) throw new UsageError(`${flag} needs a value.`);
      if (flag === "--bot") bot = value;
      else adminName = value.normalize("NFC").trim();
    } else rest.push(arg);
  }
  return { rest, bot, adminName };
}

export async function printAdminInvite(db: Db, ward: { id: number; name: string; timeZone: string }, flags: { bot?: string; adminName?: string }, now: Date): Promise<void> {
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
  console.log("Scan it with the phone's camera. The admin then does everything in the chat: /kybaocao opens");
  console.log("a reporting period, /moi invites officers and leaders.");
}
