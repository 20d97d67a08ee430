// The number of an item typed to pick it from a numbered summary ("5", "sửa 5", "mục 5",
// "sửa mục số 5", "câu 5 ạ"), and "quay lại" to the question before. Pure.
import { choiceKey } from "../choices.js";

const ITEM = /^(?:da )?(?:sua |chinh |chinh sua |doi )?(?:lai )?(?:muc |cau |dong )?(?:so |thu )?(\d{1,3})(?: a| nhe| nha)?$/u;

/** The item number, or null when the text is no such pick. */
export function typedItemNumber(input: string): number | null {
  const match = ITEM.exec(choiceKey(input));
  return match ? Number(match[1]) : null;
}

const GO_BACK = /^(?:da )?(?:cho (?:toi )?)?(?:quay lai|tro lai|lui lai|quay ve|ve cau truoc|quay lai cau truoc|tro lai cau truoc|sua cau truoc|cau truoc)(?: a| nhe| nha)?$/u;

/** "quay lại", "câu trước", "sửa câu trước": the question before. */
export function saysGoBack(input: string): boolean {
  return GO_BACK.test(choiceKey(input));
}
