// `npm run cli -- template export|import|reset --ward <slug> [--file <path>]`: the narrative
// template of a ward's báo cáo sơ kết, a text file the office edits. Importing checks it first
// and reports every problem with its line number; nothing is stored unless it is clean (the
// same check and store as /maubaocao in the chat, audited as "template.import").
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "../../db/client.js";
import { findWardBySlug, listWards } from "../../db/repos/wards.js";
import { readDefaultTemplate } from "../../reports/template/default-template.js";
import { formatIssues } from "../../reports/template/template-issues.js";
import { storeReportTemplate } from "../../db/repos/catalogue-template.js";
import { CLI_ACTOR } from "../../db/repos/audit.js";
import type { Command } from "./index.js";

const USAGE = `Usage:
  npm run cli -- template export [--ward <slug>] --file mau-bao-cao.md   write the ward's template (or the default)
  npm run cli -- template import [--ward <slug>] --file mau-bao-cao.md   check and store an edited template
  npm run cli -- template reset  [--ward <slug>]                          go back to the default template`;

export const templateCommand: Command = {
  name: "template",
  summary: "Export, import (after checking) or reset a ward's báo cáo template",
  async run(args, config) {
    const [action, ...rest] = args;
    const { values } = parseArgs({ args: rest, options: { ward: { type: "string" }, file: { type: "string" } } });
    if (!action || !["export", "import", "reset"].includes(action) || (action !== "reset" && !values.file)) {
      console.error(USAGE);
      return 2;
    }
    const database = await openDatabase(config.DATABASE_URL);
    try {
      const { db } = database;
      const wards = await listWards(db);
      const ward = values.ward ? await findWardBySlug(db, values.ward) : wards.length === 1 ? wards[0] : null;
      if (!ward) {
        console.error(`Choose a ward with --ward: ${wards.map((w) => w.slug).join(", ") || "(none)"}`);
        return 2;
      }
      if (action === "export") {
        writeFileSync(values.file!, ward.reportTemplate ?? readDefaultTemplate());
        console.log(`${ward.reportTemplate ? "The template of" : "The default template for"} ${ward.name} → ${values.file}`);
        return 0;
      }
      if (action === "reset") {
        await db.ward.update({ where: { id: ward.id }, data: { reportTemplate: null } });
        console.log(`${ward.name} uses the default template again.`);
        return 0;
      }
      const stored = await storeReportTemplate(db, ward.id, readFileSync(values.file!, "utf8"), CLI_ACTOR, new Date());
      if (!stored.ok) {
        console.error(`Mẫu báo cáo chưa dùng được, chưa lưu gì:\n${formatIssues(stored.issues)}`);
        return 1;
      }
      console.log(stored.changed ? `Stored the template of ${ward.name}; the next /baocao uses it.` : `The template of ${ward.name} is unchanged.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
