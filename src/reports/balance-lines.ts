// A header line too wide for its column is split at the word boundary that leaves the two
// halves most even ("PHƯỜNG NGUYỄN THỊ" / "MINH KHAI"), rather than left to wrap one word over.

/** `text` as one or more lines no wider than `maxWidth` where the words allow it. */
export function balanceLine(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  if (widthOf(text) <= maxWidth) return [text];
  const words = text.split(/\s+/).filter((word) => word !== "");
  if (words.length < 2) return [text];
  let best = { split: 1, widest: Infinity };
  for (let split = 1; split < words.length; split++) {
    const widest = Math.max(widthOf(words.slice(0, split).join(" ")), widthOf(words.slice(split).join(" ")));
    if (widest < best.widest) best = { split, widest };
  }
  return [
    ...balanceLine(words.slice(0, best.split).join(" "), maxWidth, widthOf),
    ...balanceLine(words.slice(best.split).join(" "), maxWidth, widthOf),
  ];
}
