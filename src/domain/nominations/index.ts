export * from "./lines.js";
export * from "./posting.js";
export * from "./quota.js";
export * from "./vote.js";
