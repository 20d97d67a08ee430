// The command list Telegram shows, per role: leaders and officials see their own commands in
// their chat; everyone else sees /start and /huongdan. (The commands are handled by each
// feature's Composer; @grammyjs/commands leaves commands without a handler out of its
// setMyCommands arguments, so the lists are sent as they are.)
import type { Api } from "grammy";
import type { Db } from "../db/client.js";
import type { Role } from "../domain/types.js";
import { createI18n } from "./i18n.js";

const i18n = createI18n();
const t = (key: string) => i18n.t("vi", key);

const byRole: Record<"leader" | "official" | "manager" | "city", Array<[name: string, descriptionKey: string]>> = {
  leader: [
    ["baocao", "command-baocao-leader"],
    ["dangky", "command-dangky"],
    ["xem", "command-xem"],
    ["huongdan", "command-huongdan"],
    ["huy", "command-huy"],
  ],
  official: [
    ["tiendo", "command-tiendo"],
    ["baocao", "command-baocao-official"],
    ["huongdan", "command-huongdan"],
    ["huy", "command-huy"],
  ],
  city: [
    ["baocao", "command-baocao-city"],
    ["huongdan", "command-huongdan"],
  ],
  manager: [
    ["tiendo", "command-tiendo"],
    ["baocao", "command-baocao-official"],
    ["moi", "command-moi"],
    ["solieu", "command-solieu"],
    ["caidat", "command-caidat"],
    ["nhacnho", "reminder-command"],
    ["danhmuc", "command-danhmuc"],
    ["thanhvien", "command-thanhvien"],
    ["phieumoi", "command-phieumoi"],
    ["nhapthay", "command-nhapthay"],
    ["to", "command-to"],
    ["totruong", "command-totruong"],
    ["huongdan", "command-huongdan"],
    ["huy", "command-huy"],
  ],
};

function commandList(kind: keyof typeof byRole) {
  return byRole[kind].map(([command, key]) => ({ command, description: t(key) }));
}

function kindOf(role: Role): keyof typeof byRole {
  if (role === "leader") return "leader";
  if (role === "city") return "city";
  return role === "officer" || role === "admin" ? "manager" : "official";
}

/** Sets the commands of one member's private chat. */
export async function setMemberCommands(api: Api, chatId: number, role: Role): Promise<void> {
  await api.setMyCommands(commandList(kindOf(role)), { scope: { type: "chat", chat_id: chatId } });
}

/** At start: the default list for everyone, and each registered member's own list. */
export async function registerCommands(api: Api, db: Db): Promise<void> {
  await api.setMyCommands(
    [
      { command: "start", description: t("command-start") },
      { command: "huongdan", description: t("command-huongdan") },
    ],
    { scope: { type: "all_private_chats" } },
  );
  const members = await db.member.findMany({ where: { active: true, telegramId: { not: null } }, select: { telegramId: true, role: true } });
  for (const member of members) await setMemberCommands(api, Number(member.telegramId), member.role);
}
