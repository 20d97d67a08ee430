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

describe("the default authority, however the issuer's first line was typed", () => {
  it("reads the old spelling 'Uỷ', spaces around it and decomposed accents as the UBND", () => {
    expect(defaultSignerAuthority(["UỶ BAN NHÂN DÂN"])).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(defaultSignerAuthority(["  Uỷ ban nhân dân  ", "PHƯỜNG A"])).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(defaultSignerAuthority(["Ủy ban nhân dân".normalize("NFD")])).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(defaultSignerAuthority(["PHƯỜNG A", "ỦY BAN NHÂN DÂN"])).toBe("");
  });
});
