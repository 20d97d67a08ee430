export * from "./catalogue-defs.js";
export * from "./changes.js";
export * from "./codes.js";
export * from "./layout.js";
export * from "./problems.js";
export * from "./read.js";
export * from "./write.js";
export * from "./template-uses.js";
