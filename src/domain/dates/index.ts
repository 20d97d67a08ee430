export * from "./parse-date.js";
export * from "./period-plan.js";
