import { describe, expect, it } from "vitest";
import { saysGoBack, typedItemNumber } from "../../../src/domain/parse/index.js";

describe("typedItemNumber: an item of a numbered summary, typed", () => {
  it.each([
    ["5", 5],
    ["Sửa 5", 5],
    ["sửa mục 5", 5],
    ["mục số 12", 12],
    ["Dạ, sửa câu 3 ạ", 3],
    ["sua muc 7", 7],
    ["chỉnh sửa mục 2.", 2],
    ["sửa lại mục 4", 4],
  ])("%j → item %d", (text, expected) => {
    expect(typedItemNumber(text)).toBe(expected);
  });

  it.each(["gửi báo cáo", "226 hộ", "5 triệu", "sửa", "mục năm", "1,5", "5 và 6", ""])("%j is no item", (text) => {
    expect(typedItemNumber(text)).toBeNull();
  });
});

describe("saysGoBack: back to the question before", () => {
  it.each(["quay lại", "Quay lai", "câu trước", "Dạ, cho tôi quay lại ạ", "sửa câu trước", "trở lại"])("%j goes back", (text) => {
    expect(saysGoBack(text)).toBe(true);
  });

  it.each(["226", "quay lại sau", "không quay lại", "Đề nghị phường quay lại kiểm tra"])("%j is an answer", (text) => {
    expect(saysGoBack(text)).toBe(false);
  });
});
