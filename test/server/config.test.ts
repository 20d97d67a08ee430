// Webhook mode, the HTTP server and the rate limit in the environment: validated by zod,
// one clear line on error.
import { describe, expect, it } from "vitest";
import { ConfigError, loadBotConfig } from "../../src/config.js";

const token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc-def";
const secret = "0123456789abcdef0123456789abcdef";

describe("server configuration", () => {
  it("defaults to long polling, no HTTP port, 127.0.0.1 and 20 updates per 10 s", () => {
    const config = loadBotConfig({ BOT_TOKEN: token });
    expect(config.WEBHOOK_URL).toBeUndefined();
    expect(config.PORT).toBeUndefined();
    expect(config.HOST).toBe("127.0.0.1");
    expect(config.RATE_LIMIT).toEqual({ limit: 20, windowMs: 10_000 });
  });

  it("reads webhook mode, the port and the rate limit", () => {
    const config = loadBotConfig({
      BOT_TOKEN: token,
      WEBHOOK_URL: "https://bot.example.vn/telegram/hook",
      WEBHOOK_SECRET: secret,
      PORT: "3001",
      HOST: "0.0.0.0",
      RATE_LIMIT: "30/60s",
    });
    expect(config).toMatchObject({ WEBHOOK_URL: "https://bot.example.vn/telegram/hook", WEBHOOK_SECRET: secret, PORT: 3001, HOST: "0.0.0.0" });
    expect(config.RATE_LIMIT).toEqual({ limit: 30, windowMs: 60_000 });
    expect(loadBotConfig({ BOT_TOKEN: token, RATE_LIMIT: "off" }).RATE_LIMIT).toBeNull();
  });

  it("accepts the four ports Telegram posts to", () => {
    for (const port of ["", ":443", ":80", ":88", ":8443"]) {
      const url = `https://bot.example.vn${port}/hook`;
      expect(loadBotConfig({ BOT_TOKEN: token, WEBHOOK_URL: url, WEBHOOK_SECRET: secret }).WEBHOOK_URL).toBe(url);
    }
  });

  it.each([
    [{ WEBHOOK_URL: "https://bot.example.vn/hook" }, "WEBHOOK_SECRET"],
    [{ WEBHOOK_URL: "https://bot.example.vn/hook", WEBHOOK_SECRET: "short" }, "WEBHOOK_SECRET"],
    [{ WEBHOOK_URL: "https://bot.example.vn/hook", WEBHOOK_SECRET: `${secret}!` }, "WEBHOOK_SECRET"],
    [{ WEBHOOK_URL: "bot.example.vn/hook", WEBHOOK_SECRET: secret }, "WEBHOOK_URL"],
    [{ WEBHOOK_URL: "ftp://bot.example.vn/hook", WEBHOOK_SECRET: secret }, "WEBHOOK_URL"],
    // Telegram posts to HTTPS only, on four ports: refused at start-up, not at setWebhook.
    [{ WEBHOOK_URL: "http://bot.example.vn/hook", WEBHOOK_SECRET: secret }, "WEBHOOK_URL"],
    [{ WEBHOOK_URL: "https://bot.example.vn:3000/hook", WEBHOOK_SECRET: secret }, "WEBHOOK_URL"],
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ RATE_LIMIT: "fast" }, "RATE_LIMIT"],
  ])("%j stops with one line naming %s", (env, name) => {
    let message = "";
    try {
      loadBotConfig({ BOT_TOKEN: token, ...env });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain(name);
    expect(message).toContain(".env.example");
    expect(message.split("\n")).toHaveLength(1);
  });
});
