// What a message that is not text was, for the line that asks for text instead: a voice
// message is "not heard", a sticker or a picture "not read" (vi.ftl's $kind selectors).
import type { Message } from "grammy/types";

export type NonTextKind = "voice" | "sticker" | "picture" | "file" | "other";

export function nonTextKind(message: Message | undefined): NonTextKind {
  if (!message) return "other";
  if (message.voice || message.audio || message.video_note) return "voice";
  if (message.sticker || message.animation) return "sticker";
  if (message.photo || message.video) return "picture";
  if (message.document) return "file";
  return "other";
}
