// Widths of the borderless header table and of the short rules under its lines, in points,
// measured with the font so the PDF and the DOCX draw the same thing.
import type { AdminDocument } from "./admin-document.js";
import { balanceLine } from "./balance-lines.js";
import { tinosMetrics } from "./font-metrics.js";
import { capitals, MOTTO, NATIONAL_TITLE, ND30_HEADER, ND30_SIZE } from "./nd30-style.js";
import { mmToPt } from "./units.js";

export interface HeaderGeometry {
  /** The superior body's lines, in capitals, each fitting the left column. */
  superiorLines: string[];
  /** The issuer's name lines, in capitals, each fitting the left column. */
  nameLines: string[];
  /** How far the table reaches left of the text area (0 unless the issuer's name needs it). */
  overhang: number;
  leftWidth: number;
  rightWidth: number;
  /** The line under the issuer's name. */
  issuerRule: number;
  /** The line under the motto: as long as the motto. */
  mottoRule: number;
}

/** Room a cell's line needs beyond its text. */
const SLACK = 4;

export function headerGeometry(doc: AdminDocument, textWidth: number): HeaderGeometry {
  const bold = tinosMetrics("bold");
  const regular = tinosMetrics("normal");
  const italic = tinosMetrics("italics");

  const mottoRule = bold.widthOf(MOTTO, ND30_SIZE.motto);
  const rightNeeds = Math.max(
    bold.widthOf(NATIONAL_TITLE, ND30_SIZE.nationalTitle),
    mottoRule,
    italic.widthOf(doc.placeDateLine, ND30_SIZE.placeDate),
  );
  const superior = capitals(doc.issuer.superior?.trim() ?? "");
  const names = doc.issuer.nameLines.map(capitals);
  const nameSize = ND30_SIZE.issuer;
  const leftNeeds = Math.max(
    0,
    ...names.map((line) => bold.widthOf(line, nameSize)),
    regular.widthOf(superior, nameSize),
    regular.widthOf(doc.numberLine, ND30_SIZE.numberLine),
  );

  const rightWidth = Math.min(
    Math.max(textWidth * (1 - ND30_HEADER.leftColumnShare), rightNeeds + SLACK),
    textWidth - SLACK,
  );
  const roomLeft = textWidth - rightWidth;
  const overhang = Math.min(Math.max(0, leftNeeds + SLACK - roomLeft), mmToPt(ND30_HEADER.maxOverhangMm));
  const leftWidth = roomLeft + overhang;

  const fits = leftWidth - SLACK;
  const nameLines = names.flatMap((line) => balanceLine(line, fits, (text) => bold.widthOf(text, nameSize)));
  const superiorLines = superior ? balanceLine(superior, fits, (text) => regular.widthOf(text, nameSize)) : [];
  const nameWidth = Math.max(0, ...nameLines.map((line) => bold.widthOf(line, nameSize)));

  return {
    superiorLines,
    nameLines,
    overhang,
    leftWidth,
    rightWidth,
    issuerRule: nameWidth * ND30_HEADER.ruleShare,
    mottoRule,
  };
}

/** The line under the subject: a share of its widest line, never wider than the text area. */
export function subjectRule(subjectLines: readonly string[], textWidth: number): number {
  const bold = tinosMetrics("bold");
  const widest = Math.max(0, ...subjectLines.map((line) => bold.widthOf(line, ND30_SIZE.subject)));
  return Math.min(widest, textWidth) * ND30_HEADER.ruleShare;
}

export const ADDRESSEE_LABEL = "Kính gửi:";
const ADDRESSEE_GAP = 6;

/** Where "Kính gửi:" and its recipients start: the pair centred on the text area. */
export function addresseeGeometry(lines: readonly string[], textWidth: number): { label: number; list: number } {
  const regular = tinosMetrics("normal");
  const label = regular.widthOf(ADDRESSEE_LABEL, ND30_SIZE.addressee);
  const widest = Math.max(0, ...lines.map((line) => regular.widthOf(line, ND30_SIZE.addressee)));
  const start = Math.max(0, (textWidth - label - ADDRESSEE_GAP - widest) / 2);
  return { label: start, list: start + label + ADDRESSEE_GAP };
}
