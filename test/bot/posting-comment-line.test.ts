// Which comments typed during "Ghi niêm yết" are about one line of the posted list: the number
// first, as an officer writes it; anything else is a comment on the whole list.
import { describe, expect, it } from "vitest";
import { commentLine } from "../../src/bot/features/award-office/posting-conversation.js";

describe("a posting comment on one line", () => {
  it.each([
    ["3: Nhà ông Cường là số 7A.", 3, "Nhà ông Cường là số 7A."],
    ["3. Nhà ông Cường là số 7A.", 3, "Nhà ông Cường là số 7A."],
    ["2) Hộ này đã chuyển đi", 2, "Hộ này đã chuyển đi"],
    ["Dòng 4 - ông Tâm đã được khen năm trước", 4, "ông Tâm đã được khen năm trước"],
    ["dòng 1 đề nghị ghi rõ chủ hộ", 1, "đề nghị ghi rõ chủ hộ"],
  ])("%j is about line %i", (text, line, rest) => {
    expect(commentLine(text)).toEqual({ line, text: rest });
  });

  it.each(["Bà con ngõ 5 đồng tình với danh sách.", "10 hộ dân đồng tình", "3-4 hộ có ý kiến về lối đi chung", "Số 12 ngõ 5 đề nghị bổ sung", "2025: không có ý kiến"])("%j is on the whole list", (text) => {
    expect(commentLine(text)).toBeNull();
  });
});
