// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const prismaPatterns = ["@prisma/*", "prisma", "**/db/generated/**"];
const grammyPatterns = ["grammy", "grammy/*", "@grammyjs/*"];

export default tseslint.config(
  { ignores: ["node_modules/", "src/db/generated/", "data/", "out/", "coverage/", "dist/", ".stryker-tmp*/", "reports/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only src/db/ talks to Prisma.
    files: ["src/**/*.ts"],
    ignores: ["src/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: prismaPatterns, message: "Data access lives in src/db/." }] },
      ],
    },
  },
  {
    // The domain core is pure: no grammY, no Prisma, no I/O.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: prismaPatterns, message: "src/domain/ is pure: no Prisma." },
            { group: grammyPatterns, message: "src/domain/ is pure: no grammY." },
            { group: ["node:*", "fs", "path", "http", "https", "net", "child_process", "pino"], message: "src/domain/ is pure: no I/O." },
            { group: ["**/db/**", "**/bot/**", "**/reports/**", "**/reminders/**", "**/cli/**"], message: "src/domain/ depends on nothing else of the project." },
          ],
        },
      ],
    },
  },
);
