export * from "./amount.js";
export * from "./annex.js";
export * from "./days.js";
export * from "./defaults.js";
export * from "./types.js";
export * from "./decision-document.js";
export * from "./decision-text.js";
export * from "./errors.js";
