import { describe, expect, it } from "vitest";
import {
  DOCUMENT_NUMBER_BLANK,
  NOT_APPLICABLE,
  formatCount,
  formatDateLong,
  formatDateShort,
  formatDateTime,
  formatDocumentNumber,
  formatFraction,
  formatMoney,
  formatMoneyShort,
  formatNd30DateLine,
  formatNumber,
  formatPercent,
  formatPercentOf,
  formatTwoDigits,
  toCalendarDate,
} from "../../src/domain/format.js";

describe("numbers", () => {
  it("groups thousands with dots", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(26)).toBe("26");
    expect(formatCount(5829)).toBe("5.829");
    expect(formatCount(1_000_000_000_000)).toBe("1.000.000.000.000");
    expect(formatCount(-5829)).toBe("-5.829");
  });

  it("writes money in đồng", () => {
    expect(formatMoney(261_700_000)).toBe("261.700.000 đồng");
    expect(formatMoney(66_100_000)).toBe("66.100.000 đồng");
    expect(formatMoney(0)).toBe("0 đồng");
  });

  it("shortens money for chat", () => {
    expect(formatMoneyShort(1_500_000)).toBe("1,5 triệu đồng");
    expect(formatMoneyShort(500_000)).toBe("500 nghìn đồng");
    expect(formatMoneyShort(261_700_000)).toBe("261,7 triệu đồng");
    expect(formatMoneyShort(2_000_000_000)).toBe("2 tỷ đồng");
    expect(formatMoneyShort(800)).toBe("800 đồng");
  });

  it("uses a decimal comma and drops trailing zeros", () => {
    expect(formatNumber(1234.5, 1)).toBe("1.234,5");
    expect(formatNumber(99.0, 1)).toBe("99");
    expect(formatNumber(0.125, 2)).toBe("0,13");
  });

  it("writes fractions as the report does", () => {
    expect(formatFraction(5829, 5885)).toBe("5.829/5.885");
    expect(formatFraction(26, 26)).toBe("26/26");
  });

  it("pads to two digits where documents write 01", () => {
    expect(formatTwoDigits(1)).toBe("01");
    expect(formatTwoDigits(0)).toBe("00");
    expect(formatTwoDigits(12)).toBe("12");
    expect(formatTwoDigits(174)).toBe("174");
  });
});

describe("percentages", () => {
  it("prints the model ward's 5.829/5.885 as 99% (99,05% rounds to 99,0 → 99)", () => {
    expect(formatPercentOf(5829, 5885)).toBe("99%");
    expect(formatPercentOf(5829, 5885, 0)).toBe("99%");
    expect(formatPercentOf(5829, 5885, 2)).toBe("99,05%");
  });

  it("rounds half up to at most the precision and drops ',0'", () => {
    expect(formatPercentOf(199, 200)).toBe("99,5%");
    expect(formatPercentOf(199, 200, 0)).toBe("100%");
    expect(formatPercentOf(1981, 2000)).toBe("99,1%"); // 99,05 → 99,1
    expect(formatPercentOf(26, 26)).toBe("100%");
    expect(formatPercentOf(1, 3)).toBe("33,3%");
    expect(formatPercentOf(0, 5)).toBe("0%");
  });

  it("has nothing to show for a zero denominator", () => {
    expect(formatPercentOf(0, 0)).toBe(NOT_APPLICABLE);
  });

  it("formats a ratio", () => {
    expect(formatPercent(0.995)).toBe("99,5%");
    expect(formatPercent(0.9905)).toBe("99,1%");
    expect(formatPercent(0.99048, 0)).toBe("99%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(Number.NaN)).toBe(NOT_APPLICABLE);
  });
});

describe("dates", () => {
  it("writes a long date without leading zeros", () => {
    expect(formatDateLong({ year: 2025, month: 5, day: 27 })).toBe("ngày 27 tháng 5 năm 2025");
    expect(formatDateLong({ year: 2025, month: 1, day: 5 })).toBe("ngày 5 tháng 1 năm 2025");
  });

  it("reads an instant in Vietnam's time zone", () => {
    const lateUtc = new Date("2025-01-04T17:30:00Z"); // 00:30 on 5 January in Hà Nội
    expect(toCalendarDate(lateUtc)).toEqual({ year: 2025, month: 1, day: 5 });
    expect(formatDateLong(lateUtc)).toBe("ngày 5 tháng 1 năm 2025");
    expect(formatDateLong(lateUtc, "UTC")).toBe("ngày 4 tháng 1 năm 2025");
  });

  it("follows ND30 for the place-and-date line: leading 0 for days < 10 and months 1, 2", () => {
    const place = "Phường Phan Đình Phùng";
    expect(formatNd30DateLine(place, { year: 2025, month: 1, day: 5 })).toBe(
      "Phường Phan Đình Phùng, ngày 05 tháng 01 năm 2025",
    );
    expect(formatNd30DateLine(place, { year: 2025, month: 6, day: 29 })).toBe(
      "Phường Phan Đình Phùng, ngày 29 tháng 6 năm 2025",
    );
    expect(formatNd30DateLine(place, { year: 2025, month: 5, day: 27 })).toBe(
      "Phường Phan Đình Phùng, ngày 27 tháng 5 năm 2025",
    );
    expect(formatNd30DateLine(place, { year: 2024, month: 2, day: 10 })).toBe(
      "Phường Phan Đình Phùng, ngày 10 tháng 02 năm 2024",
    );
    expect(formatNd30DateLine(place, { year: 2024, month: 12, day: 1 })).toBe(
      "Phường Phan Đình Phùng, ngày 01 tháng 12 năm 2024",
    );
    expect(formatNd30DateLine(` ${place.normalize("NFD")} `, new Date("2025-05-27T03:00:00Z"))).toBe(
      "Phường Phan Đình Phùng, ngày 27 tháng 5 năm 2025",
    );
  });

  it("writes the short date of running text", () => {
    expect(formatDateShort({ year: 2024, month: 6, day: 11 })).toBe("11/6/2024");
  });

  it("writes a receipt time in Vietnam's time zone", () => {
    expect(formatDateTime(new Date("2025-05-27T01:15:00Z"))).toBe("08:15 ngày 27 tháng 5 năm 2025");
    expect(formatDateTime(new Date("2025-05-26T17:05:00Z"))).toBe("00:05 ngày 27 tháng 5 năm 2025");
  });
});

describe("document number", () => {
  it("pads numbers below 10 and joins the symbol without spaces", () => {
    expect(formatDocumentNumber(5, "BC-UBND")).toBe("Số: 05/BC-UBND");
    expect(formatDocumentNumber(123, "BC - UBND ")).toBe("Số: 123/BC-UBND");
  });

  it("leaves a blank for the office when there is no number yet", () => {
    expect(formatDocumentNumber(null, "BC-UBND")).toBe("Số:      /BC-UBND");
    expect(formatDocumentNumber(null, "BC-UBND")).toBe(`Số: ${DOCUMENT_NUMBER_BLANK}/BC-UBND`);
  });
});

describe("the document number line, with the symbol as officers type it", () => {
  it("drops the slashes typed before the symbol, keeps one inside it, and joins its parts with a bare dash", () => {
    expect(formatDocumentNumber(5, "/BC-UBND")).toBe("Số: 05/BC-UBND");
    expect(formatDocumentNumber(5, "//BC-UBND")).toBe("Số: 05/BC-UBND");
    expect(formatDocumentNumber(12, "HD/BTGTW")).toBe("Số: 12/HD/BTGTW");
    expect(formatDocumentNumber(7, "BC -UBND")).toBe("Số: 07/BC-UBND");
    expect(formatDocumentNumber(7, "BC-  UBND")).toBe("Số: 07/BC-UBND");
    expect(formatDocumentNumber(7, "QĐ - KT - UBND")).toBe("Số: 07/QĐ-KT-UBND");
  });
});
