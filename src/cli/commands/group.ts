// `npm run cli -- group list|add|rename|merge --ward <slug> …`: the ward's groups, each change
// audited (the same repository functions as the officer's /to in the chat).
import { CLI_ACTOR } from "../../db/repos/audit.js";
import { addGroup, mergeGroups, renameGroup, type GroupChange } from "../../db/repos/group-admin.js";
import { guarded, parseOptions, requireWard, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";

const USAGE = `Usage:
  npm run cli -- group list   --ward <slug>
  npm run cli -- group add    --ward <slug> --name "Tổ 27" [--households 230]
  npm run cli -- group rename --ward <slug> --from "Tổ 3" --to "Tổ dân phố số 3"
  npm run cli -- group merge  --ward <slug> --into "Tổ 1" --from "Tổ 2" [--from "Tổ 5"]
A merged group keeps its reports; from the next period the target reports for all of them.
To import many groups at once from a spreadsheet: npm run cli -- import-groups`;

const REASONS: Record<Exclude<GroupChange, { ok: true }>["reason"], string> = {
  exists: "a group with that name already exists in the ward",
  "not-found": "no active group with that name",
  "same-group": "a group cannot be merged into itself",
  "bad-name": "the name must be 2–80 characters",
};

export const groupCommand: Command = {
  name: "group",
  summary: "List, add, rename or merge a ward's groups (audited)",
  run(args, config) {
    return guarded(USAGE, async () => {
      const [action, ...rest] = args;
      const { values } = parseOptions(rest, {
        ward: { type: "string" },
        name: { type: "string" },
        households: { type: "string" },
        from: { type: "string", multiple: true },
        to: { type: "string" },
        into: { type: "string" },
      });
      if (!action || !["list", "add", "rename", "merge"].includes(action)) throw new UsageError(action ? `Unknown action "${action}".` : "Missing the action.");
      return withDatabase(config, async (database) => {
        const { db } = database;
        const ward = await requireWard(database, values.ward);
        const now = new Date();
        let result: GroupChange;
        if (action === "list") {
          const groups = await db.group.findMany({ where: { wardId: ward.id }, orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { id: "asc" }], include: { _count: { select: { members: { where: { active: true } } } } } });
          const names = new Map(groups.map((g) => [g.id, g.name]));
          for (const g of groups) {
            const state = g.active ? "" : g.mergedIntoId ? ` (merged into ${names.get(g.mergedIntoId) ?? g.mergedIntoId})` : " (inactive)";
            console.log(`${g.name}\t${g.households ?? "-"} households\t${g._count.members} people${state}`);
          }
          return 0;
        }
        if (action === "add") {
          if (!values.name) throw new UsageError("Missing --name.");
          const households = values.households === undefined ? null : Number(values.households);
          if (households !== null && (!Number.isInteger(households) || households < 1 || households > 100_000)) throw new UsageError("--households must be a whole number from 1 to 100000.");
          result = await addGroup(db, ward.id, { name: values.name, households }, CLI_ACTOR, now);
        } else if (action === "rename") {
          if (!values.from?.[0] || !values.to) throw new UsageError("Missing --from or --to.");
          result = await renameGroup(db, ward.id, values.from[0], values.to, CLI_ACTOR, now);
        } else {
          if (!values.into || !values.from?.length) throw new UsageError("Missing --into or --from.");
          result = await mergeGroups(db, ward.id, values.from, values.into, CLI_ACTOR, now);
        }
        if (!result.ok) {
          console.error(`Nothing changed: ${REASONS[result.reason]}.`);
          return 1;
        }
        console.log(action === "merge" ? `Merged ${values.from!.join(", ")} into ${values.into}; the next period counts them as one group.` : `Done (${action}).`);
        return 0;
      });
    });
  },
};
