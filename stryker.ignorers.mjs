// Mutants Stryker cannot run, left out with the reason Stryker's report shows.
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

export const strykerPlugins = [
  // Stryker 9's regex mutator turns `\v` into `\V`, which a regex with the `u` flag refuses
  // ("Invalid escape"): the instrumented src/domain/text.ts would not load, and every test
  // that imports it would fail before running (Stryker then finds "no tests" and stops).
  declareValuePlugin(PluginKind.Ignore, "unicode-regex-with-v", {
    shouldIgnore(path) {
      const node = path.node;
      if (node?.type === "RegExpLiteral" && node.flags.includes("u") && node.pattern.includes("\\v")) {
        return "Stryker's regex mutator writes \\V, an invalid escape under the u flag";
      }
      return undefined;
    },
  }),
];
