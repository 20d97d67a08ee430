// A message that is not text gets a line that names what it was: a voice message is not heard,
// a sticker or a picture is not read; the ask for text and the microphone tip follow either way.
import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { nonTextKind } from "../../src/bot/non-text.js";

const i18n = createI18n();
const line = (key: string, message: Partial<Message>) => i18n.t("vi", key, { you: "bà", You: "Bà", kind: nonTextKind(message as Message) });
const file = { file_id: "f", file_unique_id: "u" };

describe("the line for a message that is not text", () => {
  it.each<[string, Partial<Message>, string]>([
    ["a voice message", { voice: { ...file, duration: 3 } }, "Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ, không nghe được tin nhắn thoại. Bà vui lòng"],
    ["a sticker", { sticker: { ...file, type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }, "Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ, không đọc được nhãn dán. Bà vui lòng"],
    ["a photo", { photo: [{ ...file, width: 1, height: 1 }] }, "Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ, không xem được hình ảnh. Bà vui lòng"],
    ["a file", { document: file }, "Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ, không mở được tệp gửi kèm. Bà vui lòng"],
    ["anything else", {}, "Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ. Bà vui lòng"],
  ])("%s", (_, message, start) => {
    for (const key of ["report-text-only", "unsupported-message", "zalo--report-text-only", "zalo--unsupported-message"]) {
      const text = line(key, message);
      expect(text.startsWith(start), `${key}: ${text}`).toBe(true);
      expect(text).toContain("micrô");
    }
  });
});
