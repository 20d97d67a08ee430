// Decomposed (NFD) Vietnamese renders with the marks beside the letters and extracts broken:
// every string handed to a renderer is normalised to NFC first, without the characters XML
// forbids (a text stored before they were dropped at the edge must not break a file).
import { cleanText } from "../domain/text.js";

type Callback = (...args: never[]) => unknown;

/** A copy of `value` with every string in NFC; functions are wrapped so their results are too. */
export function normaliseDeep<T>(value: T): T {
  return normalise(value) as T;
}

function normalise(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "function") {
    const fn = value as Callback;
    return (...args: never[]) => normalise(fn(...args));
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = normalise(item);
    return copy;
  }
  return value;
}
