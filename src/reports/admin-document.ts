// Plain content model of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I).
// Renderers (PDF, DOCX) turn it into a file; nothing here knows about either.

/** A run of text with its own emphasis, for inline bold or italic inside a paragraph. */
export interface TextSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Paragraph text: a plain string, or spans when part of it is emphasised. */
export type RichText = string | readonly TextSpan[];

export interface Issuer {
  /** The issuer's superior body, e.g. "UBND THÀNH PHỐ THÁI NGUYÊN"; empty or absent for none. */
  superior?: string;
  /** The issuer's name, one entry per printed line: ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHAN ĐÌNH PHÙNG"]. */
  nameLines: readonly string[];
}

/** A table inside the body: a bold header row, data rows, an optional bold total row. */
export interface TableBlock {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  total?: readonly string[];
  /** Alignment per column; numbers usually "right". Defaults to "left" for the first, "center" for the rest. */
  align?: readonly ("left" | "center" | "right")[];
  /** Print a row "(1) (2) …" under the header, as statistical tables often do. */
  numberedColumns?: boolean;
}

export type BodyBlock =
  /** "I. CÔNG TÁC TỔ CHỨC …": printed bold, in capitals. */
  | { kind: "part"; text: string }
  /** "1. …" or "3.1. …" in bold, optionally followed by regular text in the same paragraph. */
  | { kind: "section"; heading: string; runIn?: RichText }
  | { kind: "paragraph"; text: RichText }
  /** A paragraph that starts with its marker, as in the model: "* Phong trào …", "- Việc …". */
  | { kind: "bullet"; marker: "*" | "-"; text: RichText }
  | { kind: "table"; table: TableBlock };

export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN" for a collective body; absent when the title alone is printed. */
  authority?: string;
  /** "CHỦ TỊCH" */
  title: string;
  /** The signer's full name: "Trần Đình Thìn". */
  name: string;
}

export interface DocumentMetadata {
  title?: string;
  /** Usually the issuing ward, e.g. "UBND phường Phan Đình Phùng". */
  author?: string;
  subject?: string;
  /** Fixed creation date; with it the PDF bytes are the same on every run. */
  creationDate?: Date;
}

export interface AdminDocument {
  issuer: Issuer;
  /** Already formatted: "Số: 05/BC-UBND" or "Số:      /BC-UBND". */
  numberLine: string;
  /** Already formatted: "Phường Phan Đình Phùng, ngày 27 tháng 5 năm 2025". */
  placeDateLine: string;
  /** "BÁO CÁO" */
  kindTitle: string;
  /** The subject (trích yếu), one entry per printed line. */
  subjectLines: readonly string[];
  /** "Kính gửi" recipients, 0..n; list punctuation ("- ", ";", ".") is added when rendering. */
  addressees: readonly string[];
  body: readonly BodyBlock[];
  /** "Trên đây là báo cáo …./." */
  closing?: RichText;
  signature: Signature;
  /** "Nơi nhận" lines; list punctuation is added when rendering, the last one is "Lưu: …". */
  distribution: readonly string[];
  metadata?: DocumentMetadata;
}
