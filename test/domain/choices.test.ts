// Typed choices: numbered unless a typed number is an answer to the question; lenient matching.
import { describe, expect, it } from "vitest";
import { isOutsideChoice, matchChoice, offerChoices } from "../../src/domain/choices.js";

/** Offered beside a question answered by typing (a figure, a date, a name). */
const typed = { typedAnswer: true };

describe("offering choices", () => {
  it("numbers plain options, and words options beside a typed answer or a single option", () => {
    expect(offerChoices(["Có", "Không"]).mode).toBe("numbers");
    expect(offerChoices(["✅ Gửi báo cáo", "✏️ Sửa một mục", "⏸ Để sau"]).mode).toBe("numbers");
    expect(offerChoices(["Giữ như kỳ trước: 225 hộ", "Bỏ qua"], typed)).toEqual({
      mode: "words",
      options: [
        { label: "Giữ như kỳ trước: 225 hộ", word: "giữ như kỳ trước" },
        { label: "Bỏ qua", word: "bỏ qua" },
      ],
      besideAnswer: true,
    });
    expect(offerChoices(["Bỏ qua"]).mode).toBe("words");
    expect(offerChoices(["Bỏ qua"]).besideAnswer).toBe(false);
    expect(offerChoices(["Đúng, 5.829 hộ", "Không, tôi nhập lại"], typed).options.map((o) => o.word)).toEqual(["đúng", "không"]);
  });

  it("numbers a list of names even when the names have digits (periods, groups)", () => {
    const periods = offerChoices(["Quý 1/2025 (hạn 31/03/2025)", "6 tháng đầu năm 2025 (hạn 30/06/2025)", "Năm 2024 (hạn 31/12/2024)"]);
    expect(periods.mode).toBe("numbers");
    expect(matchChoice(periods, "2")).toBe(1);
    expect(matchChoice(periods, "số 3")).toBe(2);
    expect(matchChoice(periods, "năm 2024")).toBe(2);
    const groups = offerChoices(["🟡 Tổ 1", "⚪ Tổ 2", "🔴 Tổ 3", "⚪ Tổ 4"]);
    expect(groups.mode).toBe("numbers");
    expect(matchChoice(groups, "2")).toBe(1);
    expect(matchChoice(groups, "tổ 4")).toBe(3);
    expect(matchChoice(groups, "to 3")).toBe(2);
  });

  it("keeps words for the same labels beside a typed answer, and for numeric labels", () => {
    expect(offerChoices(["Quý 1/2025", "Năm 2024"], typed).mode).toBe("words");
    expect(offerChoices(["Hôm nay", "Thôi, không ghi"], typed).mode).toBe("words");
    expect(offerChoices(["1", "2", "3", "↩️ Quay lại"]).mode).toBe("words");
    const years = offerChoices(["2026", "2027"]);
    expect(years.mode).toBe("words");
    expect(matchChoice(years, "2027")).toBe(1);
    expect(matchChoice(years, "2")).toBeNull();
    expect(offerChoices(["Tổ 1"]).mode).toBe("words");
  });

  it("falls back to the whole label when two leads are the same", () => {
    const offer = offerChoices(["Đúng, 1.500 hộ", "Đúng, 15 hộ", "Không, tôi nhập lại"], typed);
    expect(offer.options.map((o) => o.word)).toEqual(["đúng, 1.500 hộ", "đúng, 15 hộ", "không"]);
    expect(matchChoice(offer, "đúng")).toBeNull();
    expect(matchChoice(offer, "Đúng, 15 hộ")).toBe(1);
  });
});

describe("matching a typed choice", () => {
  const yesNo = offerChoices(["Có", "Không"]);
  it("takes the number, the number word, the label with or without diacritics, and everyday yes/no", () => {
    for (const typed of ["1", " 1 ", "một", "mot", "số 1", "Có", "có", "co", "CÓ", "rồi", "ừ", "Dạ có"]) expect(matchChoice(yesNo, typed), typed).toBe(0);
    for (const typed of ["2", "hai", "Không", "khong", "ko", "chưa"]) expect(matchChoice(yesNo, typed), typed).toBe(1);
    for (const typed of ["3", "0", "có lẽ", "", "xin chào"]) expect(matchChoice(yesNo, typed), typed).toBeNull();
  });

  it("never takes a number for an option in words mode, so a typed 1 stays the number 1", () => {
    const offer = offerChoices(["Giữ như kỳ trước: 225 hộ", "Bỏ qua"], typed);
    expect(matchChoice(offer, "1")).toBeNull();
    expect(matchChoice(offer, "225")).toBeNull();
    expect(matchChoice(offer, "giữ")).toBe(0);
    expect(matchChoice(offer, "giu nhu ky truoc")).toBe(0);
    expect(matchChoice(offer, "bo qua")).toBe(1);
    expect(matchChoice(offer, "Bỏ qua.")).toBe(1);
    expect(matchChoice(offerChoices(["Bỏ qua"]), "1")).toBeNull();
  });

  it("takes a label that is a number as that number (the item picker)", () => {
    const offer = offerChoices(["1", "2", "3", "4", "5", "↩️ Quay lại"]);
    expect(offer.mode).toBe("words");
    expect(matchChoice(offer, "5")).toBe(4);
    expect(matchChoice(offer, "quay lai")).toBe(5);
    expect(matchChoice(offer, "7")).toBeNull();
  });

  it("matches the lead words of an option and yes/no words to Đúng/Không", () => {
    const offer = offerChoices(["Đúng, 5.829 hộ", "Không, tôi nhập lại"], typed);
    expect(matchChoice(offer, "đúng")).toBe(0);
    expect(matchChoice(offer, "có")).toBe(0);
    expect(matchChoice(offer, "khong")).toBe(1);
    expect(matchChoice(offer, "5829")).toBeNull();
  });

  it("matches menu items by number or by words", () => {
    const menu = offerChoices(["📝 Báo cáo kết quả", "✍️ Đăng ký thi đua", "📄 Xem báo cáo đã gửi", "❓ Hướng dẫn"]);
    expect(menu.mode).toBe("numbers");
    expect(matchChoice(menu, "2")).toBe(1);
    expect(matchChoice(menu, "huong dan")).toBe(3);
    expect(matchChoice(menu, "báo cáo")).toBe(0);
    expect(matchChoice(menu, "xem")).toBe(2);
  });
});

describe("what a person types for a choice, at the edges", () => {
  it("shows each option's word as the person would type it: no emoji, no figure, no stray space", () => {
    expect(offerChoices(["✅ Gửi báo cáo", "↩️ Quay lại", "Đúng (5.829 hộ)", "Để sau "]).options.map((o) => o.word)).toEqual([
      "gửi báo cáo",
      "quay lại",
      "đúng",
      "để sau",
    ]);
    // Two options with the same lead: the whole label, without its trailing space.
    expect(offerChoices(["Đúng, 1.500 hộ ", "Đúng, 15 hộ "]).options.map((o) => o.word)).toEqual(["đúng, 1.500 hộ", "đúng, 15 hộ"]);
  });

  it("shows an option that is only an emoji as that emoji", () => {
    expect(offerChoices([" 👍 ", "Không"]).options.map((o) => o.word)).toEqual(["👍", "không"]);
  });

  it("takes a reply of only an emoji or punctuation for no option, even beside an emoji-only option", () => {
    const offer = offerChoices(["👍", "Không"]);
    for (const typed of ["😀", "?", "...", " "]) expect(matchChoice(offer, typed), typed).toBeNull();
  });

  it("reads numbers up to the last of a long list, and the number word after 'số'", () => {
    const labels = Array.from({ length: 12 }, (_, index) => `Tổ dân phố ${String.fromCharCode(65 + index)}`);
    const offer = { mode: "numbers" as const, besideAnswer: false, options: labels.map((label) => ({ label, word: label.toLocaleLowerCase("vi") })) };
    expect(matchChoice(offer, "10")).toBe(9);
    expect(matchChoice(offer, "12")).toBe(11);
    expect(matchChoice(offer, "13")).toBeNull();
    expect(matchChoice(offerChoices(["Có", "Không"]), "số hai")).toBe(1);
  });

  it("does not take a figure with its unit for the option of that number", () => {
    const yesNo = offerChoices(["Có", "Không"]);
    expect(matchChoice(yesNo, "2 hộ")).toBeNull();
    expect(matchChoice(yesNo, "tổ 2")).toBeNull();
  });

  it("takes the whole label typed back, figure included, and a lead that has a figure in it", () => {
    const keep = offerChoices(["Giữ như kỳ trước: 225 hộ", "Bỏ qua"], typed);
    expect(matchChoice(keep, "Giữ như kỳ trước: 225 hộ")).toBe(0);
    const rounds = offerChoices(["Đợt 1 (tháng 3)", "Đợt 2 (tháng 6)"]);
    expect(rounds.options.map((o) => o.word)).toEqual(["đợt 1", "đợt 2"]);
    expect(matchChoice(rounds, "đợt 2")).toBe(1);
  });

  it("does not guess from the start of a figure: 'đúng 1' is neither 1.500 nor 15 households", () => {
    const offer = offerChoices(["Đúng, 1.500 hộ", "Đúng, 15 hộ", "Không, tôi nhập lại"], typed);
    expect(matchChoice(offer, "đúng 1")).toBeNull();
    expect(matchChoice(offer, "Đúng 15")).toBeNull();
  });

  it("takes the first word of an option when it is at least two letters, not a single letter", () => {
    const offer = offerChoices(["Ý kiến khác", "Bỏ qua"]);
    expect(matchChoice(offer, "bỏ")).toBe(1);
    expect(matchChoice(offer, "ý")).toBeNull();
  });

  it("reads words joined by punctuation or several spaces as the same words", () => {
    const offer = offerChoices(["Đúng, 5.829 hộ", "Không, tôi nhập lại"], typed);
    expect(matchChoice(offer, "Không,tôi nhập lại")).toBe(1);
    expect(matchChoice(offer, "không   tôi   nhập lại")).toBe(1);
  });
});

describe("a number outside a numbered list", () => {
  const periods = offerChoices(["Quý 1/2025", "6 tháng đầu năm 2025", "Năm 2024"]);
  it("is a bare number (or 'số' and a number) that is no option of the list", () => {
    for (const typed of ["9", " 4 ", "0", "số 9", "Số 12"]) expect(isOutsideChoice(periods, typed), typed).toBe(true);
    for (const typed of ["1", "3", "số 2", "năm 2024", "9 hộ", "2025", "hai", "xin chào", ""]) expect(isOutsideChoice(periods, typed), typed).toBe(false);
  });

  it("is never a number typed beside a typed answer, nor against numeric labels", () => {
    expect(isOutsideChoice(offerChoices(["Giữ như kỳ trước: 225 hộ", "Bỏ qua"], typed), "9")).toBe(false);
    expect(isOutsideChoice(offerChoices(["Bỏ qua"]), "9")).toBe(false);
    expect(isOutsideChoice(offerChoices(["1", "2", "↩️ Quay lại"]), "9")).toBe(false);
  });
});
