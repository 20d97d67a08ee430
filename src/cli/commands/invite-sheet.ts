// `invite-sheet --ward <slug> --out invites.pdf`: the printable sheet of leader invites.
import { writeFileSync } from "node:fs";
import { wardInviteSheet } from "../../reports/invite-sheet/ward-invite-sheet.js";
import { guarded, parseOptions, positiveInteger, requireWard, resolveBotUsername, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";

const USAGE = `Usage:
  npm run cli -- invite-sheet --ward <slug> --out invites.pdf [--days 30] [--renew] [--bot <bot username>] [--zalo <link>]

One block per leader of every group: a QR code and link for each leader not yet registered.
A leader's unused invite valid for at least 7 more days is printed again; otherwise (or with
--renew) a fresh invite is created and the leader's older invites stop working. Each block also
carries the code to type on Zalo, and a QR code opening the bot on Zalo when --zalo (or
ZALO_BOT_LINK) gives its link. A ward on Zalo only (no --bot, BOT_USERNAME or BOT_TOKEN, but
--zalo, ZALO_BOT_LINK or ZALO_BOT_TOKEN) gets the codes and the Zalo QR, without Telegram links.`;

export const inviteSheetCommand: Command = {
  name: "invite-sheet",
  summary: "Write a printable A4 PDF of invite QR codes for leaders not yet registered",
  run(args, config) {
    return guarded(USAGE, async () => {
      const { values } = parseOptions(args, {
        ward: { type: "string" },
        out: { type: "string" },
        days: { type: "string" },
        renew: { type: "boolean" },
        bot: { type: "string" },
        zalo: { type: "string" },
      });
      if (!values.out) throw new UsageError("Missing --out <file.pdf>.");
      const days = positiveInteger(values.days, "--days", 30);
      const zaloLink = values.zalo ?? config.ZALO_BOT_LINK ?? null;
      const telegram = values.bot !== undefined || Boolean(process.env.BOT_USERNAME) || Boolean(process.env.BOT_TOKEN);
      const zaloOnly = !telegram && (zaloLink !== null || Boolean(process.env.ZALO_BOT_TOKEN));
      // "": no Telegram link is printed (wardInviteSheet), only the codes to type on Zalo.
      const bot = zaloOnly ? "" : await resolveBotUsername(values.bot);
      return withDatabase(config, async (database) => {
        const ward = await requireWard(database, values.ward);
        const now = new Date();
        const { pdf, entries } = await wardInviteSheet(database.db, ward, {
          botUsername: bot,
          now,
          days,
          renew: values.renew ?? false,
          zaloLink,
        });
        writeFileSync(values.out!, pdf);
        const pending = entries.filter((entry) => entry.kind === "pending");
        const reused = pending.filter((entry) => entry.reused).length;
        const registered = entries.filter((entry) => entry.kind === "registered").length;
        const noLeader = entries.filter((entry) => entry.kind === "no-leader");
        console.log(
          `Wrote ${values.out}: ${pending.length} invites (${pending.length - reused} new, ${reused} reused), ` +
            `${registered} leaders already registered, ${noLeader.length} groups without a leader.`,
        );
        if (zaloOnly) console.log("No Telegram bot is configured: the sheet carries the codes to type on Zalo, without Telegram links.");
        if (noLeader.length > 0) console.log(`Groups without a leader: ${noLeader.map((entry) => entry.groupName).join(", ")}`);
        return 0;
      });
    });
  },
};
