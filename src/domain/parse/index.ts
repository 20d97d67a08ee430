// Reading what people type: counts, money, yes/no and free text.

export { parseAnswer, parseFreeText, saysNothingToReport } from "./answer.js";
export { parseCount } from "./count.js";
export { parseMoney } from "./money.js";
export { MAX_NUMBER_INPUT_LENGTH } from "./quantity.js";
export {
  ambiguityMessageKey,
  parseFailureMessageKey,
  type ParseFailure,
  type ParseHint,
  type ParseResult,
} from "./result.js";
export { parseYesNo } from "./yes-no.js";
export { saysGoBack, typedItemNumber } from "./item-number.js";
