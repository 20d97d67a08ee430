// Office files (XLSX, DOCX) are zips of XML parts: each part is read with a strict XML 1.0
// parser (saxes, the one exceljs itself reads with), which refuses characters XML forbids.
import JSZip from "jszip";
import { SaxesParser } from "saxes";

/** The problems of every XML part of `bytes` (empty when all are well-formed), and their text. */
export async function readXmlParts(bytes: Buffer | Uint8Array): Promise<{ errors: string[]; text: Map<string, string> }> {
  const zip = await JSZip.loadAsync(bytes);
  const errors: string[] = [];
  const text = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    const xml = await entry.async("string");
    text.set(name, xml);
    const parser = new SaxesParser({ xmlns: false });
    parser.on("error", (error) => errors.push(`${name}: ${error.message}`));
    try {
      parser.write(xml).close();
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { errors, text };
}
