// The words of documents and of the command line, from locales/vi.ftl, for code that is not a
// chat (reports, the CLI): the same file and the same rules as the bot's i18n (src/bot/i18n.ts),
// without grammY.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { labelInSentence } from "../domain/validate.js";

export const localesDir = fileURLToPath(new URL("../../locales", import.meta.url));

/** The bundle's options, the bot's i18n's too: no isolating marks around inserted values (else
 * Fluent wraps them in U+2068/U+2069), and { MID($period) } for a name mid-sentence
 * ("Năm 2024" → "năm 2024", acronyms stay). */
export const FLUENT_BUNDLE_OPTIONS = {
  useIsolating: false,
  functions: { MID: (positional: unknown[]) => labelInSentence(String(positional[0] ?? "")) },
};

let bundle: FluentBundle | null = null;

function load(): FluentBundle {
  const loaded = new FluentBundle("vi", FLUENT_BUNDLE_OPTIONS);
  const errors = loaded.addResource(new FluentResource(readFileSync(join(localesDir, "vi.ftl"), "utf8")));
  if (errors.length > 0) throw new Error(`locales/vi.ftl: ${errors.map(String).join("; ")}`);
  return loaded;
}

/** The message `key` of vi.ftl with its variables, NFC; a missing key throws (a bug, not a reader's problem). */
export function words(key: string, variables?: Record<string, FluentVariable>): string {
  bundle ??= load();
  const message = bundle.getMessage(key);
  if (!message?.value) throw new Error(`locales/vi.ftl has no message "${key}"`);
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, variables, errors);
  if (errors.length > 0) throw new Error(`locales/vi.ftl "${key}": ${errors.map(String).join("; ")}`);
  return text.normalize("NFC");
}
