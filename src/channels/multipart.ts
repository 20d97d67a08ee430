// The fields of a multipart/form-data body as grammY writes it (for the router, which must read
// a call's chat_id before it knows the channel). grammY writes `content-disposition:form-data;
// name="x";filename=a.pdf` with no spaces and an unquoted file name, which undici's strict
// FormData parser refuses ("Failed to parse body as FormData"), so this reads the parts itself:
// text fields as UTF-8 strings, file parts as { filename, size, bytes }.
export type MultipartField = string | { filename: string; size: number; bytes: Uint8Array };

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

export function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

export function multipartFields(body: Buffer, contentType: string): Map<string, MultipartField> {
  const fields = new Map<string, MultipartField>();
  const boundary = boundaryOf(contentType);
  if (!boundary) return fields;
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === "--") break; // the closing delimiter
    const next = body.indexOf(delimiter, partStart);
    if (next < 0) break;
    // The part: CRLF, headers, CRLF CRLF, content, CRLF (before the next delimiter).
    const part = body.subarray(partStart + CRLF.length, next - CRLF.length);
    const headerEnd = part.indexOf(HEADER_END);
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + HEADER_END.length);
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? /name=([^;\s]+)/i.exec(headers)?.[1];
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1] ?? /filename=([^;\r\n]+)/i.exec(headers)?.[1];
      if (name !== undefined) fields.set(name, filename !== undefined ? { filename: filename.trim(), size: content.length, bytes: new Uint8Array(content) } : content.toString("utf8"));
    }
    start = next;
  }
  return fields;
}
