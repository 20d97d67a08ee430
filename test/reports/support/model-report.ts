// The model ward's report (Phan Đình Phùng, sơ kết 2025) built from the default template,
// with the figures the report states, as the lead's data will supply them.
import {
  formatCount,
  formatDocumentNumber,
  formatFraction,
  formatMoney,
  formatNd30DateLine,
  formatPercentOf,
  formatTwoDigits,
} from "../../../src/domain/format.js";
import type { AdminDocument } from "../../../src/reports/admin-document.js";
import { readDefaultTemplate } from "../../../src/reports/template/default-template.js";
import { fillTemplate } from "../../../src/reports/template/fill-template.js";
import { parseTemplate } from "../../../src/reports/template/parse-template.js";

export const MODEL_VALUES: Readonly<Record<string, string>> = {
  ten_phuong: "Phan Đình Phùng",
  nam: "2024",
  nam_bao_cao: "2025",
  to_dan_pho_van_hoa: formatFraction(26, 26),
  ho_gia_dinh_van_hoa: formatFraction(5829, 5885),
  ty_le_gia_dinh_van_hoa: formatPercentOf(5829, 5885, 0),
  tien_tham_hoi_tang_qua: formatMoney(261_700_000),
  giai_cchc: `${formatTwoDigits(1)} giải khuyến khích`,
  lien_gia_pccc: formatFraction(18, 18),
  khen_thuong_tap_the: formatCount(174),
  khen_thuong_ca_nhan: formatCount(313),
  tien_thuong: formatMoney(66_100_000),
  ket_qua_pccc: "giải khuyến khích",
};

/** The model report's signing time (2025-05-27 17:06:50 in Vietnam). */
export const MODEL_CREATED = new Date("2025-05-27T10:06:50Z");

export function modelReport(): AdminDocument {
  const parsed = parseTemplate(readDefaultTemplate());
  if (!parsed.ok) throw new Error(parsed.issues.map((item) => item.message).join("\n"));
  // The model report states every figure in its text: nothing at {bang:chi_tieu_khac}.
  const filled = fillTemplate(parsed.template, MODEL_VALUES, { blocks: { chi_tieu_khac: [] } });
  if (!filled.ok) throw new Error(filled.issues.map((item) => item.message).join("\n"));
  return {
    issuer: { superior: "", nameLines: ["Ủy ban nhân dân", "Phường Phan Đình Phùng"] },
    numberLine: formatDocumentNumber(null, "BC-UBND"),
    placeDateLine: formatNd30DateLine("Phường Phan Đình Phùng", MODEL_CREATED),
    ...filled.content,
    signature: { title: "Chủ tịch", name: "Trần Đình Thìn" },
    metadata: { author: "UBND phường Phan Đình Phùng", creationDate: MODEL_CREATED },
  };
}
