// Since 1 July 2025 a ward reports to the province: a "Kính gửi" or "Nơi nhận" line naming a
// district-level body is flagged; the province's bodies, the ward's own and the party's are not.
import { describe, expect, it } from "vitest";
import { namesDistrictLevel } from "../../src/domain/district-level.js";

describe("a line naming a district-level body", () => {
  it.each(["UBND huyện Đồng Hỷ", "Ủy ban nhân dân quận Ba Đình", "UBND thị xã Phổ Yên", "Phòng Nội vụ thành phố", "- Phòng Văn hóa - Thông tin;", "HUYỆN ỦY ĐỒNG HỶ".normalize("NFD")])("%s", (line) => {
    expect(namesDistrictLevel(line)).toBe(true);
  });

  it.each(["UBND tỉnh Thái Nguyên", "Sở Nội vụ tỉnh Thái Nguyên", "UBND thành phố Hà Nội", "Văn phòng UBND tỉnh", "Lưu: VT, VP.", "Ban Chỉ huy Quân sự phường", "TT Đảng ủy - HĐND phường", "Cụm thi đua số 1"])("not %s", (line) => {
    expect(namesDistrictLevel(line)).toBe(false);
  });
});
