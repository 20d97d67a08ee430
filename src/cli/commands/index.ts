import type { BaseConfig } from "../../config.js";
import { cityCommand } from "./city.js";
import { catalogueCommand } from "./catalogue.js";
import { groupCommand } from "./group.js";
import { memberCommand } from "./member.js";
import { backupCommand } from "./backup.js";
import { importGroupsCommand } from "./import-groups.js";
import { inviteSheetCommand } from "./invite-sheet.js";
import { inviteCommand } from "./invite.js";
import { migrateCommand } from "./migrate.js";
import { periodCommand } from "./period.js";
import { reportCommand } from "./report.js";
import { templateCommand } from "./template.js";
import { seedDemoCommand } from "./seed-demo.js";
import { wardCommand } from "./ward.js";

export interface Command {
  name: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[], config: BaseConfig): Promise<number>;
}

export const commands: Command[] = [migrateCommand, seedDemoCommand, reportCommand, templateCommand, wardCommand, importGroupsCommand, inviteCommand, inviteSheetCommand, backupCommand, cityCommand, periodCommand, catalogueCommand, groupCommand, memberCommand];
