import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_DATABASE_URL, loadBaseConfig, loadBotConfig } from "../src/config.js";

const token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc-def";

describe("config", () => {
  it("defaults to an SQLite file under data/ and level info", () => {
    expect(loadBaseConfig({})).toMatchObject({ DATABASE_URL: DEFAULT_DATABASE_URL, LOG_LEVEL: "info" });
    expect(DEFAULT_DATABASE_URL).toMatch(/^file:\.\/data\//);
  });

  it("accepts PostgreSQL and a Bot API root", () => {
    const config = loadBotConfig({ BOT_TOKEN: token, DATABASE_URL: "postgresql://u@h:5432/db", BOT_API_ROOT: "http://127.0.0.1:8081" });
    expect(config).toMatchObject({ DATABASE_URL: "postgresql://u@h:5432/db", BOT_API_ROOT: "http://127.0.0.1:8081" });
  });

  it.each([
    [{}, "BOT_TOKEN"],
    [{ BOT_TOKEN: "nonsense" }, "BOT_TOKEN"],
    [{ BOT_TOKEN: token, LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ BOT_TOKEN: token, DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ BOT_TOKEN: token, BOT_API_ROOT: "not a url" }, "BOT_API_ROOT"],
  ])("%j stops with one line naming %s", (env, name) => {
    let message = "";
    try {
      loadBotConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain(name);
    expect(message).toContain(".env.example");
    expect(message.split("\n")).toHaveLength(1);
  });
});
