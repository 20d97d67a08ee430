// `npm run cli -- member list|deactivate|replace-leader --ward <slug> …`: the ward's people,
// with who is registered, pending or blocked; each change audited.
import { CLI_ACTOR } from "../../db/repos/audit.js";
import { deactivateMember, replaceLeader, wardMembers } from "../../db/repos/group-admin.js";
import { inviteLink } from "../../db/repos/member-invites.js";
import { guarded, inviteDetails, parseOptions, requireWard, resolveBotUsername, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";

const USAGE = `Usage:
  npm run cli -- member list           --ward <slug> [--all]      (--all: also members no longer active)
  npm run cli -- member deactivate     --ward <slug> --id <member id>
  npm run cli -- member replace-leader --ward <slug> --group "Tổ 3" --name "Lê Văn Mới" [--phone 09…] [--days 14] [--now] [--bot <username>]
replace-leader invites the new leader; the old one loses access when the new one registers
(with --now: at once). Reports already sent stay, with who sent them.`;

export const memberCommand: Command = {
  name: "member",
  summary: "List a ward's people (registered, pending, blocked), deactivate one, or replace a group's leader",
  run(args, config) {
    return guarded(USAGE, async () => {
      const [action, ...rest] = args;
      const { values } = parseOptions(rest, {
        ward: { type: "string" },
        all: { type: "boolean" },
        id: { type: "string" },
        group: { type: "string" },
        name: { type: "string" },
        phone: { type: "string" },
        days: { type: "string" },
        now: { type: "boolean" },
        bot: { type: "string" },
      });
      if (!action || !["list", "deactivate", "replace-leader"].includes(action)) throw new UsageError(action ? `Unknown action "${action}".` : "Missing the action.");
      const bot = action === "replace-leader" ? await resolveBotUsername(values.bot) : "";
      return withDatabase(config, async (database) => {
        const { db } = database;
        const ward = await requireWard(database, values.ward);
        const now = new Date();
        if (action === "list") {
          for (const m of await wardMembers(db, ward.id, { includeInactive: values.all ?? false })) {
            console.log(`${m.id}\t${m.state}\t${m.role}\t${m.groupName ?? "-"}\t${m.fullName}${m.phone ? `\t${m.phone}` : ""}`);
          }
          return 0;
        }
        if (action === "deactivate") {
          if (!values.id || !/^\d+$/u.test(values.id)) throw new UsageError("Missing --id <member id> (see member list).");
          const result = await deactivateMember(db, ward.id, Number(values.id), CLI_ACTOR, now);
          if (!result.ok) {
            console.error("Nothing changed: no active member with that id in the ward.");
            return 1;
          }
          console.log(`${result.fullName} no longer has access; their reports stay.`);
          return 0;
        }
        if (!values.group || !values.name) throw new UsageError("Missing --group or --name.");
        const { days, name, phone } = inviteDetails({ ...(values.days ? { days: values.days } : {}), name: values.name, ...(values.phone ? { phone: values.phone } : {}) });
        const result = await replaceLeader(db, ward.id, values.group, { fullName: name!, phone, days, immediately: values.now ?? false }, CLI_ACTOR, now);
        if (!result.ok) {
          console.error(result.reason === "not-found" ? `Nothing changed: no active group "${values.group}".` : "Nothing changed: the name must be 2–80 characters.");
          return 1;
        }
        const who = result.replaced.map((m) => m.fullName).join(", ") || "nobody";
        console.log(`Invite for ${name} (${values.group}): ${inviteLink(bot, result.invite.code)}`);
        console.log(result.immediately ? `${who} lost access now.` : `${who} loses access when ${name} registers.`);
        return 0;
      });
    });
  },
};
