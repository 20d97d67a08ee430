import { I18n } from "@grammyjs/i18n";
import { fileURLToPath } from "node:url";
import type { BaseContext } from "./context.js";

export const localesDir = fileURLToPath(new URL("../../locales", import.meta.url));

export function createI18n(): I18n<BaseContext> {
  return new I18n<BaseContext>({
    defaultLocale: "vi",
    directory: localesDir,
    localeNegotiator: () => "vi",
    // Without this, Fluent wraps inserted values in U+2068/U+2069.
    fluentBundleOptions: { useIsolating: false },
  });
}
