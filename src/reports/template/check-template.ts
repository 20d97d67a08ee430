// The check a ward's edited template passes before it is stored, the same from the CLI
// (`template import`) and from the chat (a file sent back after /maubaocao): every problem with
// its line, against the ward's catalogue as it is now.
import { cleanText } from "../../domain/text.js";
import { templatePlaceholders } from "./catalogue-placeholders.js";
import { MAX_TEMPLATE_LENGTH, MAX_TEMPLATE_WORD, parseTemplate } from "./parse-template.js";
import { REPORT_TABLE_NAMES } from "./placeholders.js";
import type { TemplateIssue } from "./template-issues.js";

export type TemplateCheck = { ok: true; text: string } | { ok: false; issues: TemplateIssue[] };

/** `text` cleaned (NFC, no unsafe characters, no leading byte-order mark, "\n" line ends as Notepad's "\r\n" come back) and checked against the active indicators' codes. */
export function checkWardTemplate(text: string, indicatorCodes: readonly string[]): TemplateCheck {
  const clean = cleanText(text.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n"));
  const parsed = parseTemplate(clean, { tables: REPORT_TABLE_NAMES, maxWord: MAX_TEMPLATE_WORD, placeholders: templatePlaceholders(indicatorCodes) });
  return parsed.ok ? { ok: true, text: clean } : { ok: false, issues: parsed.issues };
}

/** The largest template file read from the chat: the longest template in UTF-8 (3 bytes a character at most) and a little over. */
export const MAX_TEMPLATE_FILE_BYTES = MAX_TEMPLATE_LENGTH * 3 + 4;

export type DecodedTemplate = { ok: true; text: string } | { ok: false; reason: "not_text" };

/**
 * A text file as Notepad, Word ("Plain Text") or a phone saves it: UTF-8 with or without a
 * byte-order mark, or UTF-16 with one. Anything else (an old 8-bit code page, a binary file)
 * is refused rather than read as broken Vietnamese.
 */
export function decodeTemplateFile(bytes: Uint8Array): DecodedTemplate {
  const utf16 = (label: "utf-16le" | "utf-16be") => new TextDecoder(label, { fatal: true }).decode(bytes.subarray(2));
  try {
    let text: string;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16("utf-16le");
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16("utf-16be");
    else text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    // A NUL is never in a text someone typed: a binary file (or UTF-16 without its mark).
    if (text.includes("\u0000")) return { ok: false, reason: "not_text" };
    return { ok: true, text };
  } catch {
    return { ok: false, reason: "not_text" };
  }
}
