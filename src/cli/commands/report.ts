// `npm run cli -- report --out <dir> [--ward <slug>] [--period "<name>"]`: the four report files
// of a period, without the bot. Defaults: the only ward, its latest period.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../../db/client.js";
import { latestPeriod } from "../../db/repos/periods.js";
import { listWards } from "../../db/repos/wards.js";
import type { Command } from "./index.js";

export const reportCommand: Command = {
  name: "report",
  summary: "Write the period's summary PDF, báo cáo sơ kết (PDF, DOCX) and data (XLSX) to --out",
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: { out: { type: "string", default: "out" }, ward: { type: "string" }, period: { type: "string" } },
    });
    const database = await openDatabase(config.DATABASE_URL);
    try {
      const { db } = database;
      const wards = await listWards(db);
      const ward = values.ward ? wards.find((candidate) => candidate.slug === values.ward) : wards.length === 1 ? wards[0] : undefined;
      if (!ward) {
        console.error(values.ward ? `No ward "${values.ward}". Wards: ${wards.map((w) => w.slug).join(", ") || "(none)"}` : `Choose a ward with --ward: ${wards.map((w) => w.slug).join(", ") || "(none: run seed-demo or ward create)"}`);
        return 2;
      }
      const period = values.period
        ? await db.period.findFirst({ where: { wardId: ward.id, name: values.period.normalize("NFC") } })
        : await latestPeriod(db, ward.id);
      if (!period) {
        console.error(`No period${values.period ? ` "${values.period}"` : ""} in ${ward.name}.`);
        return 2;
      }
      const started = performance.now();
      const { makeReportFiles } = await import("../../reports/make-report-files.js"); // renderers on use
      const { files, summary } = await makeReportFiles(db, period.id, new Date());
      const dir = resolve(values.out!);
      mkdirSync(dir, { recursive: true });
      for (const file of files) writeFileSync(join(dir, file.fileName), file.bytes);
      console.log(`${ward.name} — ${period.name}: ${summary.groups.reported}/${summary.groups.total} groups reported.`);
      for (const file of files) console.log(`  ${join(dir, file.fileName)} (${Math.round(file.bytes.length / 1024)} KB)`);
      console.log(`Made in ${Math.round(performance.now() - started)} ms.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
