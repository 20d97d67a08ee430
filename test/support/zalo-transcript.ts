// Zalo transcripts: what one Zalo user and the bot said, as the plain text a phone shows
// (test/transcripts/zalo-*.md). Same layout as the Telegram transcripts: one paragraph per
// message, line breaks as <br>; there are no buttons to show.
import type { ZaloApiServer, ZaloUser } from "./zalo-api-server.js";

export interface ZaloTranscript {
  render(): string;
}

export function recordZaloTranscript(server: ZaloApiServer, user: ZaloUser, role: string): ZaloTranscript {
  const from = server.events.length;
  return {
    render() {
      return server.events
        .slice(from)
        .filter((event) => event.userId === user.id)
        .map((event) => {
          if (event.kind === "user") return `**${role}:** ${event.text}`;
          const body = event.message.type === "photo" ? `(ảnh) ${event.message.text}`.trim() : event.message.text;
          return `**Bot:** ${body.replace(/\r?\n/g, "<br>")}`;
        })
        .join("\n\n")
        .concat("\n");
    },
  };
}
