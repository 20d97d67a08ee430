// The model ward's report template, shipped as an editable file beside this module.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DEFAULT_TEMPLATE_PATH = fileURLToPath(new URL("./default-bao-cao.vi.md", import.meta.url));

/** The text of the default "báo cáo sơ kết" template. */
export function readDefaultTemplate(): string {
  return readFileSync(DEFAULT_TEMPLATE_PATH, "utf8");
}
