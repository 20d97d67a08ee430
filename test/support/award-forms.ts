// The award forms the nomination tests need, where the ward has none yet (a ward seeded before
// the khen thưởng defaults were installed): the Giấy khen and the "Gia đình văn hóa" title.
import type { Db } from "../../src/db/client.js";

export async function ensureAwardForms(db: Db, wardId: number): Promise<void> {
  const forms = [
    { code: "giay_khen", name: "Giấy khen của Chủ tịch Ủy ban nhân dân phường", kind: "giay_khen" as const, certificateTitle: "GIẤY KHEN", titleName: "", sortOrder: 10 },
    { code: "gdvh", name: "Danh hiệu “Gia đình văn hóa”", kind: "danh_hieu" as const, certificateTitle: "GIẤY CHỨNG NHẬN", titleName: "Gia đình văn hóa", sortOrder: 20 },
  ];
  for (const form of forms) {
    const existing = await db.awardForm.findUnique({ where: { wardId_code: { wardId, code: form.code } } });
    if (!existing) await db.awardForm.create({ data: { wardId, ...form } });
  }
}
