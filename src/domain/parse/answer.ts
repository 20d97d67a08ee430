// One answer to an indicator's question, read according to the indicator's type.

import { MAX_FREE_TEXT_LENGTH, normalizeMultilineText, textLength } from "../text.js";
import type { AnswerValue, IndicatorType } from "../types.js";
import { parseCount } from "./count.js";
import { parseMoney } from "./money.js";
import { failed, parsed, type ParseResult } from "./result.js";
import { parseYesNo } from "./yes-no.js";

/** Free text, tidied (line breaks kept); longer than MAX_FREE_TEXT_LENGTH is refused, not cut. */
export function parseFreeText(input: string): ParseResult<string> {
  const text = normalizeMultilineText(input);
  if (text === "") return failed("empty");
  const length = textLength(text);
  if (length > MAX_FREE_TEXT_LENGTH) return failed("too_long", { max: MAX_FREE_TEXT_LENGTH, length });
  return parsed(text);
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
