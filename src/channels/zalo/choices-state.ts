// The choices last offered in a Zalo chat (stored in the database by the outbound side,
// read by the inbound side to turn a typed "1" into the button it stands for).
export interface StoredChoices {
  /** The inline keyboard of the last message sent: only its options can be typed. */
  inline: { messageId: number; text: string; labels: string[]; data: string[] } | null;
  /** The current reply keyboard (menu, "Hủy"): stays until another one replaces it. */
  reply: { labels: string[] } | null;
}

export const NO_CHOICES: StoredChoices = { inline: null, reply: null };
