// Rows that serve nothing after a while, pruned once at start and then every hour, whichever
// channels run (idempotent: several processes may do it): expired download links (their
// bytes), invite-code attempts older than a day (Telegram users type codes too), and handled
// update ids past their retention (src/db/repos/processed-updates.ts).
import type { Db } from "./client.js";
import { pruneDownloadLinks } from "./repos/download-links.js";
import { pruneCodeAttempts } from "./repos/invite-attempts.js";
import { startPruningProcessedUpdates } from "./repos/processed-updates.js";

const EVERY_MS = 3_600_000;

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export function startHousekeeping(db: Db, logger: Log, now: () => Date = () => new Date()): { stop(): void } {
  const processed = startPruningProcessedUpdates(db, logger, () => now().getTime());
  const prune = () =>
    Promise.all([pruneDownloadLinks(db, now()), pruneCodeAttempts(db, now())]).then(
      ([links, attempts]) => (links > 0 || attempts > 0) && logger.info({ links, attempts }, "expired download links and code attempts pruned"),
      (error: unknown) => logger.warn({ err: error }, "pruning download links and code attempts failed"),
    );
  void prune();
  const timer = setInterval(() => void prune(), EVERY_MS).unref();
  return {
    stop() {
      processed.stop();
      clearInterval(timer);
    },
  };
}
