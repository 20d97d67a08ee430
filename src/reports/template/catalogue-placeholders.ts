// The names a ward's template may use: the fixed figures and one "{chi_tieu_<code>}" for each
// indicator of the ward's catalogue, so a new indicator can be placed in the text and one no
// longer in the catalogue is reported by the check.
import { indicatorPlaceholderName } from "../../domain/catalogue-book/template-uses.js";
import { REPORT_PLACEHOLDER_NAMES } from "./placeholders.js";

export function templatePlaceholders(indicatorCodes: readonly string[]): string[] {
  return [...REPORT_PLACEHOLDER_NAMES, ...indicatorCodes.map(indicatorPlaceholderName)];
}
