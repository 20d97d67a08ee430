// Zalo takes 1–2000 characters per message: longer texts are split at line breaks (then at
// spaces, then anywhere), each part at most `max` UTF-16 units (1.900 by default, a margin
// under 2.000 as the reference advises).
export const ZALO_TEXT_MAX = 1900;

export function splitText(text: string, max: number = ZALO_TEXT_MAX): string[] {
  const parts: string[] = [];
  let current = "";
  const push = () => {
    if (current.trim() !== "") parts.push(current.replace(/\n+$/, ""));
    current = "";
  };
  for (const line of text.split("\n")) {
    const candidate = current === "" ? line : `${current}\n${line}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    push();
    let rest = line;
    while (rest.length > max) {
      let cut = rest.lastIndexOf(" ", max);
      if (cut <= 0) cut = max;
      // Never cut a surrogate pair.
      if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
      parts.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    current = rest;
  }
  push();
  return parts.length > 0 ? parts : [text.slice(0, max)];
}
