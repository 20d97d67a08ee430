// The command list Telegram shows, per role: leaders and officials see their own commands in
// their chat; everyone else sees /start and /huongdan. (The commands are handled by each
// feature's Composer; @grammyjs/commands leaves commands without a handler out of its
// setMyCommands arguments, so the lists are sent as they are.)
import { createHash } from "node:crypto";
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Db } from "../db/client.js";
import { registeredCommandDigests, rememberCommandDigest } from "../db/repos/registered-commands.js";
import { membershipsInOrder } from "../db/repos/ward-choice.js";
import type { Role } from "../domain/types.js";
import { createI18n } from "./i18n.js";

const i18n = createI18n();
const t = (key: string) => i18n.t("vi", key);

const byRole: Record<"leader" | "official" | "manager" | "city", Array<[name: string, descriptionKey: string]>> = {
  leader: [
    ["baocao", "command-baocao-leader"],
    ["dangky", "command-dangky"],
    ["xem", "command-xem"],
    ["dexuat", "command-dexuat"],
    ["huongdan", "command-huongdan"],
    ["tamdung", "command-huy"],
  ],
  official: [
    ["tiendo", "command-tiendo"],
    ["baocao", "command-baocao-official"],
    ["khenthuong", "command-khenthuong"],
    ["huongdan", "command-huongdan"],
    ["tamdung", "command-huy"],
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
    ["khenthuong", "command-khenthuong"],
    ["kybaocao", "command-kybaocao"],
    ["caidat", "command-caidat"],
    ["nhacnho", "reminder-command"],
    ["danhmuc", "command-danhmuc"],
    ["maubaocao", "command-maubaocao"],
    ["thanhvien", "command-thanhvien"],
    ["phieumoi", "command-phieumoi"],
    ["nhapthay", "command-nhapthay"],
    ["to", "command-to"],
    ["totruong", "command-totruong"],
    ["thoidung", "command-thoidung"],
    ["huongdan", "command-huongdan"],
    ["tamdung", "command-huy"],
  ],
};

/** Someone with roles in two wards also gets /phuong, before /huongdan. */
const WARD_CHOICE: [name: string, descriptionKey: string] = ["phuong", "command-phuong"];

export function commandList(kind: keyof typeof byRole, options: { severalWards?: boolean } = {}): BotCommand[] {
  const entries = [...byRole[kind]];
  if (options.severalWards) entries.splice(Math.max(0, entries.findIndex(([command]) => command === "huongdan")), 0, WARD_CHOICE);
  return entries.map(([command, key]) => ({ command, description: t(key) }));
}

export function kindOf(role: Role): keyof typeof byRole {
  if (role === "leader") return "leader";
  if (role === "city") return "city";
  return role === "officer" || role === "admin" ? "manager" : "official";
}

/**
 * Sets the commands of one member's private chat: the list of the role the bot now acts for.
 * With `db`, the person's memberships are read: the role of the one acted for, and /phuong when
 * there are two wards or more.
 */
export async function setMemberCommands(api: Api, chatId: number, role: Role, options: { db?: Db } = {}): Promise<void> {
  const memberships = options.db ? await membershipsInOrder(options.db, BigInt(chatId)) : [];
  const acting = memberships[0]?.role ?? role;
  await api.setMyCommands(commandList(kindOf(acting), { severalWards: new Set(memberships.map((member) => member.wardId)).size > 1 }), { scope: { type: "chat", chat_id: chatId } });
}

function defaultList(): BotCommand[] {
  return [
    { command: "start", description: t("command-start") },
    { command: "huongdan", description: t("command-huongdan") },
  ];
}

const digestOf = (list: BotCommand[]) => createHash("sha256").update(JSON.stringify(list)).digest("base64url").slice(0, 22);

export interface CommandRegistration {
  /** setMyCommands calls made. */
  calls: number;
  /** Scopes whose call failed (tried again at the next start). */
  failed: number;
}

/**
 * At start: the default list for everyone and each registered member's own list, but only
 * where the list differs from the one last sent (remembered per chat in the database): a
 * restart with nothing changed makes no call; a changed role or wording, one per chat concerned.
 */
export async function registerCommands(api: Api, db: Db, logger?: { warn(obj: object, msg: string): void }): Promise<CommandRegistration> {
  const [sent, members] = await Promise.all([
    registeredCommandDigests(db),
    db.member.findMany({ where: { active: true, telegramId: { not: null } }, select: { telegramId: true, role: true, wardId: true } }),
  ]);
  // One list per chat: a person with roles in two wards gets the list of the role acted for
  // (their /phuong choice, else the latest registration) and /phuong itself.
  const byChat = new Map<string, typeof members>();
  for (const member of members) byChat.set(String(member.telegramId), [...(byChat.get(String(member.telegramId)) ?? []), member]);
  const wanted: Array<{ key: string; list: BotCommand[]; scope: Parameters<Api["setMyCommands"]>[1] }> = [
    { key: "all_private_chats", list: defaultList(), scope: { scope: { type: "all_private_chats" } } },
  ];
  for (const [key, held] of byChat) {
    const several = new Set(held.map((member) => member.wardId)).size > 1;
    const acting = several ? ((await membershipsInOrder(db, BigInt(key)))[0]?.role ?? held[0]!.role) : held[0]!.role;
    wanted.push({ key, list: commandList(kindOf(acting), { severalWards: several }), scope: { scope: { type: "chat" as const, chat_id: Number(key) } } });
  }
  const result: CommandRegistration = { calls: 0, failed: 0 };
  for (const { key, list, scope } of wanted) {
    const digest = digestOf(list);
    if (sent.get(key) === digest) continue;
    result.calls++;
    try {
      await api.setMyCommands(list, scope);
      await rememberCommandDigest(db, key, digest);
    } catch (error) {
      result.failed++;
      logger?.warn({ err: error, scope: key === "all_private_chats" ? key : "chat" }, "setMyCommands failed");
    }
  }
  return result;
}
