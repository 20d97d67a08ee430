// A tổ trưởng on Zalo is taught typed words ("báo cáo", "đề xuất"; zalo--help-leader), never a
// slash command. Every message of vi.ftl that names a "/command" is either read on Zalo through a
// zalo-- variant without one, or listed below as read only by officials (who type the commands on
// Zalo as on Telegram: help-official teaches them, test/e2e/zalo-office-commands.test.ts types them).
import { describe, expect, it } from "vitest";
import { ftlMessages } from "../support/ftl-messages.js";
import { createI18n } from "../../src/bot/i18n.js";

const i18n = createI18n();

/** Messages read only by officials (officers, chairman, council, city), or naming a command that has no typed word. */
const OFFICIALS_ONLY: Record<string, string> = {
  "help-official": "the officials' help: the list of their commands",
  "city-help": "the city officials' help",
  "reports-already-sent": "the báo cáo files of /baocao, made for officials",
  "template-import-done": "an officer sent a báo cáo template (/maubaocao)",
  "template-export-caption": "the template file sent to an officer (/maubaocao)",
  "groups-import-done": "an officer sent the groups list",
  "on-behalf-expired": "an officer's /nhapthay",
  "groups-usage": "an officer's /to",
  "groups-added": "an officer's /to",
  "groups-refused-not-found": "an officer's /to",
  "leader-usage": "an officer's /totruong",
  "deactivate-usage": "an officer's /thoidung",
  "deactivate-not-found": "an officer's /thoidung",
  "nomination-leaders-only": "an official who typed /dexuat is sent to /khenthuong",
  "award-office-not-found": "the officials' /khenthuong",
  "award-vote-no-council": "an officer putting a list to the council",
  // /phuong has no typed word; on Zalo the command itself is typed (src/channels/zalo/inbound.ts).
  "registered-other-ward": "a person with roles in two wards: /phuong is the only way to switch",
  "ward-choice-done": "a person with roles in two wards: /phuong is the only way to switch",
  "ward-choice-gone": "a person with roles in two wards: /phuong is the only way to switch",
};

/** The "/command"s a message names once rendered (not "ông/bà", not "30/2020"). */
function commandsIn(key: string, variables: string[]): string[] {
  const values = Object.fromEntries(variables.map((v) => [v, `‹${v}›`]));
  const text = i18n.t("vi", key, values);
  return [...text.matchAll(/(?<![\p{L}\p{N}/.:])\/[a-z]+\b/gu)].map((m) => m[0]);
}

describe("slash commands on Zalo", () => {
  const all = ftlMessages();
  const keys = new Set(all.map((m) => m.key));

  it("every message naming a /command has a Zalo variant without one, or is read only by officials", () => {
    const unexplained = all
      .filter((m) => !m.key.startsWith("zalo--") && !(m.key in OFFICIALS_ONLY) && commandsIn(m.key, m.variables).length > 0)
      .filter((m) => {
        const variant = all.find((other) => other.key === `zalo--${m.key}`);
        return !variant || commandsIn(variant.key, variant.variables).length > 0;
      })
      .map((m) => `${m.key}: ${commandsIn(m.key, m.variables).join(", ")}`);
    expect(unexplained).toEqual([]);
  });

  it("a leader on Zalo reads the typed word where Telegram's text says /dexuat", () => {
    for (const key of ["nomination-later", "nomination-incomplete", "nomination-leader-returned", "award-office-officials-only"]) {
      expect(keys.has(`zalo--${key}`), key).toBe(true);
      expect(i18n.t("vi", `zalo--${key}`, { names: "‹names›", period: "‹period›", group: "‹group›", line: "‹line›", reason: "‹reason›" }), key).toContain('gõ "đề xuất"');
    }
  });

  it("lists only keys that exist and still name a command", () => {
    const stale = Object.keys(OFFICIALS_ONLY).filter((key) => {
      const message = all.find((m) => m.key === key);
      return !message || commandsIn(key, message.variables).length === 0;
    });
    expect(stale).toEqual([]);
  });
});
