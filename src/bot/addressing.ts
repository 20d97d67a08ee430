// How the assistant addresses the reader: "ông" or "bà" as the person chose at registration,
// "ông/bà" while unknown. Every message gets $you ("ông", mid-sentence) and $You ("Ông", at the
// start of a sentence) from i18n's globalTranslationContext (src/bot/i18n.ts); a message sent to
// someone else passes that person's own: ctx.t(key, { ...vars, ...addressing(leader.salutation) }).
import type { Salutation } from "../domain/types.js";
import { createI18n } from "./i18n.js";

export interface Addressing {
  [key: string]: string;
  you: string;
  You: string;
}

type Words = Readonly<Record<Salutation | "unknown", string>>;

let words: Words | null = null;

/** Set once by createI18n from vi.ftl's address-* messages. */
export function setAddressWords(w: Words): void {
  words = w;
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("vi") + word.slice(1);
}

export function addressing(salutation: Salutation | null | undefined): Addressing {
  if (!words) createI18n(); // loads the address-* words of vi.ftl through setAddressWords
  const word = words![salutation ?? "unknown"];
  return { you: word, You: capitalise(word) };
}

// Conversations run on a context of their own, without `ctx.member`: the salutation of whoever
// wrote the update is remembered here by loadMember, per Telegram user, for the words of the reply.
const MAX_REMEMBERED = 10_000;
const remembered = new Map<number, Salutation | null>();

export function rememberSalutation(telegramId: number, salutation: Salutation | null): void {
  remembered.delete(telegramId);
  remembered.set(telegramId, salutation);
  if (remembered.size > MAX_REMEMBERED) {
    const oldest = remembered.keys().next().value;
    if (oldest !== undefined) remembered.delete(oldest);
  }
}

export function rememberedSalutation(telegramId: number | undefined): Salutation | null {
  return telegramId === undefined ? null : (remembered.get(telegramId) ?? null);
}

/**
 * Text written by a ward (a catalogue question: "Tổ của ông/bà có bao nhiêu hộ …?") in the
 * reader's own addressing: "ông/bà" becomes ctx's $you, "Ông/bà" its $You.
 */
export function addressedText(text: string, you: Pick<Addressing, "you" | "You">): string {
  return text.replace(/(?<![\p{L}\p{M}])([ÔôOo])ng\/bà(?![\p{L}\p{M}])/gu, (_match, first: string) =>
    first === first.toLocaleUpperCase("vi") ? you.You : you.you,
  );
}
