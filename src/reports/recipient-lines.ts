// The punctuation NĐ 30 asks of recipient lists: "- A;" … "- Lưu: VT." The office's own
// punctuation is dropped first, so "- Cụm thi đua số 1 ;" and "Cụm thi đua số 1" print alike.

function bare(item: string): string {
  return item
    .trim()
    .replace(/^[-–•*]\s*/u, "")
    .replace(/[\s;.,]+$/u, "")
    .trim();
}

/** "Nơi nhận" lines: each "- …;", the last "- ….". */
export function distributionLines(items: readonly string[]): string[] {
  const kept = items.map(bare).filter((item) => item !== "");
  return kept.map((item, index) => `- ${item}${index === kept.length - 1 ? "." : ";"}`);
}

/** "Kính gửi" lines: one recipient is written plainly, several as a dashed list. */
export function addresseeLines(items: readonly string[]): string[] {
  const kept = items.map(bare).filter((item) => item !== "");
  if (kept.length === 1) return [`${kept[0]}.`];
  return distributionLines(kept);
}
