// Where a new question without a "Thứ tự" is asked: right after the last question of its own
// movement (a movement with none yet: after the movements before it; no movement: at the end),
// keeping the orders the workbook has when there is room, and numbering the list again by tens
// when there is none. The order is what the leader is asked in and what the next export shows.
import { describe, expect, it } from "vitest";
import { DEFAULT_INDICATORS } from "../../src/domain/catalogue.js";
import { readCatalogueBook, type CellValue, type WorkbookCells } from "../../src/domain/catalogue-book/index.js";
import { exportedCells, problemText } from "./support/catalogue-book.js";

const book = (): WorkbookCells => exportedCells();
const sheet = (cells: WorkbookCells, name: string) => cells.sheets.find((s) => s.name === name)!;
const indicators = (cells: WorkbookCells) => sheet(cells, "Chỉ tiêu");

/** Sets the "Thứ tự" of the indicator rows with these codes. */
function setOrders(cells: WorkbookCells, orders: Record<string, number>) {
  const s = indicators(cells);
  const column = s.rows[0]!.indexOf("Thứ tự");
  for (const row of s.rows.slice(2)) if (typeof row[0] === "string" && row[0] in orders) row[column] = orders[row[0]]!;
}
const newRow = (code: string, movement: string, order: string | number = "") =>
  [code, movement, `Chỉ tiêu ${code}`, `Tên ${code}`, "Câu hỏi?", "Số lượng", "hộ", "", "", "", "Không", "Không", "Có", "Có", "Không", order] as CellValue[];

/** Each indicator's order after reading, and the codes in the order they are asked. */
function read(cells: WorkbookCells) {
  const result = readCatalogueBook(cells);
  if (!result.ok) throw new Error(result.problems.map(problemText).join("\n"));
  const orders = Object.fromEntries(result.catalogue.indicators.map((d) => [d.code, d.order]));
  const asked = [...result.catalogue.indicators].sort((a, b) => a.order - b.order).map((d) => d.code);
  return { orders, asked };
}
const defaultOrders = Object.fromEntries(DEFAULT_INDICATORS.map((d) => [d.code, d.order]));

describe("where a new question without an order is asked", () => {
  it("asks a question outside any movement last, ten after the last order", () => {
    const cells = book();
    indicators(cells).rows.push(newRow("ho_moi", ""));
    const { orders, asked } = read(cells);
    expect(asked.at(-1)).toBe("ho_moi");
    expect(orders).toEqual({ ...defaultOrders, ho_moi: 110 });
  });

  it("asks a question of a movement with no question yet after the movements before it, before the questions outside movements", () => {
    const cells = book();
    sheet(cells, "Phong trào").rows.push(["green_streets", "Xanh, sạch, đẹp", 45]);
    indicators(cells).rows.push(newRow("cay_xanh", "green_streets"));
    const { orders, asked } = read(cells);
    expect(asked.slice(asked.indexOf("pccc_model"), asked.indexOf("pccc_model") + 3)).toEqual(["pccc_model", "cay_xanh", "good_deeds"]);
    expect(orders).toEqual({ ...defaultOrders, cay_xanh: 81 });
  });

  it("asks a question of a new movement placed between two others between their questions", () => {
    const cells = book();
    sheet(cells, "Phong trào").rows.push(["green_streets", "Xanh, sạch, đẹp", 25]);
    indicators(cells).rows.push(newRow("cay_xanh", "Xanh, sạch, đẹp"));
    const { orders, asked } = read(cells);
    expect(asked.slice(asked.indexOf("learning_families"), asked.indexOf("learning_families") + 3)).toEqual(["learning_families", "cay_xanh", "poverty_gift_money"]);
    expect(orders.cay_xanh).toBe(51);
  });

  it("asks a question of a movement placed before all others first", () => {
    const cells = book();
    sheet(cells, "Phong trào").rows.push(["green_streets", "Xanh, sạch, đẹp", 5]);
    indicators(cells).rows.push(newRow("cay_xanh", "green_streets"));
    const { orders, asked } = read(cells);
    expect(asked[0]).toBe("cay_xanh");
    expect(orders).toEqual({ ...defaultOrders, cay_xanh: 1 });
  });

  it("asks it right after the only question of its movement when that one is asked first", () => {
    const cells = book();
    const s = indicators(cells);
    s.rows = s.rows.filter((row) => !["households_registered", "households_cultural", "cultural_group"].includes(String(row[0])));
    s.rows.push(newRow("ho_moi", "cultural_life"));
    const { orders, asked } = read(cells);
    expect(asked.slice(0, 3)).toEqual(["households_total", "ho_moi", "learning_families"]);
    expect(orders.ho_moi).toBe(11);
  });

  it("asks two new questions of one movement in the order of their rows", () => {
    const cells = book();
    indicators(cells).rows.push(newRow("hoc_bong", "learning_society"), newRow("ho_moi", ""), newRow("thu_vien", "learning_society"));
    const { orders, asked } = read(cells);
    expect(asked.slice(asked.indexOf("learning_families"), asked.indexOf("learning_families") + 4)).toEqual(["learning_families", "hoc_bong", "thu_vien", "poverty_gift_money"]);
    expect(orders).toEqual({ ...defaultOrders, hoc_bong: 51, thu_vien: 52, ho_moi: 110 });
  });
});

describe("keeping or renumbering the orders the workbook has", () => {
  it("keeps every typed order when the gap after the movement's last question has room for one", () => {
    const cells = book();
    setOrders(cells, { poverty_gift_money: 52, poverty_gift_count: 53 });
    indicators(cells).rows.push(newRow("hoc_bong", "learning_society"));
    const { orders } = read(cells);
    expect(orders).toEqual({ ...defaultOrders, poverty_gift_money: 52, poverty_gift_count: 53, hoc_bong: 51 });
  });

  it("numbers the whole list again by tens when the next question follows with no gap, so no two questions share an order", () => {
    const cells = book();
    setOrders(cells, { poverty_gift_money: 51, poverty_gift_count: 52 });
    indicators(cells).rows.push(newRow("hoc_bong", "learning_society"));
    const { orders, asked } = read(cells);
    const expected = [...DEFAULT_INDICATORS.map((d) => d.code)];
    expected.splice(expected.indexOf("learning_families") + 1, 0, "hoc_bong");
    expect(asked).toEqual(expected);
    expect(expected.map((code) => orders[code])).toEqual(expected.map((_, i) => (i + 1) * 10));
  });

  it("leaves an order typed twice alone when the new question has room elsewhere", () => {
    const cells = book();
    setOrders(cells, { poverty_gift_count: 60 }); // the same as poverty_gift_money
    indicators(cells).rows.push(newRow("ho_moi", ""));
    const { orders } = read(cells);
    expect(orders).toEqual({ ...defaultOrders, poverty_gift_count: 60, ho_moi: 110 });
  });

  it("keeps a movement's questions together when a question of another movement has the same order", () => {
    const cells = book();
    setOrders(cells, { poverty_gift_money: 50 }); // ties with learning_families, the row above: asked after it
    indicators(cells).rows.push(newRow("hoc_bong", "learning_society"));
    const { orders, asked } = read(cells);
    expect(asked.slice(asked.indexOf("learning_families"), asked.indexOf("learning_families") + 3)).toEqual(["learning_families", "hoc_bong", "poverty_gift_money"]);
    expect(orders.hoc_bong).toBeLessThan(orders.poverty_gift_money!);
    expect(orders.hoc_bong).toBeGreaterThan(orders.learning_families!);
  });

  it("asks a new question after its own movement's last when another movement has the same order", () => {
    const cells = book();
    const movements = sheet(cells, "Phong trào");
    movements.rows.find((row) => row[0] === "fire_safety")![2] = 30; // as for_the_poor
    indicators(cells).rows.push(newRow("ho_thoat_ngheo", "for_the_poor"));
    const { orders, asked } = read(cells);
    expect(asked.slice(asked.indexOf("poverty_gift_count"), asked.indexOf("poverty_gift_count") + 3)).toEqual(["poverty_gift_count", "ho_thoat_ngheo", "pccc_model"]);
    expect(orders).toEqual({ ...defaultOrders, ho_thoat_ngheo: 71 });
  });

  it("keeps typed orders that are not in movement order, asking the new one after its movement's last by order", () => {
    const cells = book();
    setOrders(cells, { households_total: 75 }); // asked after the gifts, though it is in the first movement
    indicators(cells).rows.push(newRow("ho_moi", "cultural_life"));
    const { orders, asked } = read(cells);
    expect(orders).toEqual({ ...defaultOrders, households_total: 75, ho_moi: 76 });
    expect(asked.slice(asked.indexOf("households_total"), asked.indexOf("households_total") + 3)).toEqual(["households_total", "ho_moi", "pccc_model"]);
  });
});
