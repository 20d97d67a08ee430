// The Zalo transport: every incoming update is written to ChannelInbox before it is handled
// (Zalo does not redeliver; a crash leaves the row, handled at the next start), duplicates
// (same message_id) are dropped by the inbox's unique key, each chat's updates are converted
// and handled in order. Long polling asks for the next update only after the last one is
// stored and handled; the webhook (webhook.ts) answers after the row is committed.
//
// A stored row becomes the same Telegram-shaped update every time it is handled. Its conversion
// reads the chat's choices (a typed "1" is the first option offered), and handling it offers new
// choices before its reply goes out: a crash between the two would make the replay read the
// new choices ("1" as the menu's first item instead of "Gửi báo cáo") and answer something the
// leader never asked, while what the first try did (the report submitted) stays done. So the
// first conversion is kept (`channel-update:<inbox id>`, beside the choices) until the row is
// handled, and a replay hands the bot exactly what the killed process had handed it, as
// Telegram's redelivery does.
import type { Update } from "grammy/types";
import type { Db } from "../../db/client.js";
import { markHandled, storeIncoming, unhandledIncoming, type InboxRow } from "../../db/repos/channels.js";
import { plainStore } from "../../db/repos/plain-kv.js";
import type { Logger } from "../../logger.js";
import type { UpdateOutcome } from "../../server/handle-update.js";
import { type ZaloApi, type ZaloUpdate, isZaloUpdate } from "./api.js";
import { isOutside, type OutsideChoices, toTelegramUpdate, ZALO } from "./inbound.js";

export interface ZaloChannelOptions {
  db: Db;
  api: ZaloApi;
  logger: Logger;
  /** The one bot: handles a Telegram-shaped update. */
  handle(update: Update): Promise<UpdateOutcome>;
  /** Says that a typed number is no option of the list last offered, and offers the list again (outbound.ts). */
  offerAgain?(chatKey: number): Promise<void>;
  now?: () => Date;
  /** Long-poll timeout in seconds (Zalo's default 30). */
  pollSeconds?: number;
  /** Wait after a failed poll before the next one. */
  pollErrorDelayMs?: number;
  /** A row whose chat was busy is tried again after this delay. */
  retryDelayMs?: number;
}

export interface ZaloChannel {
  /** Stores one update (null: a duplicate); then handles it; resolves once handled. */
  receive(update: ZaloUpdate): Promise<"stored" | "duplicate">;
  /** Stores and returns the row, without handling (the webhook answers in between). */
  store(update: ZaloUpdate): Promise<InboxRow | null>;
  /** Handles a stored row (in its chat's order). */
  process(row: InboxRow): Promise<void>;
  /** Handles rows a crash left unhandled. */
  recover(): Promise<number>;
  /** Resolves once the first recover() has queued the rows a crash left (so newer updates of a chat wait behind them). */
  whenRecovered(): Promise<void>;
  startPolling(): Promise<void>;
  /** Stops polling and waits for the updates in hand. */
  stop(): Promise<void>;
  readonly inFlight: number;
}

const messageIdOf = (update: ZaloUpdate): string | null => {
  const id = update.message.message_id;
  return typeof id === "string" && id !== "" ? id : typeof id === "number" ? String(id) : null;
};
const chatOf = (update: ZaloUpdate): string => String(update.message.chat?.id ?? update.message.from?.id ?? "");
function chatOfRow(row: InboxRow): string {
  try {
    return chatOf(JSON.parse(row.payload) as ZaloUpdate);
  } catch {
    return "";
  }
}
/** An update unhandled this long is stuck (its handling failed), not in hand: later ones of its chat go on. */
const STUCK_AFTER_MS = 2 * 60_000;

export function createZaloChannel(options: ZaloChannelOptions): ZaloChannel {
  const { db, api, logger } = options;
  const now = options.now ?? (() => new Date());
  const queues = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let abort: AbortController | null = null;
  let polling: Promise<void> | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let markRecovered: () => void = () => {};
  const recoveredOnce = new Promise<void>((resolve) => (markRecovered = resolve));

  // The update each row was first handed to the bot as, until the row is handled.
  const converted = plainStore<Update>(db, "channel-update");

  function retrySoon(): void {
    if (retryTimer || stopping) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void channel.recover().catch((error: unknown) => logger.error({ err: error }, "Zalo retry failed"));
    }, options.retryDelayMs ?? 5000);
  }

  /**
   * An earlier update of the same chat is still unhandled: in another process's hands (a city's
   * processes share the inbox), or put back because its chat was busy. This one waits for it:
   * converted now, a typed "1" would read the choices offered before the earlier one's reply.
   * A row left unhandled for longer than any handling takes holds nothing back.
   */
  async function waitsBehind(row: InboxRow): Promise<boolean> {
    const chat = chatOfRow(row);
    const since = now().getTime() - STUCK_AFTER_MS;
    const earlier = await unhandledIncoming(db, ZALO, 100, row.id);
    return earlier.some((other) => other.receivedAt.getTime() > since && chatOfRow(other) === chat);
  }

  /** The row as the bot first got it; converted (and kept) on its first handling; "wait": an earlier row of its chat comes first. */
  async function updateOf(row: InboxRow): Promise<Update | OutsideChoices | "wait" | null> {
    const kept = await converted.read(String(row.id));
    if (kept) return kept;
    if (await waitsBehind(row)) return "wait";
    const zalo = JSON.parse(row.payload) as unknown;
    const update = isZaloUpdate(zalo) ? await toTelegramUpdate(zalo, { db, inboxId: row.id }) : null;
    // The channel's own answer changes no choices: nothing to keep for a replay.
    if (update && !isOutside(update)) await converted.write(String(row.id), update);
    return update;
  }

  async function handleRow(row: InboxRow): Promise<void> {
    const update = await updateOf(row);
    if (update === "wait") {
      logger.info({ inbox: row.id }, "Zalo update waits for an earlier one of its chat");
      retrySoon();
      return;
    }
    if (!update) {
      logger.warn({ inbox: row.id }, "Zalo update without sender or chat ignored");
      await markHandled(db, row.id, now());
      return;
    }
    if (isOutside(update)) {
      await options.offerAgain?.(update.outside.chatKey);
      await markHandled(db, row.id, now());
      return;
    }
    const outcome = await options.handle(update);
    if (outcome !== "done") {
      // Chat busy or database unreachable: nothing was handled (the chat lock comes first), so the
      // conversion is dropped (the choices may change meanwhile); the row stays; try again shortly.
      await converted.delete(String(row.id)).catch((error: unknown) => logger.warn({ err: error, inbox: row.id }, "kept Zalo update not dropped"));
      logger.warn({ inbox: row.id, outcome }, "Zalo update not handled now, will retry");
      retrySoon();
      return;
    }
    // Dropped first: a crash between the two replays a processed update, which the duplicate
    // check drops whatever it converts to.
    await converted.delete(String(row.id));
    await markHandled(db, row.id, now());
  }

  // Rows being handled by this process, so recover() does not start them twice.
  const handling = new Set<number>();

  function process(row: InboxRow): Promise<void> {
    if (handling.has(row.id)) return Promise.resolve();
    handling.add(row.id);
    const chat = chatOfRow(row);
    const previous = queues.get(chat) ?? Promise.resolve();
    const work = previous.then(() => handleRow(row)).catch((error: unknown) => logger.error({ err: error, inbox: row.id }, "Zalo update failed"));
    queues.set(chat, work);
    inFlight.add(work);
    void work.finally(() => {
      inFlight.delete(work);
      handling.delete(row.id);
      if (queues.get(chat) === work) queues.delete(chat);
    });
    return work;
  }

  async function store(update: ZaloUpdate): Promise<InboxRow | null> {
    const messageId = messageIdOf(update) ?? `${update.event_name}:${chatOf(update)}:${String(update.message.date ?? now().getTime())}`;
    const row = await storeIncoming(db, ZALO, messageId, JSON.stringify(update), now());
    if (!row) logger.info({ message_id: messageId }, "duplicate Zalo update dropped");
    return row;
  }

  const channel: ZaloChannel = {
    get inFlight() {
      return inFlight.size;
    },
    store,
    process,
    whenRecovered: () => recoveredOnce,
    async receive(update) {
      const row = await store(update);
      if (!row) return "duplicate";
      await process(row);
      return "stored";
    },
    async recover() {
      const rows = await unhandledIncoming(db, ZALO);
      const fresh = rows.filter((row) => !handling.has(row.id));
      const work = fresh.map((row) => process(row));
      markRecovered();
      await Promise.all(work);
      return fresh.length;
    },
    async startPolling() {
      await channel.recover();
      abort = new AbortController();
      const signal = abort.signal;
      polling = (async () => {
        while (!stopping) {
          try {
            const update = await api.getUpdate(options.pollSeconds ?? 30, signal);
            if (update) await channel.receive(update);
          } catch (error) {
            if (stopping) break;
            logger.warn({ err: error }, "Zalo getUpdates failed");
            await new Promise((resolve) => setTimeout(resolve, options.pollErrorDelayMs ?? 3000));
          }
        }
      })();
    },
    async stop() {
      stopping = true;
      if (retryTimer) clearTimeout(retryTimer);
      abort?.abort();
      await polling;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };

  return channel;
}
