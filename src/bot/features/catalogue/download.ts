// A document a person sent, downloaded from the Bot API (getFile, then the file URL).
import type { BotContext } from "../../context.js";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export class DownloadFailed extends Error {}

export async function downloadDocument(ctx: BotContext, apiRoot: string, fetchImpl: typeof fetch = fetch): Promise<Uint8Array> {
  const file = await ctx.getFile();
  if (!file.file_path) throw new DownloadFailed("no file_path");
  const response = await fetchImpl(`${apiRoot.replace(/\/+$/u, "")}/file/bot${ctx.api.token}/${file.file_path}`, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new DownloadFailed(`HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new DownloadFailed("too big");
  return bytes;
}
