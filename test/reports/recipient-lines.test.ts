import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { addresseeLines, distributionLines } from "../../src/reports/recipient-lines.js";

describe("recipient lists in the NĐ 30 form", () => {
  it("ends each Nơi nhận line with ';' and the last, the archive, with '.'", () => {
    expect(distributionLines(["- UBND - HĐTĐKT thành phố;", "Cụm thi đua số 1 ;", "- Các tổ dân phố ;  ", "", "- Lưu: VP."])).toEqual([
      "- UBND - HĐTĐKT thành phố;",
      "- Cụm thi đua số 1;",
      "- Các tổ dân phố;",
      "- Lưu: VP.",
    ]);
  });

  it("writes one addressee plainly and several as a dashed list", () => {
    expect(addresseeLines(["UBND thành phố Thái Nguyên"])).toEqual(["UBND thành phố Thái Nguyên."]);
    expect(addresseeLines(["UBND thành phố Thái Nguyên", "Phòng Nội vụ thành phố Thái Nguyên."])).toEqual([
      "- UBND thành phố Thái Nguyên;",
      "- Phòng Nội vụ thành phố Thái Nguyên.",
    ]);
  });

  it("always gives dashed lines with the right ending, whatever the office typed", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }), (items) => {
        const lines = distributionLines(items);
        lines.forEach((line, index) => {
          expect(line.startsWith("- ")).toBe(true);
          expect(line.endsWith(index === lines.length - 1 ? "." : ";")).toBe(true);
        });
      }),
    );
  });
});
