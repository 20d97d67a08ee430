// District-level bodies (huyện, quận, thị xã and their phòng) were abolished on 1 July 2025: a
// ward's report now goes to the province. A "Kính gửi" or "Nơi nhận" line still naming one is
// worth a warning to the office.

const DISTRICT = /(?:^|\P{L})(?:huyện|quận|thị xã)(?:\P{L}|$)/u;
/** "Phòng Nội vụ", "Phòng Văn hóa - Thông tin": a district's office; not "Văn phòng". */
const DISTRICT_OFFICE = /(?:^|\P{L})(?<!văn )phòng(?:\P{L}|$)/u;

export function namesDistrictLevel(line: string): boolean {
  const text = line.normalize("NFC").toLocaleLowerCase("vi");
  return DISTRICT.test(text) || DISTRICT_OFFICE.test(text);
}
