/**
 * A small, lenient multipart/form-data parser.
 *
 * Node 20's `Request#formData()` (undici) rejects what grammY sends
 * (`content-disposition:form-data;name="x";filename=report.pdf`, no spaces
 * and an unquoted filename), so we parse the body ourselves. We accept
 * quoted and unquoted parameters, RFC 5987 `filename*=`, missing spaces and
 * any header case.
 */

export interface UploadedFile {
  /** Name of the form field that carried the file. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MultipartBody {
  fields: Map<string, string>;
  files: Map<string, UploadedFile>;
}

export function multipartBoundary(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

interface DispositionParams {
  name?: string;
  filename?: string;
}

function parseDisposition(value: string): DispositionParams {
  const result: DispositionParams = {};
  // Split off the disposition type ("form-data").
  let rest = value.replace(/^\s*[^;]*;?/, "");
  while (rest.length > 0) {
    const m = /^\s*([A-Za-z0-9_*-]+)\s*=\s*/.exec(rest);
    if (!m) break;
    const key = (m[1] ?? "").toLowerCase();
    rest = rest.slice(m[0].length);
    let val: string;
    if (rest.startsWith('"')) {
      let i = 1;
      let out = "";
      while (i < rest.length && rest[i] !== '"') {
        if (rest[i] === "\\" && i + 1 < rest.length) i++;
        out += rest[i];
        i++;
      }
      val = out;
      rest = rest.slice(i + 1).replace(/^\s*;?/, "");
    } else if (key === "filename") {
      // grammY writes the filename unquoted as the last parameter; it may
      // contain spaces and even semicolons, so take the rest of the line.
      val = rest.trim();
      rest = "";
    } else {
      const end = rest.indexOf(";");
      val = (end === -1 ? rest : rest.slice(0, end)).trim();
      rest = end === -1 ? "" : rest.slice(end + 1);
    }
    if (key === "name") result.name = val;
    else if (key === "filename") result.filename ??= val;
    else if (key === "filename*") {
      const ext = /^([^']*)'[^']*'(.*)$/.exec(val);
      try {
        result.filename = decodeURIComponent(ext ? (ext[2] ?? "") : val);
      } catch {
        result.filename = val;
      }
    }
  }
  return result;
}

export function parseMultipart(body: Buffer, contentType: string): MultipartBody {
  const boundary = multipartBoundary(contentType);
  if (!boundary) throw new Error("multipart body without boundary");
  const delimiter = Buffer.from(`--${boundary}`);
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedFile>();

  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    // "--" after the delimiter closes the body.
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break;
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    else if (body[start] === 0x0a) start += 1;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    let end = next;
    // The CRLF before the next delimiter belongs to the delimiter.
    if (body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2;
    else if (body[end - 1] === 0x0a) end -= 1;
    const part = body.subarray(start, end);

    let headerEnd = part.indexOf("\r\n\r\n");
    let sepLen = 4;
    if (headerEnd === -1) {
      headerEnd = part.indexOf("\n\n");
      sepLen = 2;
    }
    if (headerEnd !== -1) {
      const headerText = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + sepLen);
      let disposition: DispositionParams = {};
      let partType = "";
      for (const line of headerText.split(/\r?\n/)) {
        const colon = line.indexOf(":");
        if (colon === -1) continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (key === "content-disposition") disposition = parseDisposition(value);
        else if (key === "content-type") partType = value;
      }
      if (disposition.name !== undefined) {
        if (disposition.filename !== undefined) {
          files.set(disposition.name, {
            field: disposition.name,
            filename: disposition.filename,
            contentType: partType || "application/octet-stream",
            data: Buffer.from(content),
          });
        } else {
          fields.set(disposition.name, content.toString("utf8"));
        }
      }
    }
    pos = next;
  }
  return { fields, files };
}
