// Opens 1.000 leaders' report conversations in a fresh process and prints its RSS before and
// after as JSON (run by the load suite).
import { botOn, FIRST_USER, LEADERS, withWard } from "./load.js";
import { textUpdate } from "../support/updates.js";

await withWard("sqlite", async (database) => {
  const bot = botOn(database);
  const open = async (i: number) => {
    await bot.handleUpdate(textUpdate(FIRST_USER + i, "/baocao"));
    await bot.handleUpdate(textUpdate(FIRST_USER + i, String(200 + (i % 50))));
  };
  for (let i = 0; i < 20; i++) await open(i); // warm-up: code loaded, caches filled
  global.gc?.();
  const before = process.memoryUsage().rss;
  for (let i = 20; i < LEADERS; i++) await open(i);
  global.gc?.();
  const after = process.memoryUsage().rss;
  const open_ = await database.db.conversationState.count();
  console.log(JSON.stringify({ before, after, open: open_ }));
});
