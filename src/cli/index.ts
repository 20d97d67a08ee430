// thidua-bot's command line: `npm run cli -- <command> [options]`.
import { ConfigError, loadBaseConfig } from "../config.js";
import { loadEnvFile } from "../env-file.js";
import { commands } from "./commands/index.js";

loadEnvFile();

const [name, ...args] = process.argv.slice(2);
const command = commands.find((candidate) => candidate.name === name);

if (!command) {
  console.log("Usage: npm run cli -- <command> [options]\n\nCommands:");
  for (const candidate of commands) console.log(`  ${candidate.name.padEnd(16)} ${candidate.summary}`);
  process.exit(name === undefined || name === "help" || name === "--help" ? 0 : 2);
}

try {
  const config = loadBaseConfig();
  process.exitCode = await command.run(args, config);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
