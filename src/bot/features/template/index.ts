// The báo cáo's narrative template, edited by the office in the chat: /maubaocao sends it as a
// text file (the ward's own, or the default); the edited file sent back as a document is
// checked whole against the catalogue as it is now, with the same check and words as the CLI's
// `template import`, and stored (audited) or refused with every problem and its line, nothing
// changed. On Zalo the file comes as a download link (the channel layer does it) and a file
// cannot be sent back: the caption says to send it from Telegram.
import { Composer, InputFile } from "grammy";
import { storeReportTemplate, wardReportTemplate } from "../../../db/repos/catalogue-template.js";
import { decodeTemplateFile, MAX_TEMPLATE_FILE_BYTES } from "../../../reports/template/check-template.js";
import { formatIssues } from "../../../reports/template/template-issues.js";
import { MAX_TEMPLATE_LENGTH } from "../../../reports/template/parse-template.js";
import { formatCount } from "../../../domain/format.js";
import { foldDiacritics, normalizeText } from "../../../domain/text.js";
import { readDefaultTemplate } from "../../../reports/template/default-template.js";
import type { BotContext } from "../../context.js";
import { isManager } from "../../roles.js";
import { DownloadFailed, downloadDocument } from "../catalogue/download.js";

export interface TemplateFeatureOptions {
  /** Where files are downloaded from (the Bot API root). */
  apiRoot: string;
  fetch?: typeof fetch;
}

/** A template comes back under the name it was sent with, or any text file. */
const TEMPLATE_FILE = /\.(txt|md)$/iu;

export function templateFileName(slug: string): string {
  return `mau-bao-cao-${slug}.txt`;
}

export function templateFeature(options: TemplateFeatureOptions): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("maubaocao", async (ctx) => {
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.reply(ctx.t("template-not-allowed")));
    // "/maubaocao macdinh": the default text, to send back as it is (going back to the default
    // through the same check and audit as any edit) or to start again from.
    const wantsDefault = foldDiacritics(normalizeText(ctx.match ?? "")).replace(/\s+/gu, "") === "macdinh";
    const template = wantsDefault ? { text: readDefaultTemplate(), isDefault: true } : await wardReportTemplate(ctx.services.db, member.wardId);
    // A byte-order mark, so Notepad on an older Windows opens the Vietnamese right.
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(template.text, "utf8")]);
    await ctx.replyWithDocument(new InputFile(bytes, templateFileName(member.ward.slug)), {
      caption: ctx.t(wantsDefault ? "template-export-caption-reset" : template.isDefault ? "template-export-caption-default" : "template-export-caption", { ward: member.ward.name }),
    });
  });

  composer.on("message:document", async (ctx, next) => {
    const member = ctx.member;
    const document = ctx.message.document;
    const isText = TEMPLATE_FILE.test(document.file_name ?? "") || document.mime_type === "text/plain" || document.mime_type === "text/markdown";
    if (!member || !isManager(member) || !isText) return next();
    if ((document.file_size ?? 0) > MAX_TEMPLATE_FILE_BYTES) return void (await ctx.reply(ctx.t("template-file-too-big", { max: formatCount(MAX_TEMPLATE_LENGTH) })));
    await ctx.reply(ctx.t("catalogue-file-checking", { file: document.file_name ?? "" }));
    let bytes: Uint8Array;
    try {
      bytes = await downloadDocument(ctx, options.apiRoot, options.fetch);
    } catch (error) {
      if (error instanceof DownloadFailed) return void (await ctx.reply(ctx.t("catalogue-file-download-failed")));
      throw error;
    }
    if (bytes.byteLength > MAX_TEMPLATE_FILE_BYTES) return void (await ctx.reply(ctx.t("template-file-too-big", { max: formatCount(MAX_TEMPLATE_LENGTH) })));
    const decoded = decodeTemplateFile(bytes);
    if (!decoded.ok) return void (await ctx.reply(ctx.t("template-file-not-text")));
    const { db, clock } = ctx.services;
    const stored = await storeReportTemplate(db, member.wardId, decoded.text, { memberId: member.id, source: "chat" }, clock.now());
    if (!stored.ok) {
      return void (await ctx.reply(ctx.t("template-import-problems", { count: stored.issues.length, problems: formatIssues(stored.issues) })));
    }
    await ctx.reply(ctx.t(stored.changed ? "template-import-done" : "template-import-unchanged", { ward: member.ward.name }));
  });
  return composer;
}
