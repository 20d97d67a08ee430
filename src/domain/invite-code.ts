// Short invite codes an older person types on a phone (Zalo or Telegram): 8 characters from
// 16 that cannot be mistaken for one another and that Vietnamese keyboards leave alone.
//
// - No 0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 8/B, 6/G, U/V/W pairs: the letters are consonants only, the
//   digits 2-9, and none of the confusable partners of a kept character is kept.
// - No vowel and none of Telex's tone or mark keys (s f r x j w z, dd): with Telex (the default
//   Vietnamese keyboard) typing "AS" gives "Á"; with no vowel no mark can attach, and VNI's digit
//   marks (a1 = á) need a vowel too.
// - At least two letters and two digits, so a code never reads as a number or a word.
// Space: 16^8 = 4.294.967.296 strings, of which 3.992.977.408 have ≥ 2 letters and ≥ 2 digits
// (≈ 31,9 bits); see src/db/repos/invite-attempts.ts for the guessing bound.

export const SHORT_CODE_LETTERS = "CHKMNPTV";
export const SHORT_CODE_DIGITS = "23456789";
export const SHORT_CODE_ALPHABET = SHORT_CODE_LETTERS + SHORT_CODE_DIGITS;
export const SHORT_CODE_LENGTH = 8;

/** How many codes the rules allow: 16^8 minus those with fewer than two letters or two digits. */
export function shortCodeSpace(): number {
  const n = SHORT_CODE_LENGTH;
  const half = 8;
  const binomial = (k: number) => {
    let value = 1;
    for (let i = 1; i <= k; i += 1) value = (value * (n - k + i)) / i;
    return value;
  };
  let total = 0;
  for (let letters = 2; letters <= n - 2; letters += 1) total += binomial(letters) * half ** letters * half ** (n - letters);
  return total;
}

function acceptable(code: string): boolean {
  const letters = [...code].filter((c) => SHORT_CODE_LETTERS.includes(c)).length;
  return letters >= 2 && code.length - letters >= 2;
}

/**
 * A new code from a source of random bytes (crypto.randomBytes in production). Each byte gives
 * two characters (16 symbols: exactly 4 bits each, no bias); codes breaking the letter/digit
 * rule are drawn again.
 */
export function generateShortCode(randomBytes: (size: number) => Uint8Array): string {
  for (;;) {
    const bytes = randomBytes(SHORT_CODE_LENGTH / 2);
    let code = "";
    for (const byte of bytes) code += SHORT_CODE_ALPHABET[byte >> 4]! + SHORT_CODE_ALPHABET[byte & 15]!;
    if (acceptable(code)) return code;
  }
}

/** "K7MP4H9C" → "K7MP 4H9C": how it is printed and shown (two groups of four). */
export function formatShortCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/**
 * The code in a typed message, or null: upper or lower case, with or without spaces, dashes or
 * dots between the characters, with or without "/start" before it. Anything else is not a code
 * (a name, a number, a menu word).
 */
export function parseShortCode(text: string): string | null {
  const stripped = text
    .normalize("NFC")
    .trim()
    .replace(/^\/start(@\w+)?\s*/iu, "")
    .replace(/[\s.\-–_]+/gu, "")
    .toUpperCase();
  if (stripped.length !== SHORT_CODE_LENGTH) return null;
  if (![...stripped].every((c) => SHORT_CODE_ALPHABET.includes(c))) return null;
  return acceptable(stripped) ? stripped : null;
}
