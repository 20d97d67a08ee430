// Tinos (metrically Times New Roman, OFL-1.1), the four styles, located inside node_modules.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export type FontStyle = "normal" | "bold" | "italics" | "bolditalics";

const FILES: Record<FontStyle, string> = {
  normal: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  italics: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bolditalics: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
};

/** Absolute paths of the Tinos files. */
export const TINOS_PATHS: Readonly<Record<FontStyle, string>> = {
  normal: require.resolve(FILES.normal),
  bold: require.resolve(FILES.bold),
  italics: require.resolve(FILES.italics),
  bolditalics: require.resolve(FILES.bolditalics),
};

/** The font name written into a DOCX: Word substitutes nothing for it on Windows. */
export const DOCX_FONT_NAME = "Times New Roman";
