// The printable invite sheet: A4, one block per leader (group name, leader, the Telegram QR
// code, the Zalo QR code when the bot's Zalo link is configured, the short code to type on
// Zalo, and a short instruction), cut along the dashed lines and handed to each tổ trưởng.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { formatDateShort } from "../../domain/format.js";
import { formatShortCode } from "../../domain/invite-code.js";
import { words } from "../../i18n/words.js";
import { PDF_FONT, renderPdf } from "../pdf/pdfmake-renderer.js";

export interface InviteSheetBlock {
  groupName: string;
  leaderName: string | null;
  /** "pending": link and QR; "registered": already uses the bot; "no-leader": no leader known. */
  kind: "pending" | "registered" | "no-leader";
  /** The person's role before the name; default the leader's. */
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
    { text: `${item.roleLabel ?? words("invite-sheet-role-leader")}: ${item.leaderName ?? words("invite-sheet-no-name")}`, style: "leader" },
  ];
  if (item.kind === "registered") {
    return { stack: [...title, { text: words("invite-sheet-registered"), style: "note" }] };
  }
  const code = item.shortCode ? formatShortCode(item.shortCode) : null;
  if (item.kind === "no-leader" || (!item.link && !code)) {
    return {
      stack: [...title, { text: words("invite-sheet-no-leader"), style: "note" }],
    };
  }
  const expires = item.expiresAt ? formatDateShort(item.expiresAt, sheet.timeZone) : null;
  const validity: Content = { text: expires ? words("invite-sheet-validity-until", { date: expires }) : words("invite-sheet-validity"), italics: true, margin: [0, 2, 0, 0] };
  const codeLine: Content[] = code ? [{ text: [{ text: words("invite-sheet-code") }, { text: code, style: "code" }], margin: [0, 2, 0, 2] }] : [];
  const zalo = code ? (sheet.zaloLink ?? null) : null;
  if (item.link && !zalo && !code) {
    // Telegram only (invites made before typed codes).
    return {
      stack: [
        ...title,
        {
          columns: [
            { qr: item.link, fit: QR_SIZE, eccLevel: "M", width: QR_SIZE + 6 },
            { width: "*", style: "steps", stack: [{ text: words("invite-sheet-how"), bold: true }, ...telegramSteps(), validity] },
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
  const steps: Content[] = [{ text: words("invite-sheet-how"), bold: true }];
  if (code) {
    steps.push(
      words(zalo ? "invite-sheet-zalo-with-qr" : "invite-sheet-zalo", { code }),
    );
  }
  if (item.link) {
    steps.push(words(code ? "invite-sheet-telegram-or" : "invite-sheet-telegram"));
  }
  steps.push(words("invite-sheet-confirm"), validity);
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
  return [words("invite-sheet-telegram-step-1"), words("invite-sheet-telegram-step-2"), words("invite-sheet-telegram-step-3")];
}

/** Which apps the sheet's invites open: codes to type on Zalo, Telegram links, or both. */
function channelsOf(sheet: InviteSheet): "both" | "zalo" | "telegram" {
  const zalo = sheet.blocks.some((item) => item.shortCode);
  const telegram = sheet.blocks.some((item) => item.link) || !zalo;
  return zalo && telegram ? "both" : zalo ? "zalo" : "telegram";
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
    info: { title: words("invite-sheet-pdf-title", { ward: sheet.wardName }), creator: "thidua-bot" },
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
        text: `${sheet.wardName.toLocaleUpperCase("vi")}\n${sheet.title ?? words("invite-sheet-heading", { channels: channelsOf(sheet) })}`,
        style: "heading",
      },
      {
        text: `${words("invite-sheet-printed", { date: formatDateShort(sheet.createdAt, sheet.timeZone) })} ${sheet.instruction ?? words("invite-sheet-instruction")}`,
        style: "subheading",
      },
      rows.length === 0
        ? { text: words("invite-sheet-no-groups"), style: "note" }
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
    footer: (page, pages) => ({ text: words("invite-sheet-page", { page: String(page), pages: String(pages) }), alignment: "center", fontSize: 9, margin: [0, 4, 0, 0] }),
  };
}

/** The invite sheet as PDF bytes (Tinos embedded, every string NFC). */
export async function renderInviteSheet(sheet: InviteSheet): Promise<Buffer> {
  return renderPdf(inviteSheetDefinition(sheet));
}
