// The words people write around numbers and in yes/no answers. Data, not logic: add a word here.
// Entries are written as people write them; the parser compares them without diacritics and case.

/** Units that may follow a count: "5.829 hộ", "26 tổ", "12 suất quà". Phrases, longest match wins. */
export const COUNT_UNITS: readonly string[] = [
  "hộ", "hộ gia đình", "hộ dân", "gia đình", "nhà", "người", "nhân khẩu", "khẩu",
  "tổ", "tổ dân phố", "thôn", "xóm", "tập thể", "cá nhân", "hội viên",
  "suất", "suất quà", "phần", "phần quà", "quà", "giải", "mô hình", "cái", "lần", "cuộc",
];

/** Units that may follow an amount of money: "1.500.000đ", "2 triệu đồng", "500.000 VNĐ". */
export const MONEY_UNITS: readonly string[] = ["đồng", "đ", "₫", "vnd", "vnđ", "đồng chẵn", "chẵn"];

/** Words that multiply the number before them: "500k", "1,5 triệu", "1tr5", "2 tỷ". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  k: 1e3, n: 1e3, ng: 1e3, nghìn: 1e3, ngàn: 1e3,
  tr: 1e6, triệu: 1e6, củ: 1e6,
  tỷ: 1e9, tỉ: 1e9,
};

/** "5 trăm nghìn", "2 triệu 5 trăm". */
export const HUNDRED_WORDS: readonly string[] = ["trăm"];

/** "1 triệu rưỡi" = 1.500.000. */
export const HALF_WORDS: readonly string[] = ["rưỡi", "rưởi"];

/** "nửa triệu" = 500.000: half of the scale word that follows. */
export const HALF_OF_WORDS: readonly string[] = ["nửa"];

/** Politeness and linking words that may stand before or after a number: "dạ, 26 tổ ạ", "là 5.829". */
export const NUMBER_FILLERS: readonly string[] = [
  "ạ", "à", "a", "nhé", "nha", "dạ", "vâng", "thưa", "là", "có", "tổng", "tổng cộng", "cộng", "được", "gồm",
];

/** Words that make a number an estimate, which a report must not carry: "khoảng 300 hộ". */
export const APPROXIMATE_WORDS: readonly string[] = [
  "khoảng", "tầm", "chừng", "độ", "gần", "hơn", "trên", "dưới", "ngót", "xấp xỉ", "ước", "ước tính",
  "có lẽ", "chắc", "~", "≈",
];

/** Answers that may mean zero: asked back ("Có phải 0 không?"), never taken as 0 silently. */
export const ZERO_WORDS: readonly string[] = [
  "không", "không có", "chưa có", "ko", "k", "ko có", "k có", "hết", "không ai", "chưa",
];

/** A free text that says there is nothing to report ("Không có", "không có ý kiến gì"): the item left empty. */
export const NOTHING_TO_REPORT_WORDS: readonly string[] = [
  "không", "không có", "không có gì", "chưa có", "chưa có gì", "ko", "k", "ko có", "k có", "kg", "không ạ", "không có ạ",
  "không có ý kiến", "không có ý kiến gì", "không có kiến nghị", "không có kiến nghị gì", "không có khó khăn",
  "không có khó khăn gì", "không có khó khăn kiến nghị", "không có khó khăn, kiến nghị", "không có gì ạ", "dạ không có", "dạ không",
  "không có trường hợp nào", "chưa có trường hợp nào", "không có ai", "chưa", "hết", "không có gì để báo cáo",
];

/** Words that mean "yes", alone or together: "có", "rồi", "đã đạt", "có ạ". */
export const YES_WORDS: readonly string[] = [
  "có", "rồi", "đã", "đạt", "yes", "y", "ok", "oke", "okie", "okay", "ừ", "ừm", "uh", "vâng", "dạ", "đúng", "phải",
  "👍", "✅", "✔", "✔️",
];

/** Words that mean "no" at the start of an answer: "không", "chưa đạt", "ko". */
export const NO_WORDS: readonly string[] = [
  "không", "chưa", "ko", "k", "kg", "kh", "khg", "hk", "hông", "hok", "no", "not", "👎", "❌",
];

/** Words that may follow a yes or a no without changing it: "đã xây dựng", "chưa thực hiện". */
export const YES_NO_VERBS: readonly string[] = [
  "có", "đạt", "rồi", "xây", "dựng", "xây dựng", "thực hiện", "hoàn thành", "làm", "đăng ký", "ký", "được",
];

/** Particles and forms of address that do not change an answer: "có ạ", "dạ không", "chưa nhé". */
export const ANSWER_PARTICLES: readonly string[] = [
  "ạ", "à", "a", "nhé", "nhe", "nha", "nhá", "đâu", "đấy", "ấy", "thưa", "dạ", "vâng", "ông", "bà", "anh", "chị",
  "em", "chú", "bác", "tổ", "tôi", "mình", "chúng tôi", // not "cô": without diacritics it reads "có"
];

// Numbers in words, as voice typing writes them: "hai triệu rưỡi", "mười lăm", "một trăm linh năm".
// Matched with their diacritics ("mười" is ten, "mươi" marks tens; "làm" and "tạm" are no digits).

/** The digits as words; "không" counts only inside a longer number ("không trăm", "không nghìn"). */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

/** The units after "mười" ("mười lăm" = 15, "mười một" = 11, "mười tư" = 14). */
export const UNITS_AFTER_TEN: Readonly<Record<string, number>> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

/** The units after "X mươi" ("hai mươi mốt" = 21, "bốn mươi tư" = 44, "năm mươi lăm" = 55). */
export const UNITS_AFTER_TENS: Readonly<Record<string, number>> = {
  ...UNITS_AFTER_TEN, mốt: 1, năm: 5,
};

/** Units that make a tens number without "mươi": "hai mốt" = 21, "ba tư" = 34, "ba lăm" = 35. */
export const SHORT_TENS_UNITS: Readonly<Record<string, number>> = { mốt: 1, tư: 4, lăm: 5, nhăm: 5 };

export const TEN_WORD = "mười";
export const TENS_WORD = "mươi";
export const TENS_OF_WORD = "chục"; // "hai chục" = 20
export const HUNDRED_WORD = "trăm";
/** "một trăm linh năm" = 105. */
export const ZERO_TENS_WORDS: readonly string[] = ["linh", "lẻ"];
