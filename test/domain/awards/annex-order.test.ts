// The annex of a decision lists collectives, then individuals, then households, each kind in
// the order its lines were numbered, and numbers them 1, 2, 3 … in that order: the STT, the
// certificates and their "Số vào sổ" all follow it.
import { describe, expect, it } from "vitest";
import { inAnnexOrder } from "../../../src/domain/awards/annex.js";
import { withLinesInAnnexOrder, type DecisionDocumentData } from "../../../src/domain/awards/decision-document.js";

const line = (stt: number, recipientKind: "tap_the" | "ca_nhan" | "ho_gia_dinh", name: string) => ({ stt, recipientKind, name });

describe("the annex's order", () => {
  it("puts collectives first, then individuals, then households, each by its number, and numbers them again", () => {
    const lines = [line(1, "ho_gia_dinh", "Hộ ông An"), line(2, "ca_nhan", "Bà Bình"), line(3, "tap_the", "Tổ 5"), line(4, "ho_gia_dinh", "Hộ bà Cúc"), line(0, "ca_nhan", "Ông Dũng")];
    expect(inAnnexOrder(lines)).toEqual([
      line(1, "tap_the", "Tổ 5"),
      line(2, "ca_nhan", "Ông Dũng"),
      line(3, "ca_nhan", "Bà Bình"),
      line(4, "ho_gia_dinh", "Hộ ông An"),
      line(5, "ho_gia_dinh", "Hộ bà Cúc"),
    ]);
  });

  it("keeps lines of one kind with the same number in the order they came, and leaves its input as it was", () => {
    const lines = [line(2, "ca_nhan", "Bà Bình"), line(2, "ca_nhan", "Ông Dũng"), line(1, "ca_nhan", "Bà Hà")];
    const before = structuredClone(lines);
    expect(inAnnexOrder(lines).map((l) => [l.stt, l.name])).toEqual([[1, "Bà Hà"], [2, "Bà Bình"], [3, "Ông Dũng"]]);
    expect(lines).toEqual(before);
  });

  it("gives a decision's document data its lines in that order, the rest unchanged", () => {
    const data = {
      ward: { placeName: "Phường Phan Đình Phùng" },
      lines: [{ ...line(1, "ho_gia_dinh", "Hộ ông An"), address: "", position: "", achievement: "", amount: 100 }, { ...line(2, "tap_the", "Tổ 5"), address: "", position: "", achievement: "", amount: 200 }],
    } as unknown as DecisionDocumentData;
    const ordered = withLinesInAnnexOrder(data);
    expect(ordered.ward).toBe(data.ward);
    expect(ordered.lines.map((l) => [l.stt, l.name, l.amount])).toEqual([[1, "Tổ 5", 200], [2, "Hộ ông An", 100]]);
  });
});
