// What a message that is not text was, for the line that asks for text instead: a voice
// message is "not heard", a sticker or a picture "not read" (vi.ftl's $kind selectors).
import type { Message } from "grammy/types";
import type { BaseContext } from "./context.js";

export type NonTextKind = "voice" | "sticker" | "picture" | "file" | "other";

export function nonTextKind(message: Message | undefined): NonTextKind {
  if (!message) return "other";
  if (message.voice || message.audio || message.video_note) return "voice";
  if (message.sticker || message.animation) return "sticker";
  if (message.photo || message.video) return "picture";
  if (message.document) return "file";
  return "other";
}

/** The line that asks a conversation's question to be answered in text, naming what `message` was. */
export function textOnlyLine(ctx: Pick<BaseContext, "t">, message: Message | undefined): string {
  return ctx.t("report-text-only", { kind: nonTextKind(message) });
}
