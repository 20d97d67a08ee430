// Codes name catalogue entries across edits (the question may be reworded, the code stays).
import { foldDiacritics, normalizeText } from "../text.js";

export function isCode(text: string): boolean {
  return /^[a-z][a-z0-9_]{0,39}$/u.test(text);
}

/** "Hộ đạt GĐVH" → "ho_dat_gdvh": a code for a new row, from its name. */
export function codeFromName(name: string): string {
  return foldDiacritics(normalizeText(name))
    .toLowerCase()
    .replace(/đ/gu, "d")
    .replace(/[^a-z0-9]+/gu, "_")
    .replace(/^[^a-z]+/u, "")
    .replace(/_+$/u, "")
    .slice(0, 40)
    .replace(/_+$/u, "");
}
