import type { TDocumentInformation } from "pdfmake/interfaces.js";

import type { DocumentMetadata } from "../admin-document.js";

/** The PDF's Info dictionary: the caller's metadata over `defaults`; a fixed date makes the bytes reproducible. */
export function pdfInfo(
  meta: DocumentMetadata | undefined,
  defaults: Required<Pick<DocumentMetadata, "title" | "author" | "subject">>,
): TDocumentInformation {
  const date = meta?.creationDate;
  return {
    title: meta?.title ?? defaults.title,
    author: meta?.author ?? defaults.author,
    subject: meta?.subject ?? defaults.subject,
    creator: "thidua-bot",
    producer: "thidua-bot (pdfmake)",
    ...(date ? { creationDate: date, modDate: date } : {}),
  };
}
