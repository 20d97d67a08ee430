// Reading a DOCX back as a zip of XML parts, with jszip (present through exceljs and docx).
import JSZip from "jszip";

export interface DocxParts {
  document: string;
  styles: string;
  core: string;
  /** Header XML by its reference type: "default", "first". */
  headers: Record<string, string>;
}

export async function readDocx(bytes: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the package`);
    return file.async("string");
  };
  const document = await part("word/document.xml");
  const rels = await part("word/_rels/document.xml.rels");
  const targets = new Map([...rels.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const headers: Record<string, string> = {};
  for (const match of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(rId\d+)"\/>/g)) {
    headers[match[1] ?? ""] = await part(`word/${targets.get(match[2] ?? "")}`);
  }
  return { document, styles: await part("word/styles.xml"), core: await part("docProps/core.xml"), headers };
}

const decode = (text: string) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Each paragraph's XML and its text as a reader sees it (runs joined, tabs as "\t", no-break
 * hyphens as "-", word joiners left out). */
export function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map((match) => {
    const inner = match[1] ?? "";
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:noBreakHyphen\/>/g)]
      .map((t) => (t[0] === "<w:tab/>" ? "\t" : t[0] === "<w:noBreakHyphen/>" ? "-" : decode(t[1] ?? "").replaceAll("\u2060", "")))
      .join("");
    return { xml: match[0], text };
  });
}

/** The paragraph whose text is `text`, or that contains it. */
export function paragraphWith(xml: string, text: string): { xml: string; text: string } | undefined {
  const all = paragraphs(xml);
  return all.find((p) => p.text === text) ?? all.find((p) => p.text.includes(text));
}
