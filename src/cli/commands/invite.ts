// `invite --ward <slug> --role <role> [--group <name>]`: prints a one-time registration link.
import { findGroupByName, inviteLink, issueInvite, unregisteredLeaders } from "../../db/repos/member-invites.js";
import { formatDateTime } from "../../domain/format.js";
import { foldDiacritics } from "../../domain/text.js";
import type { Role } from "../../domain/types.js";
import { guarded, inviteDetails, parseOptions, requireWard, resolveBotUsername, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";

const ROLES: Role[] = ["leader", "officer", "chair", "council", "admin"];

const USAGE = `Usage:
  npm run cli -- invite --ward <slug> --role <${ROLES.join("|")}> [--group "Tổ 3"] [--name "Họ Tên"] [--phone 09…]
                        [--days 14] [--bot <bot username>] [--quiet]

--group is required for a leader. A leader the import listed for the group is bound to the
invite (matched by --name, or the only one not yet registered). The bot's username comes
from --bot, BOT_USERNAME or BOT_TOKEN (getMe). --quiet prints only the link.`;

export const inviteCommand: Command = {
  name: "invite",
  summary: "Print a one-time invite link for a leader, officer, chair or council member",
  run(args, config) {
    return guarded(USAGE, async () => {
      const { values } = parseOptions(args, {
        ward: { type: "string" },
        role: { type: "string" },
        group: { type: "string" },
        name: { type: "string" },
        phone: { type: "string" },
        days: { type: "string" },
        bot: { type: "string" },
        quiet: { type: "boolean" },
      });
      const role = ROLES.find((candidate) => candidate === values.role);
      if (!role) throw new UsageError(`--role must be one of ${ROLES.join(", ")}.`);
      if (role === "leader" && !values.group) throw new UsageError("A leader's invite needs --group <group name>.");
      if (role !== "leader" && values.group) throw new UsageError("--group is only for --role leader.");
      const { days, name, phone } = inviteDetails(values);
      const bot = await resolveBotUsername(values.bot);

      return withDatabase(config, async (database) => {
        const { db } = database;
        const ward = await requireWard(database, values.ward);
        let group: { id: number; name: string } | null = null;
        let memberId: number | null = null;
        let fullName = name;
        if (role === "leader") {
          group = await findGroupByName(db, ward.id, values.group!);
          if (!group) throw new UsageError(`No group "${values.group}" in ${ward.name}.`);
          const pending = await unregisteredLeaders(db, ward.id, group.id);
          const listed = name
            ? pending.find((leader) => foldDiacritics(leader.fullName) === foldDiacritics(name))
            : pending.length === 1
              ? pending[0]
              : undefined;
          if (listed) {
            memberId = listed.memberId;
            fullName = listed.fullName;
          }
        }
        const now = new Date();
        const invite = await issueInvite(db, {
          wardId: ward.id,
          role,
          groupId: group?.id ?? null,
          memberId,
          fullName,
          phone,
          now,
          days,
        });
        const link = inviteLink(bot, invite.code);
        if (values.quiet) {
          console.log(link);
          return 0;
        }
        const who = [role, group ? `of ${group.name}` : null, fullName ? `(${fullName}${memberId ? ", listed member" : ""})` : null]
          .filter(Boolean)
          .join(" ");
        console.log(`Invite for ${who} in ${ward.name}, single use, valid until ${formatDateTime(new Date(invite.expiresAt), ward.timeZone)}:`);
        console.log(link);
        return 0;
      });
    });
  },
};
