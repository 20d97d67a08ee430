// A household list sent as an Excel file: downloaded from the Bot API, its first sheet read.
import { Api } from "grammy";
import type { Document } from "grammy/types";
import { type ParsedLines, parseHouseholdRows } from "../../../domain/nominations/index.js";
import { MAX_UPLOAD_BYTES } from "../catalogue/download.js";

export type FileRead = { ok: true; parsed: ParsedLines } | { ok: false; reason: "not-xlsx" | "too-big" | "unreadable" | "download-failed" };

/** `token` only: a fresh client outside the conversation's replayed API (this runs inside `conversation.external`). */
export async function readHouseholdFile(token: string, access: { apiRoot: string; fetch?: typeof fetch }, document: Document): Promise<FileRead> {
  const api = new Api(token, { apiRoot: access.apiRoot, ...(access.fetch ? { fetch: access.fetch } : {}) });
  const isXlsx = /\.xlsx$/iu.test(document.file_name ?? "") || document.mime_type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (!isXlsx) return { ok: false, reason: "not-xlsx" };
  if ((document.file_size ?? 0) > MAX_UPLOAD_BYTES) return { ok: false, reason: "too-big" };
  let bytes: Uint8Array;
  try {
    const file = await api.getFile(document.file_id);
    if (!file.file_path) return { ok: false, reason: "download-failed" };
    const response = await (access.fetch ?? fetch)(`${access.apiRoot.replace(/\/+$/u, "")}/file/bot${api.token}/${file.file_path}`, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) return { ok: false, reason: "download-failed" };
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return { ok: false, reason: "download-failed" };
  }
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, reason: "too-big" };
  // The workbook reader (exceljs) loads with the first file, not at the bot's start.
  const { UnreadableWorkbook, workbookCells } = await import("../../../reports/catalogue-book/read-catalogue-xlsx.js");
  try {
    const cells = await workbookCells(bytes);
    const rows = (cells.sheets[0]?.rows ?? []).map((row) => row.map((cell) => (typeof cell === "boolean" ? String(cell) : cell)));
    return { ok: true, parsed: parseHouseholdRows(rows) };
  } catch (error) {
    if (error instanceof UnreadableWorkbook) return { ok: false, reason: "unreadable" };
    throw error;
  }
}
