import { I18n } from "@grammyjs/i18n";
import type { TranslationVariables } from "@grammyjs/i18n";
import { FLUENT_BUNDLE_OPTIONS, localesDir } from "../i18n/words.js";
import { addressing, rememberedSalutation, setAddressWords } from "./addressing.js";
import type { BaseContext } from "./context.js";

export { localesDir };

/** Translations outside an update (reminders, command lists) address the reader as "ông/bà" unless told. */
class AddressingI18n extends I18n<BaseContext> {
  override translate(locale: string, key: string, variables?: TranslationVariables): string {
    return super.translate(locale, key, { ...addressing(null), ...variables });
  }

  override t(locale: string, key: string, variables?: TranslationVariables): string {
    return this.translate(locale, key, variables);
  }
}

export function createI18n(): I18n<BaseContext> {
  const i18n = new AddressingI18n({
    defaultLocale: "vi",
    directory: localesDir,
    localeNegotiator: () => "vi",
    fluentBundleOptions: FLUENT_BUNDLE_OPTIONS,
    // $you / $You in every message: the reader's "ông" or "bà" (src/bot/addressing.ts).
    globalTranslationContext: (ctx) =>
      addressing(ctx.member === undefined || ctx.member === null ? rememberedSalutation(ctx.from?.id) : ctx.member.salutation),
  });
  // The plain translation (no $you of its own): addressing() is what these words feed.
  const word = (key: string) => I18n.prototype.translate.call(i18n, "vi", key, {});
  setAddressWords({ ong: word("address-ong"), ba: word("address-ba"), unknown: word("address-unknown") });
  return i18n;
}
