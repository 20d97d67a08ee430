// The messages of locales/vi.ftl as written: each key with the variables it uses, for tests
// that check every message (addressing, slash commands on Zalo).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { localesDir } from "../../src/bot/i18n.js";

export interface FtlMessage {
  key: string;
  variables: string[];
}

/** Message keys of vi.ftl with the variables each one uses. */
export function ftlMessages(source: string = readFileSync(join(localesDir, "vi.ftl"), "utf8")): FtlMessage[] {
  const out: FtlMessage[] = [];
  let current: { key: string; body: string } | null = null;
  const flush = () => {
    if (current) out.push({ key: current.key, variables: [...new Set([...current.body.matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]!))] });
  };
  for (const line of source.split("\n")) {
    const head = /^([a-z][a-z0-9-]*) =(.*)$/.exec(line);
    if (head) {
      flush();
      current = { key: head[1]!, body: head[2]! };
    } else if (current && (line === "" || /^\s/.test(line))) current.body += `\n${line}`;
    else {
      flush();
      current = null;
    }
  }
  flush();
  return out;
}
