// The default catalogue a new ward starts with. Data, not code: a ward renames, adds or retires
// entries for its next period; the texts here are only the starting point.

import type { IndicatorDef, MovementDef, PeriodKind, PledgeItemDef, WardFigureDef } from "./types.js";

export const ALL_PERIOD_KINDS: readonly PeriodKind[] = ["so_ket", "tong_ket", "other"];

export const DEFAULT_MOVEMENTS: MovementDef[] = [
  { code: "cultural_life", name: "Toàn dân đoàn kết xây dựng đời sống văn hóa", order: 10 },
  { code: "learning_society", name: "Khuyến học, xây dựng xã hội học tập", order: 20 },
  { code: "for_the_poor", name: "Chung tay vì người nghèo", order: 30 },
  { code: "fire_safety", name: "Toàn dân phòng cháy chữa cháy", order: 40 },
];

type IndicatorSeed = Omit<IndicatorDef, "periodKinds" | "optional" | "offerPrevious" | "ratioBase" | "rules"> &
  Partial<Pick<IndicatorDef, "periodKinds" | "optional" | "offerPrevious" | "ratioBase" | "rules">>;

function indicator(seed: IndicatorSeed): IndicatorDef {
  return {
    rules: [],
    periodKinds: [...ALL_PERIOD_KINDS],
    optional: false,
    offerPrevious: false,
    ratioBase: null,
    ...seed,
  };
}

export const DEFAULT_INDICATORS: IndicatorDef[] = [
  indicator({
    code: "households_total",
    movementCode: "cultural_life",
    label: "Tổng số hộ",
    shortLabel: "Tổng số hộ",
    question: "Xin ông/bà cho biết tổng số hộ trong tổ hiện nay là bao nhiêu?",
    type: "count",
    unit: "hộ",
    example: "245",
    rules: [{ kind: "min", value: 1 }],
    order: 10,
    offerPrevious: true,
  }),
  indicator({
    code: "households_registered",
    movementCode: "cultural_life",
    label: "Số hộ đăng ký gia đình văn hóa",
    shortLabel: "Hộ đăng ký gia đình văn hóa",
    question: "Tổ của ông/bà có bao nhiêu hộ đăng ký danh hiệu “Gia đình văn hóa”?",
    type: "count",
    unit: "hộ",
    example: "240",
    rules: [
      { kind: "min", value: 0 },
      { kind: "lte", indicator: "households_total" },
    ],
    order: 20,
  }),
  indicator({
    code: "households_cultural",
    movementCode: "cultural_life",
    label: "Số hộ đạt gia đình văn hóa",
    shortLabel: "Hộ đạt gia đình văn hóa",
    question: "Trong số hộ đã đăng ký, tổ có bao nhiêu hộ đạt danh hiệu “Gia đình văn hóa”?",
    type: "count",
    unit: "hộ",
    example: "236",
    rules: [
      { kind: "min", value: 0 },
      { kind: "lte", indicator: "households_registered" },
    ],
    order: 30,
    ratioBase: { kind: "indicator", indicator: "households_registered" },
  }),
  indicator({
    code: "cultural_group",
    movementCode: "cultural_life",
    label: "Tổ đạt danh hiệu “Tổ dân phố văn hóa”",
    shortLabel: "Tổ dân phố văn hóa",
    question: "Tổ của ông/bà có được công nhận danh hiệu “Tổ dân phố văn hóa” không?",
    type: "yes_no",
    unit: null,
    example: null,
    order: 40,
    periodKinds: ["tong_ket"], // the title is awarded at the year's end
    ratioBase: { kind: "groups" },
  }),
  indicator({
    code: "learning_families",
    movementCode: "learning_society",
    label: "Số gia đình học tập",
    shortLabel: "Gia đình học tập",
    question: "Tổ của ông/bà có bao nhiêu gia đình đạt danh hiệu “Gia đình học tập”?",
    type: "count",
    unit: "hộ",
    example: "150",
    rules: [
      { kind: "min", value: 0 },
      { kind: "lte", indicator: "households_total" },
    ],
    order: 50,
  }),
  indicator({
    code: "poverty_gift_money",
    movementCode: "for_the_poor",
    label: "Số tiền thăm hỏi, tặng quà",
    shortLabel: "Tiền thăm hỏi, tặng quà",
    question:
      "Tổng số tiền tổ đã thăm hỏi, tặng quà hộ nghèo, gia đình chính sách và hộ có hoàn cảnh khó khăn là bao nhiêu?",
    type: "money",
    unit: "đồng",
    example: "8,5 triệu",
    rules: [{ kind: "min", value: 0 }],
    order: 60,
  }),
  indicator({
    code: "poverty_gift_count",
    movementCode: "for_the_poor",
    label: "Số suất quà đã trao",
    shortLabel: "Suất quà",
    question: "Tổ đã trao tặng bao nhiêu suất quà?",
    type: "count",
    unit: "suất",
    example: "20",
    rules: [{ kind: "min", value: 0 }],
    order: 70,
  }),
  indicator({
    code: "pccc_model",
    movementCode: "fire_safety",
    label: "Tổ có mô hình liên gia/ngõ an toàn phòng cháy, chữa cháy",
    shortLabel: "Mô hình phòng cháy, chữa cháy",
    question: "Tổ của ông/bà đã xây dựng mô hình liên gia/ngõ an toàn phòng cháy, chữa cháy chưa?",
    type: "yes_no",
    unit: null,
    example: null,
    order: 80,
    ratioBase: { kind: "pledged", pledgeItem: "pccc_model" },
  }),
  indicator({
    code: "good_deeds",
    movementCode: null,
    label: "Điển hình tiên tiến, người tốt, việc tốt",
    shortLabel: "Điển hình, việc tốt",
    question:
      "Trong tổ có điển hình tiên tiến, người tốt, việc tốt nào ông/bà muốn báo cáo không? " +
      "Xin ông/bà ghi ngắn gọn họ tên và việc làm.",
    type: "text",
    unit: null,
    example: "Gia đình ông Nguyễn Văn A hiến 20 m² đất mở rộng đường ngõ.",
    order: 90,
    optional: true,
  }),
  indicator({
    code: "difficulties",
    movementCode: null,
    label: "Khó khăn, kiến nghị",
    shortLabel: "Khó khăn, kiến nghị",
    question: "Tổ có khó khăn, vướng mắc hay kiến nghị gì với phường không? Xin ông/bà ghi ngắn gọn.",
    type: "text",
    unit: null,
    example: "Đề nghị phường hỗ trợ sửa chữa nhà văn hóa tổ.",
    order: 100,
    optional: true,
  }),
];

/** What a group registers and signs early in the year (đăng ký, ký cam kết thi đua). */
export const DEFAULT_PLEDGE_ITEMS: PledgeItemDef[] = [
  { code: "cultural_group", title: "Đăng ký danh hiệu “Tổ dân phố văn hóa”", type: "yes_no", unit: null, order: 10 },
  {
    code: "cultural_households",
    title: "Số hộ đăng ký danh hiệu “Gia đình văn hóa”",
    type: "count",
    unit: "hộ",
    order: 20,
  },
  {
    code: "learning_families",
    title: "Số hộ đăng ký danh hiệu “Gia đình học tập”",
    type: "count",
    unit: "hộ",
    order: 30,
  },
  {
    code: "pccc_model",
    title: "Xây dựng mô hình liên gia/ngõ an toàn phòng cháy, chữa cháy",
    type: "yes_no",
    unit: null,
    order: 40,
  },
];

/**
 * Figures the officer enters for the whole ward. A contest result is a count and the prize's
 * name, so the report can write "đạt 01 giải khuyến khích" (formatTwoDigits + the text).
 */
export const DEFAULT_WARD_FIGURES: WardFigureDef[] = [
  { code: "commended_collectives", label: "Số tập thể được khen thưởng", type: "count", unit: "tập thể", order: 10, example: "174" },
  { code: "commended_individuals", label: "Số cá nhân được khen thưởng", type: "count", unit: "cá nhân", order: 20, example: "313" },
  { code: "reward_money", label: "Tổng số tiền thưởng", type: "money", unit: "đồng", order: 30, example: "66.100.000" },
  {
    code: "cchc_contest_prizes",
    label: "Số giải đạt tại cuộc thi “Tìm hiểu Cải cách hành chính”",
    type: "count",
    unit: "giải",
    order: 40,
    example: "1",
  },
  {
    code: "cchc_contest_result",
    label: "Loại giải đạt tại cuộc thi “Tìm hiểu Cải cách hành chính”",
    type: "text",
    unit: null,
    order: 50,
    example: "giải khuyến khích",
  },
  {
    code: "pccc_contest_result",
    label: "Kết quả hội thi phòng cháy, chữa cháy",
    type: "text",
    unit: null,
    order: 60,
    example: "giải khuyến khích",
  },
];

/** The indicators a period of `kind` asks, in catalogue order. */
export function indicatorsForPeriod(defs: readonly IndicatorDef[], kind: PeriodKind): IndicatorDef[] {
  return defs.filter((def) => def.periodKinds.includes(kind)).sort((a, b) => a.order - b.order);
}
