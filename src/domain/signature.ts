// The signature block's authority line (Nghị định số 30/2020/NĐ-CP, Phụ lục I): a document
// issued by a collective body is signed on its behalf, "TM. ỦY BAN NHÂN DÂN", above "CHỦ TỊCH".

const COLLECTIVE_ISSUERS = ["ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"];

/** The default authority for an issuer whose first name line is `issuerNameLines[0]`; "" when none applies. */
export function defaultSignerAuthority(issuerNameLines: readonly string[]): string {
  const first = (issuerNameLines[0] ?? "").normalize("NFC").trim().toLocaleUpperCase("vi");
  return COLLECTIVE_ISSUERS.includes(first) ? "TM. ỦY BAN NHÂN DÂN" : "";
}
