import { describe, expect, it } from "vitest";
import { defaultSignerAuthority } from "../../src/domain/signature.js";

describe("the signature block's default authority", () => {
  it("a report issued by the UBND is signed on its behalf: TM. ỦY BAN NHÂN DÂN", () => {
    expect(defaultSignerAuthority(["ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG"])).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(defaultSignerAuthority(["Ủy ban nhân dân", "Xã Tân Cương"])).toBe("TM. ỦY BAN NHÂN DÂN");
  });
  it("another issuer gets none by default", () => {
    expect(defaultSignerAuthority(["HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"])).toBe("");
    expect(defaultSignerAuthority([])).toBe("");
  });
});
