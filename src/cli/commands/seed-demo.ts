import { openDatabase } from "../../db/client.js";
import { seedDemo } from "../demo/seed.js";
import type { Command } from "./index.js";

export const seedDemoCommand: Command = {
  name: "seed-demo",
  summary: "Load the model ward Phường Phan Đình Phùng (26 groups, period Năm 2024)",
  async run(_args, config) {
    const database = await openDatabase(config.DATABASE_URL);
    try {
      const result = await seedDemo(database.db);
      console.log(
        `${result.replaced ? "Replaced" : "Loaded"} the demo ward: ${result.groups} groups, period "Năm 2024" (ward id ${result.wardId}, period id ${result.periodId}).`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
