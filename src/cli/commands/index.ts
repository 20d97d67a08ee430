import type { BaseConfig } from "../../config.js";
import { migrateCommand } from "./migrate.js";
import { seedDemoCommand } from "./seed-demo.js";

export interface Command {
  name: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[], config: BaseConfig): Promise<number>;
}

export const commands: Command[] = [migrateCommand, seedDemoCommand];
