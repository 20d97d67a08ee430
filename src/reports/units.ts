/** Millimetres to PDF points (1/72 in). */
export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}

/** Points to twentieths of a point (twips), the unit of WordprocessingML. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

export function mmToTwip(mm: number): number {
  return ptToTwip(mmToPt(mm));
}
