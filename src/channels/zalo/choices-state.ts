// The choices last offered in a Zalo chat (stored in the database by the outbound side,
// read by the inbound side to turn a typed "1" into the button it stands for).
import { hasDigit, type OfferContext } from "../../domain/choices.js";

export interface StoredChoices {
  /** The inline keyboard of the last message sent: only its options can be typed. */
  inline: {
    messageId: number;
    text: string;
    labels: string[];
    data: string[];
    /** Offered beside a typed answer (the keyboard's TYPED_ANSWER mark): a typed number is no option. Absent in rows stored before the mark existed. */
    typedAnswer?: boolean;
  } | null;
  /** The current reply keyboard (menu, "Hủy"): stays until another one replaces it. */
  reply: { labels: string[] } | null;
}

export const NO_CHOICES: StoredChoices = { inline: null, reply: null };

/** How the inline choices were offered: as stored, or for a row stored before the mark, as then (words when a label had a digit). */
export function inlineOffer(inline: NonNullable<StoredChoices["inline"]>): OfferContext {
  return { typedAnswer: inline.typedAnswer ?? inline.labels.some(hasDigit) };
}
