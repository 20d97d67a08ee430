// A long text as several messages for a channel with a size limit (Telegram 4.096 characters,
// Zalo 2.000): cut at line breaks, a line longer than the limit at its last space, a word
// longer than the limit where it must. Nothing is lost: the parts joined by line breaks give
// the text back (a cut inside a line drops only the space it was made at).

/** Telegram's limit for a message's text, in UTF-16 code units as the Bot API counts. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Zalo takes 1–2.000 characters per message; 1.900 keeps the margin its reference advises. */
export const ZALO_TEXT_MAX = 1900;

function length(text: string): number {
  return text.length;
}

/** The longest prefix of `line` within `limit`, cut at a space when there is one, never inside a surrogate pair. */
function cutLine(line: string, limit: number): [string, string] {
  let end = limit;
  if (/[\uDC00-\uDFFF]/.test(line[end] ?? "")) end--; // the next unit ends a pair: keep the pair together
  const space = line.lastIndexOf(" ", end);
  if (space > 0) return [line.slice(0, space), line.slice(space + 1)];
  return [line.slice(0, end), line.slice(end)];
}

/** `text` in parts of at most `limit` UTF-16 code units each, cut at line breaks where possible. */
export function splitMessage(text: string, limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`limit must be an integer of at least 2, got ${limit}`);
  if (length(text) <= limit) return [text];
  const parts: string[] = [];
  let current = "";
  const push = () => {
    if (current.trim() !== "") parts.push(current);
    current = "";
  };
  for (let line of text.split("\n")) {
    if (current !== "" && length(current) + 1 + length(line) <= limit) {
      current += `\n${line}`;
      continue;
    }
    push();
    while (length(line) > limit) {
      const [head, rest] = cutLine(line, limit);
      parts.push(head);
      line = rest;
    }
    current = line;
  }
  push();
  return parts;
}
