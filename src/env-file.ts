// `.env` in the working directory, read at start by the bot and the CLI with Node's own
// process.loadEnvFile: a variable already in the environment wins over the file (systemd's
// EnvironmentFile, a shell export), and a missing file is fine.
import { join } from "node:path";

export function loadEnvFile(path = join(process.cwd(), ".env")): boolean {
  try {
    process.loadEnvFile(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
