// The layout numbers of Nghị định 30/2020/NĐ-CP, Phụ lục I, as this project applies them.
// Both renderers read them here so the PDF and the DOCX agree.

export const ND30_PAGE = {
  /** A4 portrait, in millimetres. */
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  /** Where the page number's baseline box starts, from the top edge. */
  pageNumberTopMm: 10,
} as const;

/** Font sizes in points (the annex's own sample). */
export const ND30_SIZE = {
  nationalTitle: 12, // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  motto: 13, // Độc lập - Tự do - Hạnh phúc
  issuer: 12, // superior and issuer name
  numberLine: 13, // Số: …
  placeDate: 13, // Phường …, ngày … tháng … năm …
  kindTitle: 14, // BÁO CÁO
  subject: 14,
  addressee: 14,
  body: 14,
  table: 13,
  signature: 14,
  distributionTitle: 12, // Nơi nhận:
  distributionItem: 11,
  pageNumber: 13,
} as const;

export const ND30_BODY = {
  firstLineIndentMm: 12.7,
  /** Space after each paragraph, in points. */
  paragraphSpacingPt: 6,
  /** Line pitch as a multiple of the font size: 14 pt text on a 17 pt pitch. */
  lineHeightEm: 1.21,
} as const;

export const ND30_HEADER = {
  /** Share of the text width given to the issuer's column, when the right column's lines fit
   * beside it; a long place-and-date line widens the right column. */
  leftColumnShare: 0.45,
  /** The lines under the issuer's name and under the subject, as a share of that text's width
   * (the rule: 1/3 to 1/2). */
  ruleShare: 0.4,
  /** The widest the header may reach into the left margin when the issuer's name needs room. */
  maxOverhangMm: 10,
  ruleThicknessPt: 0.75,
} as const;

export const ND30_SIGNATURE = {
  /** Room for the signature and the seal. */
  signatureGapMm: 30,
} as const;

/** Convert a title to capitals with Vietnamese rules. */
export function capitals(text: string): string {
  return text.toLocaleUpperCase("vi");
}

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
