// The printable invite sheet: A4, one block per leader (group name, leader, the Telegram QR
// code, the Zalo QR code when the bot's Zalo link is configured, the short code to type on
// Zalo, and a short instruction), cut along the dashed lines and handed to each tổ trưởng.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { formatDateShort } from "../../domain/format.js";
import { formatShortCode } from "../../domain/invite-code.js";
import { PDF_FONT, renderPdf } from "../pdf/pdfmake-renderer.js";

export interface InviteSheetBlock {
  groupName: string;
  leaderName: string | null;
  /** "pending": link and QR; "registered": already uses the bot; "no-leader": no leader known. */
  kind: "pending" | "registered" | "no-leader";
  /** The person's role before the name; default "Tổ trưởng". */
  roleLabel?: string;
  /** The Telegram deep link; null without Telegram. */
  link: string | null;
  /** The code to type (on Zalo, or on Telegram without the link). */
  shortCode?: string | null;
  expiresAt: Date | null;
}

export interface InviteSheet {
  wardName: string;
  createdAt: Date;
  timeZone?: string;
  /** The second heading line and the line under it; default the leaders' sheet. */
  title?: string;
  instruction?: string;
  blocks: InviteSheetBlock[];
  /** The link that opens the bot in Zalo (ZALO_BOT_LINK): printed as a second QR code. */
  zaloLink?: string | null;
}

const MM = 72 / 25.4;
const QR_SIZE = 112;
/** Two QR codes side by side in a half-page column. */
const QR_SIZE_PAIR = 84;

function block(sheet: InviteSheet, item: InviteSheetBlock): Content {
  const title: Content[] = [
    { text: item.groupName, style: "group" },
    { text: `${item.roleLabel ?? "Tổ trưởng"}: ${item.leaderName ?? "(chưa có tên)"}`, style: "leader" },
  ];
  if (item.kind === "registered") {
    return { stack: [...title, { text: "Đã đăng ký sử dụng trợ lý thi đua, không cần mã mời.", style: "note" }] };
  }
  const code = item.shortCode ? formatShortCode(item.shortCode) : null;
  if (item.kind === "no-leader" || (!item.link && !code)) {
    return {
      stack: [...title, { text: "Chưa có tên tổ trưởng trong danh sách của phường. Cán bộ phường sẽ gửi mã mời riêng.", style: "note" }],
    };
  }
  const expires = item.expiresAt ? formatDateShort(item.expiresAt, sheet.timeZone) : null;
  const validity: Content = { text: `Mã chỉ dùng được một lần${expires ? `, hạn đến ngày ${expires}` : ""}.`, italics: true, margin: [0, 2, 0, 0] };
  const codeLine: Content[] = code ? [{ text: [{ text: "Mã mời: " }, { text: code, style: "code" }], margin: [0, 2, 0, 2] }] : [];
  const zalo = code ? (sheet.zaloLink ?? null) : null;
  if (item.link && !zalo && !code) {
    // Telegram only (invites made before typed codes).
    return {
      stack: [
        ...title,
        {
          columns: [
            { qr: item.link, fit: QR_SIZE, eccLevel: "M", width: QR_SIZE + 6 },
            { width: "*", style: "steps", stack: [{ text: "Cách đăng ký:", bold: true }, ...telegramSteps(), validity] },
          ],
          columnGap: 6,
          margin: [0, 4, 0, 2],
        },
        { text: item.link, style: "link" },
      ],
    };
  }
  const qrs: Content[] = [];
  if (item.link) qrs.push({ width: QR_SIZE_PAIR + 8, stack: [{ qr: item.link, fit: QR_SIZE_PAIR, eccLevel: "M" }, { text: "Telegram", style: "qrLabel" }] } as Content);
  if (zalo) qrs.push({ width: QR_SIZE_PAIR + 8, stack: [{ qr: zalo, fit: QR_SIZE_PAIR, eccLevel: "M" }, { text: "Zalo", style: "qrLabel" }] } as Content);
  const steps: Content[] = [{ text: "Cách đăng ký:", bold: true }];
  if (code) {
    steps.push(
      zalo
        ? `Trên Zalo: quét mã QR “Zalo” bằng Zalo (mục Quét mã QR), mở trò chuyện với trợ lý, gõ mã mời ${code} rồi gửi.`
        : `Trên Zalo: mở trò chuyện với trợ lý thi đua của phường, gõ mã mời ${code} rồi gửi.`,
    );
  }
  if (item.link) {
    steps.push(
      `${code ? "Hoặc trên Telegram" : "Trên Telegram"}: mở Telegram, quét mã QR “Telegram” bằng camera điện thoại rồi bấm vào đường liên kết hiện ra, bấm nút “Bắt đầu” (Start).`,
    );
  }
  steps.push("Sau đó xác nhận đúng họ tên của mình là xong.", validity);
  return {
    stack: [
      ...title,
      ...codeLine,
      { columns: [...qrs, { width: "*", text: "" }], columnGap: 10, margin: [0, 4, 0, 2] },
      { style: "steps", stack: steps, margin: [0, 2, 0, 2] },
      ...(item.link ? [{ text: item.link, style: "link" } as Content] : []),
    ],
  };
}

function telegramSteps(): string[] {
  return [
    "1. Mở Telegram, quét mã QR bằng camera điện thoại (hoặc mở ứng dụng Camera, hướng vào mã) rồi bấm vào đường liên kết hiện ra.",
    "2. Bấm nút “Bắt đầu” (Start).",
    "3. Xác nhận đúng họ tên của mình là xong.",
  ];
}

/** The pdfmake document: a two-column table of blocks with dashed cutting lines. */
export function inviteSheetDefinition(sheet: InviteSheet): TDocumentDefinitions {
  const cells = sheet.blocks.map((item) => block(sheet, item));
  const rows: Content[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i]!, cells[i + 1] ?? { text: "" }]);
  const dashed = () => ({ dash: { length: 3, space: 3 } });
  return {
    pageSize: "A4",
    pageMargins: [15 * MM, 15 * MM, 15 * MM, 15 * MM],
    info: { title: `Mã mời tổ trưởng — ${sheet.wardName}`, creator: "thidua-bot" },
    defaultStyle: { font: PDF_FONT, fontSize: 11, lineHeight: 1.1 },
    styles: {
      heading: { fontSize: 13, bold: true, alignment: "center" },
      subheading: { fontSize: 10.5, italics: true, alignment: "center", margin: [0, 2, 0, 8] },
      group: { fontSize: 15, bold: true },
      leader: { fontSize: 12, margin: [0, 1, 0, 0] },
      steps: { fontSize: 9.5 },
      link: { fontSize: 8 },
      note: { fontSize: 10.5, italics: true, margin: [0, 6, 0, 0] },
      code: { fontSize: 16, bold: true, characterSpacing: 1.5 },
      qrLabel: { fontSize: 8.5, alignment: "center", margin: [0, 1, 0, 0] },
    },
    content: [
      {
        text: `${sheet.wardName.toLocaleUpperCase("vi")}\n${sheet.title ?? `MÃ MỜI THAM GIA TRỢ LÝ THI ĐUA, KHEN THƯỞNG TRÊN ${sheet.blocks.some((item) => item.shortCode) ? "ZALO VÀ TELEGRAM" : "TELEGRAM"}`}`,
        style: "heading",
      },
      {
        text: `In ngày ${formatDateShort(sheet.createdAt, sheet.timeZone)}. ${sheet.instruction ?? "Cắt theo đường kẻ, trao tận tay tổ trưởng từng tổ. Mỗi mã chỉ dùng cho đúng người có tên."}`,
        style: "subheading",
      },
      rows.length === 0
        ? { text: "Phường chưa có tổ dân phố nào.", style: "note" }
        : {
            table: { widths: ["*", "*"], body: rows, dontBreakRows: true },
            layout: {
              hLineStyle: dashed,
              vLineStyle: dashed,
              hLineColor: () => "#777777",
              vLineColor: () => "#777777",
              paddingLeft: () => 8,
              paddingRight: () => 8,
              paddingTop: () => 8,
              paddingBottom: () => 8,
            },
          },
    ],
    footer: (page, pages) => ({ text: `Trang ${page}/${pages}`, alignment: "center", fontSize: 9, margin: [0, 4, 0, 0] }),
  };
}

/** The invite sheet as PDF bytes (Tinos embedded, every string NFC). */
export async function renderInviteSheet(sheet: InviteSheet): Promise<Buffer> {
  return renderPdf(inviteSheetDefinition(sheet));
}
