// One answer to an indicator's question, read according to the indicator's type.

import { choiceKey } from "../choices.js";
import { MAX_FREE_TEXT_LENGTH, normalizeMultilineText, textLength } from "../text.js";
import type { AnswerValue, IndicatorType } from "../types.js";
import { parseCount } from "./count.js";
import { parseMoney } from "./money.js";
import { failed, parsed, type ParseResult } from "./result.js";
import { NOTHING_TO_REPORT_WORDS } from "./vocabulary.js";
import { parseYesNo } from "./yes-no.js";

/** Free text, tidied (line breaks kept); longer than MAX_FREE_TEXT_LENGTH is refused, not cut. */
export function parseFreeText(input: string): ParseResult<string> {
  const text = normalizeMultilineText(input);
  if (text === "") return failed("empty");
  const length = textLength(text);
  if (length > MAX_FREE_TEXT_LENGTH) return failed("too_long", { max: MAX_FREE_TEXT_LENGTH, length });
  return parsed(text);
}

const NOTHING_TO_REPORT = new Set(NOTHING_TO_REPORT_WORDS.map(nothingKey));

/** Lower case without diacritics, punctuation and the closing "ạ"/"nhé": "Dạ, không có ạ." → "da khong co". */
function nothingKey(text: string): string {
  return choiceKey(text).replace(/( (a|nhe|nha))+$/u, "");
}

/** A free text that only says there is nothing to report ("Không có", "không có kiến nghị gì ạ"). */
export function saysNothingToReport(input: string): boolean {
  return NOTHING_TO_REPORT.has(nothingKey(input));
}

function as<T>(result: ParseResult<T>, wrap: (value: T) => AnswerValue): ParseResult<AnswerValue> {
  return result.ok === true ? parsed(wrap(result.value)) : result;
}

export function parseAnswer(type: IndicatorType, input: string): ParseResult<AnswerValue> {
  switch (type) {
    case "count":
      return as(parseCount(input), (value) => ({ type, value }));
    case "money":
      return as(parseMoney(input), (value) => ({ type, value }));
    case "yes_no":
      return as(parseYesNo(input), (value) => ({ type, value }));
    case "text":
      return as(parseFreeText(input), (value) => ({ type, value }));
  }
}
