// Download links for Zalo (src/db/repos/download-links.ts): the files the bot would attach on
// Telegram are served here, at PUBLIC_URL/files/<token>, for the member they were made for, for
// 24 h; every fetch is audited ("file.download"). The first page of the period's summary also
// goes out as a picture (Zalo's sendPhoto takes a public URL): rendered with poppler's pdftoppm
// when it is installed, left out otherwise.
import { execFile } from "node:child_process";
import type http from "node:http";
import type { Db } from "../db/client.js";
import { recordAudit } from "../db/repos/audit.js";
import { countFetch, createDownloadLink, findDownload } from "../db/repos/download-links.js";
import type { Logger } from "../logger.js";

export const DOWNLOAD_PATH = "/files/";

const CONTENT_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

/** The period summary's PDF (src/reports/make-report-files.ts names it so): its first page is also sent as a picture. */
const SUMMARY_FILE = /^tong-hop-ket-qua-.*\.pdf$/u;

export interface FileLink {
  url: string;
  expiresAt: Date;
  /** The first page as a picture (the summary only, when pdftoppm is available). */
  pictureUrl: string | null;
}

export interface FileLinks {
  /** A link for the member on this chat; null when the chat has no active member. */
  link(chatKey: number, file: { fileName: string; bytes: Uint8Array }): Promise<FileLink | null>;
}

/** Page 1 of a PDF as PNG through pdftoppm (stdin to stdout); null when it is missing or fails. */
export function firstPagePng(pdf: Uint8Array, timeoutMs = 20_000): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const child = execFile(
      "pdftoppm",
      ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", "-"],
      { encoding: "buffer", maxBuffer: 20 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout) => resolve(error || stdout.length === 0 ? null : stdout),
    );
    child.stdin?.on("error", () => {});
    child.stdin?.end(Buffer.from(pdf));
  });
}

export function createFileLinks(options: { db: Db; publicUrl: string; now: () => Date; logger: Logger; picture?: (pdf: Uint8Array) => Promise<Buffer | null> }): FileLinks {
  const { db, publicUrl, logger } = options;
  const picture = options.picture ?? firstPagePng;
  const urlOf = (token: string) => `${publicUrl}${DOWNLOAD_PATH}${token}`;
  return {
    async link(chatKey, file) {
      const member = await db.member.findFirst({ where: { telegramId: BigInt(chatKey), active: true }, orderBy: { id: "asc" }, select: { id: true, wardId: true } });
      if (!member) return null;
      const extension = /\.([a-z0-9]+)$/iu.exec(file.fileName)?.[1]?.toLowerCase() ?? "";
      const base = { memberId: member.id, wardId: member.wardId, now: options.now() };
      const made = await createDownloadLink(db, { ...base, fileName: file.fileName, contentType: CONTENT_TYPES[extension] ?? "application/octet-stream", bytes: file.bytes });
      let pictureUrl: string | null = null;
      if (SUMMARY_FILE.test(file.fileName)) {
        const png = await picture(file.bytes);
        if (png) {
          const shown = await createDownloadLink(db, { ...base, fileName: file.fileName.replace(/\.pdf$/u, "-trang-1.png"), contentType: "image/png", bytes: png });
          pictureUrl = urlOf(shown.token);
        } else {
          logger.warn({ file: file.fileName }, "no picture of the summary (pdftoppm missing or failed)");
        }
      }
      return { url: urlOf(made.token), expiresAt: made.expiresAt, pictureUrl };
    },
  };
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(kind: "attachment" | "inline", fileName: string): string {
  const ascii = fileName.normalize("NFD").replace(/[^\x20-\x7E]/gu, "").replace(/["\\]/gu, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function downloadRoute(options: { db: Db; logger: Logger; now: () => Date; t: (key: string) => string }) {
  const { db, logger, t } = options;
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const page = (status: number, key: string) => {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(`${t(key)}\n`);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return page(405, "download-not-found");
    const token = decodeURIComponent((req.url ?? "").split("?")[0]!.slice(DOWNLOAD_PATH.length));
    const found = await findDownload(db, token, options.now());
    if (found.status !== "ok") {
      logger.info({ status: found.status }, "download refused");
      return page(found.status === "unknown" ? 404 : 410, `download-${found.status === "unknown" ? "not-found" : found.status}`);
    }
    const { link } = found;
    if (req.method === "GET") {
      const fetches = await countFetch(db, link.id);
      await recordAudit(db, {
        wardId: link.wardId,
        actor: { memberId: link.memberId, source: "chat" },
        action: "file.download",
        subject: `download:${link.id}`,
        detail: { fileName: link.fileName, fetch: fetches, userAgent: String(req.headers["user-agent"] ?? "").slice(0, 200) },
        at: options.now(),
      });
    }
    const inline = link.contentType.startsWith("image/");
    res.writeHead(200, {
      "content-type": link.contentType,
      "content-length": String(link.bytes.length),
      "content-disposition": contentDisposition(inline ? "inline" : "attachment", link.fileName),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : Buffer.from(link.bytes));
  };
}
