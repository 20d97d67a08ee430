// How fast what leaders type is read, beside a bare Number() on digits.
import { parseCount, parseMoney, parseYesNo } from "../../src/domain/parse/index.js";
import { type Result, throughput } from "../harness.js";

const counts = ["5829", "5.829", "5 829 hộ", "226", "5,829", "khoảng 200"];
const money = ["1,5 triệu", "1tr5", "2 triệu 500 nghìn", "500k", "1.500.000đ", "261.700.000"];
const yesNo = ["có", "Không", "rồi ạ", "chưa"];
/** As voice typing writes them. */
const words = ["Hai triệu rưỡi", "hai trăm hai mươi sáu hộ", "Năm nghìn tám trăm hai mươi chín", "ba lăm", "một trăm linh năm"];

export async function parseSuite(): Promise<Result[]> {
  let i = 0;
  const bare = throughput(() => Number(counts[i++ % counts.length]!.replace(/\D/g, "")));
  const results: Result[] = [];
  for (const [name, inputs, parse] of [
    ["parseCount", counts, parseCount],
    ["parseMoney", money, parseMoney],
    ["parseYesNo", yesNo, parseYesNo],
    ["parseMoney, numbers in words", words, parseMoney],
  ] as const) {
    let j = 0;
    const rate = throughput(() => parse(inputs[j++ % inputs.length]!));
    results.push({
      suite: "parse",
      name: `${name} (mixed real inputs)`,
      value: rate,
      unit: "ops/s",
      baseline: { name: "Number() on digits", value: bare },
    });
  }
  return results;
}
