/**
 * Text formatting as the Bot API does it: parse_mode HTML / MarkdownV2 /
 * Markdown are turned into plain text plus entities, with the same error
 * messages ("can't parse entities: ..."), then the text is cleaned and
 * trimmed like TDLib's fix_formatted_text. Ported (simplified) from TDLib's
 * td/telegram/MessageEntity.cpp; the parsers work on UTF-8 bytes because
 * the error messages report byte offsets.
 */
import type { MessageEntity } from "grammy/types";
import { badRequest } from "./bot-api-errors.js";

export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

type EntityKind =
  | "Bold"
  | "Italic"
  | "Underline"
  | "Strikethrough"
  | "Spoiler"
  | "Code"
  | "Pre"
  | "PreCode"
  | "TextUrl"
  | "CustomEmoji"
  | "BlockQuote"
  | "ExpandableBlockQuote";

interface RawEntity {
  kind: EntityKind;
  offset: number;
  length: number;
  argument: string;
}

const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;
const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKTICK = 0x60;

const isSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === CR || c === LF || c === 0 || c === 0x0b;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAlnum = (c: number) => isDigit(c) || isAlpha(c);
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isFirstUnit = (c: number) => (c & 0xc0) !== 0x80;
const utf16Width = (c: number) => (isFirstUnit(c) ? 1 + (c >= 0xf0 ? 1 : 0) : 0);

const parseError = (message: string) => badRequest(`can't parse entities: ${message}`);

function bytesToString(bytes: ArrayLike<number>, from = 0, to = bytes.length): string {
  return Buffer.from(Array.prototype.slice.call(bytes, from, to) as number[]).toString("utf8");
}

function pushUtf8(out: number[], code: number): void {
  for (const b of Buffer.from(String.fromCodePoint(code), "utf8")) out.push(b);
}

/** Simplified LinkManager::get_checked_link: returns "" for unusable links. */
function checkLink(url: string): string {
  const trimmed = url.trim();
  if (trimmed === "") return "";
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return /^[\w-]+(\.[\w-]+)+([/?#].*)?$/.test(trimmed) ? `http://${trimmed}` : "";
  }
  if (scheme === "http" || scheme === "https" || scheme === "tg" || scheme === "ton") {
    return trimmed;
  }
  return "";
}

// === HTML =================================================================

function decodeHtmlEntity(s: Buffer, pos: number): { code: number; next: number } | null {
  const at = (i: number) => (i < s.length ? (s[i] ?? 0) : 0);
  let end = pos + 1;
  let res = 0;
  if (at(pos + 1) === 0x23 /* # */) {
    end++;
    if (at(pos + 2) === 0x78 /* x */) {
      end++;
      while (isHex(at(end))) res = res * 16 + parseInt(String.fromCharCode(at(end++)), 16);
    } else {
      while (isDigit(at(end))) res = res * 10 + at(end++) - 0x30;
    }
    if (res === 0 || res >= 0x10ffff || end - pos >= 10) return null;
  } else {
    while (isAlpha(at(end))) end++;
    const name = s.subarray(pos + 1, end).toString("latin1");
    const known: Record<string, number> = { lt: LT, gt: GT, amp: AMP, quot: DQUOTE };
    const code = known[name];
    if (code === undefined) return null;
    res = code;
  }
  return { code: res, next: at(end) === 0x3b /* ; */ ? end + 1 : end };
}

const HTML_TAGS = new Set([
  "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler",
  "tg-emoji", "tg-time", "span", "pre", "code", "blockquote",
]);

function parseHtml(input: string): { text: string; entities: RawEntity[] } {
  const s = Buffer.from(input, "utf8");
  const n = s.length;
  const at = (i: number) => (i < n ? (s[i] ?? 0) : 0);
  const out: number[] = [];
  const entities: RawEntity[] = [];
  const nested: { tag: string; argument: string; offset: number; beginPos: number }[] = [];
  let utf16 = 0;

  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === AMP) {
      const decoded = decodeHtmlEntity(s, i);
      if (decoded !== null) {
        if (decoded.code >= 0xd800 && decoded.code <= 0xdfff) {
          throw badRequest(
            "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units",
          );
        }
        i = decoded.next - 1;
        utf16 += 1 + (decoded.code > 0xffff ? 1 : 0);
        pushUtf8(out, decoded.code);
        continue;
      }
    }
    if (c !== LT) {
      utf16 += utf16Width(c);
      out.push(c);
      continue;
    }

    const beginPos = i++;
    if (at(i) !== SLASH) {
      while (!isSpace(at(i)) && at(i) !== GT) i++;
      if (at(i) === 0) throw parseError(`Unclosed start tag at byte offset ${beginPos}`);
      const tag = bytesToString(s, beginPos + 1, i).toLowerCase();
      if (!HTML_TAGS.has(tag)) {
        throw parseError(`Unsupported start tag "${tag}" at byte offset ${beginPos}`);
      }
      let argument = "";
      while (at(i) !== GT) {
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) === GT) break;
        const attrBegin = i;
        while (
          !isSpace(at(i)) && at(i) !== EQ && at(i) !== GT && at(i) !== SLASH &&
          at(i) !== DQUOTE && at(i) !== SQUOTE
        ) {
          i++;
        }
        const attrName = bytesToString(s, attrBegin, i);
        if (attrName === "") {
          throw parseError(`Empty attribute name in the tag "${tag}" at byte offset ${beginPos}`);
        }
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) !== EQ) {
          if (at(i) === 0) throw parseError(`Unclosed start tag "${tag}" at byte offset ${beginPos}`);
          if (tag === "blockquote" && attrName === "expandable") argument = "1";
          continue;
        }
        i++;
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) === 0) throw parseError(`Unclosed start tag "${tag}" at byte offset ${beginPos}`);
        let value: string;
        if (at(i) !== SQUOTE && at(i) !== DQUOTE) {
          const tokenBegin = i;
          while (isAlnum(at(i)) || at(i) === 0x2e || at(i) === 0x2d) i++;
          value = bytesToString(s, tokenBegin, i).toLowerCase();
          if (!isSpace(at(i)) && at(i) !== GT) {
            throw parseError(`Unexpected end of name token at byte offset ${tokenBegin}`);
          }
        } else {
          const endChar = at(i++);
          const valueBytes: number[] = [];
          while (at(i) !== endChar && at(i) !== 0) {
            if (at(i) === AMP) {
              const decoded = decodeHtmlEntity(s, i);
              if (decoded !== null) {
                pushUtf8(valueBytes, decoded.code);
                i = decoded.next;
                continue;
              }
            }
            valueBytes.push(at(i++));
          }
          if (at(i) === endChar) i++;
          value = bytesToString(valueBytes);
        }
        if (at(i) === 0) throw parseError(`Unclosed start tag at byte offset ${beginPos}`);
        if (tag === "a" && attrName === "href") argument = value;
        else if (tag === "code" && attrName === "class" && value.startsWith("language-")) {
          argument = value.slice(9);
        } else if (tag === "span" && attrName === "class" && value.startsWith("tg-")) {
          argument = value.slice(3);
        } else if (tag === "tg-emoji" && attrName === "emoji-id") argument = value;
        else if (tag === "blockquote" && attrName === "expandable") argument = "1";
      }
      if (tag === "span" && argument !== "spoiler") {
        throw parseError(`Tag "span" must have class "tg-spoiler" at byte offset ${beginPos}`);
      }
      nested.push({ tag, argument, offset: utf16, beginPos: out.length });
    } else {
      const top = nested[nested.length - 1];
      if (top === undefined) throw parseError(`Unexpected end tag at byte offset ${beginPos}`);
      while (!isSpace(at(i)) && at(i) !== GT) i++;
      const endTag = bytesToString(s, beginPos + 2, i).toLowerCase();
      while (isSpace(at(i)) && at(i) !== 0) i++;
      if (at(i) !== GT) throw parseError(`Unclosed end tag at byte offset ${beginPos}`);
      if (endTag !== "" && endTag !== top.tag) {
        throw parseError(
          `Unmatched end tag at byte offset ${beginPos}, expected "</${top.tag}>", found "</${endTag}>"`,
        );
      }
      if (utf16 > top.offset) {
        const offset = top.offset;
        const length = utf16 - offset;
        const add = (kind: EntityKind, argument = "") => entities.push({ kind, offset, length, argument });
        const last = entities[entities.length - 1];
        switch (top.tag) {
          case "i":
          case "em":
            add("Italic");
            break;
          case "b":
          case "strong":
            add("Bold");
            break;
          case "s":
          case "strike":
          case "del":
            add("Strikethrough");
            break;
          case "u":
          case "ins":
            add("Underline");
            break;
          case "tg-spoiler":
          case "span":
            add("Spoiler");
            break;
          case "tg-emoji":
            if (!/^[1-9]\d*$/.test(top.argument)) {
              throw badRequest("Invalid custom emoji identifier specified");
            }
            add("CustomEmoji", top.argument);
            break;
          case "tg-time":
            break;
          case "a": {
            const url = checkLink(top.argument || bytesToString(out, top.beginPos));
            if (url !== "") add("TextUrl", url);
            break;
          }
          case "pre":
            if (last && last.kind === "Code" && last.offset === offset && last.length === length && last.argument) {
              last.kind = "PreCode";
            } else {
              add("Pre");
            }
            break;
          case "code":
            if (last && last.kind === "Pre" && last.offset === offset && last.length === length && top.argument) {
              last.kind = "PreCode";
              last.argument = top.argument;
            } else {
              add("Code", top.argument);
            }
            break;
          case "blockquote":
            add(top.argument ? "ExpandableBlockQuote" : "BlockQuote");
            break;
        }
      }
      nested.pop();
    }
  }
  const open = nested[nested.length - 1];
  if (open !== undefined) {
    throw parseError(`Can't find end tag corresponding to start tag "${open.tag}"`);
  }
  for (const e of entities) if (e.kind === "Code") e.argument = "";
  return { text: bytesToString(out), entities };
}

// === MarkdownV2 ===========================================================

const MDV2_RESERVED = new Set(Array.from("_*[]()~`>#+-=|{}.!\n", (ch) => ch.charCodeAt(0)));

function parseMarkdownV2(input: string): { text: string; entities: RawEntity[] } {
  const s = Buffer.from(input, "utf8");
  const n = s.length;
  const at = (i: number) => (i < n ? (s[i] ?? 0) : 0);
  const out: number[] = [];
  const entities: RawEntity[] = [];
  type Kind = EntityKind;
  const nested: { kind: Kind; argument: string; offset: number; byteOffset: number; beginPos: number }[] = [];
  let utf16 = 0;
  let haveBlockquote = false;
  let canStartBlockquote = true;
  const reservedError = (c: number) =>
    parseError(`Character '${String.fromCharCode(c)}' is reserved and must be escaped with the preceding '\\'`);
  const readUrl = (i: number): { url: string; end: number } => {
    const urlBegin = i;
    const bytes: number[] = [];
    while (i < n && at(i) !== 0x29 /* ) */) {
      if (at(i) === BACKSLASH && at(i + 1) > 0 && at(i + 1) <= 126) {
        bytes.push(at(i + 1));
        i += 2;
        continue;
      }
      bytes.push(at(i++));
    }
    if (at(i) !== 0x29) throw parseError(`Can't find end of a URL at byte offset ${urlBegin}`);
    return { url: bytesToString(bytes), end: i };
  };

  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === BACKSLASH && at(i + 1) > 0 && at(i + 1) <= 126) {
      i++;
      utf16 += 1;
      out.push(at(i));
      if (at(i) !== CR) canStartBlockquote = at(i) === LF;
      continue;
    }
    const top = nested[nested.length - 1];
    const inCode = top !== undefined && (top.kind === "Code" || top.kind === "Pre" || top.kind === "PreCode");
    const reserved = inCode ? c === BACKTICK : MDV2_RESERVED.has(c);
    if (!reserved) {
      if (isFirstUnit(c)) {
        utf16 += 1 + (c >= 0xf0 ? 1 : 0);
        if (c !== CR) canStartBlockquote = false;
      }
      out.push(c);
      continue;
    }

    let isEnd = false;
    if (top !== undefined) {
      if (haveBlockquote && c === LF && (i + 1 === n || at(i + 1) !== GT)) isEnd = true;
      else {
        switch (top.kind) {
          case "Bold": isEnd = c === 0x2a; break;
          case "Italic": isEnd = c === 0x5f && at(i + 1) !== 0x5f; break;
          case "Code": isEnd = c === BACKTICK; break;
          case "Pre":
          case "PreCode": isEnd = c === BACKTICK && at(i + 1) === BACKTICK && at(i + 2) === BACKTICK; break;
          case "TextUrl":
          case "CustomEmoji": isEnd = c === 0x5d; break;
          case "Underline": isEnd = c === 0x5f && at(i + 1) === 0x5f; break;
          case "Strikethrough": isEnd = c === 0x7e; break;
          case "Spoiler": isEnd = c === 0x7c && at(i + 1) === 0x7c; break;
          default: isEnd = false;
        }
      }
    }

    if (!isEnd) {
      let kind: Kind | undefined;
      let argument = "";
      const byteOffset = i;
      switch (c) {
        case 0x5f: // _
          if (at(i + 1) === 0x5f) {
            kind = "Underline";
            i++;
          } else kind = "Italic";
          break;
        case 0x2a: kind = "Bold"; break;
        case 0x7e: kind = "Strikethrough"; break;
        case 0x7c: // |
          if (at(i + 1) !== 0x7c) throw reservedError(c);
          i++;
          kind = "Spoiler";
          break;
        case 0x5b: kind = "TextUrl"; break;
        case BACKTICK:
          if (at(i + 1) === BACKTICK && at(i + 2) === BACKTICK) {
            i += 3;
            kind = "Pre";
            let languageEnd = i;
            while (!isSpace(at(languageEnd)) && at(languageEnd) !== BACKTICK) languageEnd++;
            if (i !== languageEnd && languageEnd < n && at(languageEnd) !== BACKTICK) {
              kind = "PreCode";
              argument = bytesToString(s, i, languageEnd);
              i = languageEnd;
            }
            if (at(i) === LF || at(i) === CR) {
              if ((at(i + 1) === LF || at(i + 1) === CR) && at(i) !== at(i + 1)) i += 2;
              else i++;
            }
            i--;
          } else kind = "Code";
          break;
        case 0x21: // !
          if (at(i + 1) !== 0x5b) throw reservedError(c);
          i++;
          kind = "CustomEmoji";
          break;
        case LF:
          utf16 += 1;
          out.push(LF);
          canStartBlockquote = true;
          break;
        case GT:
          if (!canStartBlockquote) throw reservedError(c);
          if (!haveBlockquote) {
            kind = "BlockQuote";
            haveBlockquote = true;
          }
          break;
        default:
          throw reservedError(c);
      }
      if (kind === undefined) continue;
      nested.push({ kind, argument, offset: utf16, byteOffset, beginPos: out.length });
    } else {
      let entry = top!;
      let kind: Kind = entry.kind;
      if (c === LF && kind !== "BlockQuote") {
        const spoilerAtEnd =
          kind === "Spoiler" &&
          (entry.byteOffset === i - 2 ||
            (entry.byteOffset === i - 3 && out.length !== 0 && out[out.length - 1] === CR));
        if (!spoilerAtEnd) {
          throw parseError(`Can't find end of ${kind} entity at byte offset ${entry.byteOffset}`);
        }
        nested.pop();
        entry = nested[nested.length - 1]!;
        if (entry.kind !== "BlockQuote") {
          throw parseError(`Can't find end of ${entry.kind} entity at byte offset ${entry.byteOffset}`);
        }
        kind = "ExpandableBlockQuote";
      }
      let argument = entry.argument;
      let skip = utf16 === entry.offset;
      switch (kind) {
        case "Underline":
        case "Spoiler":
          i++;
          break;
        case "Pre":
        case "PreCode":
          i += 2;
          break;
        case "TextUrl": {
          let url: string;
          if (at(i + 1) !== 0x28 /* ( */) {
            url = bytesToString(out, entry.beginPos);
          } else {
            const read = readUrl(i + 2);
            url = read.url;
            i = read.end;
          }
          const checked = checkLink(url);
          if (checked === "") skip = true;
          else argument = checked;
          break;
        }
        case "CustomEmoji": {
          if (at(i + 1) !== 0x28) throw badRequest("The entity must contain a tg://emoji or tg://time URL");
          const read = readUrl(i + 2);
          i = read.end;
          const id = /^tg:\/\/emoji\?id=(\d+)$/.exec(read.url)?.[1];
          if (id !== undefined) argument = id;
          else if (read.url.startsWith("tg://time?")) skip = true;
          else throw badRequest("Invalid tg://emoji or tg://time URL specified");
          break;
        }
        case "BlockQuote":
        case "ExpandableBlockQuote":
          haveBlockquote = false;
          out.push(at(i));
          canStartBlockquote = true;
          utf16 += 1;
          skip = false;
          break;
        default:
          break;
      }
      if (!skip) entities.push({ kind, offset: entry.offset, length: utf16 - entry.offset, argument });
      nested.pop();
    }
  }
  if (haveBlockquote) {
    let kind: Kind = "BlockQuote";
    let top = nested[nested.length - 1];
    if (top !== undefined && top.kind === "Spoiler" && top.byteOffset === n - 2) {
      nested.pop();
      top = nested[nested.length - 1];
      kind = "ExpandableBlockQuote";
    }
    if (top !== undefined && top.kind === "BlockQuote") {
      const length = utf16 - top.offset;
      if (length !== 0) entities.push({ kind, offset: top.offset, length, argument: "" });
      nested.pop();
    }
  }
  const open = nested[nested.length - 1];
  if (open !== undefined) {
    throw parseError(`Can't find end of ${open.kind} entity at byte offset ${open.byteOffset}`);
  }
  return { text: bytesToString(out), entities };
}

// === Markdown (legacy) ====================================================

function parseMarkdownLegacy(input: string): { text: string; entities: RawEntity[] } {
  const s = Buffer.from(input, "utf8");
  const n = s.length;
  const at = (i: number) => (i < n ? (s[i] ?? 0) : 0);
  const out: number[] = [];
  const entities: RawEntity[] = [];
  let utf16 = 0;
  const special = (c: number) => c === 0x5f || c === 0x2a || c === BACKTICK || c === 0x5b;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === BACKSLASH && special(at(i + 1))) {
      i++;
      out.push(at(i));
      utf16++;
      continue;
    }
    if (!special(c)) {
      utf16 += utf16Width(c);
      out.push(c);
      continue;
    }
    const beginPos = i;
    const endChar = c === 0x5b ? 0x5d : c;
    let isPre = false;
    let language = "";
    i++;
    if (c === BACKTICK && at(i) === BACKTICK && at(i + 1) === BACKTICK) {
      i += 2;
      isPre = true;
      let languageEnd = i;
      while (!isSpace(at(languageEnd)) && at(languageEnd) !== BACKTICK) languageEnd++;
      if (i !== languageEnd && languageEnd < n && at(languageEnd) !== BACKTICK) {
        language = bytesToString(s, i, languageEnd);
        i = languageEnd;
      }
      if (at(i) === LF || at(i) === CR) {
        if ((at(i + 1) === LF || at(i + 1) === CR) && at(i) !== at(i + 1)) i += 2;
        else i++;
      }
    }
    const entityOffset = utf16;
    while (i < n && (at(i) !== endChar || (isPre && !(at(i + 1) === BACKTICK && at(i + 2) === BACKTICK)))) {
      utf16 += utf16Width(at(i));
      out.push(at(i++));
    }
    if (i === n) throw parseError(`Can't find end of the entity starting at byte offset ${beginPos}`);
    if (entityOffset !== utf16) {
      const length = utf16 - entityOffset;
      if (c === 0x5f) entities.push({ kind: "Italic", offset: entityOffset, length, argument: "" });
      else if (c === 0x2a) entities.push({ kind: "Bold", offset: entityOffset, length, argument: "" });
      else if (c === 0x5b) {
        let url = "";
        if (at(i + 1) !== 0x28) {
          url = bytesToString(s, beginPos + 1, i);
        } else {
          i += 2;
          const bytes: number[] = [];
          while (i < n && at(i) !== 0x29) bytes.push(at(i++));
          url = bytesToString(bytes);
        }
        const checked = checkLink(url);
        if (checked !== "") entities.push({ kind: "TextUrl", offset: entityOffset, length, argument: checked });
      } else if (isPre) {
        entities.push({ kind: language ? "PreCode" : "Pre", offset: entityOffset, length, argument: language });
      } else {
        entities.push({ kind: "Code", offset: entityOffset, length, argument: "" });
      }
    }
    if (isPre) i += 2;
  }
  return { text: bytesToString(out), entities };
}

// === Conversion and cleanup ===============================================

function toApiEntity(e: RawEntity): MessageEntity {
  const base = { offset: e.offset, length: e.length };
  switch (e.kind) {
    case "Bold": return { type: "bold", ...base };
    case "Italic": return { type: "italic", ...base };
    case "Underline": return { type: "underline", ...base };
    case "Strikethrough": return { type: "strikethrough", ...base };
    case "Spoiler": return { type: "spoiler", ...base };
    case "Code": return { type: "code", ...base };
    case "Pre": return { type: "pre", ...base };
    case "PreCode": return { type: "pre", ...base, language: e.argument };
    case "TextUrl": return { type: "text_link", ...base, url: e.argument };
    case "CustomEmoji": return { type: "custom_emoji", ...base, custom_emoji_id: e.argument };
    case "BlockQuote": return { type: "blockquote", ...base };
    case "ExpandableBlockQuote": return { type: "expandable_blockquote", ...base };
  }
}

function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  return entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
}

/**
 * clean_input_string + rtrim/ltrim of fix_formatted_text: control characters
 * become spaces, '\r' and U+2028..U+202E are dropped, trailing spaces and
 * newlines are cut, leading ones too (up to the first entity).
 */
function cleanAndTrim(text: string, entities: MessageEntity[]): FormattedText {
  const units: string[] = [];
  // removedBefore[i] = how many UTF-16 units before input index i were removed
  const removedBefore: number[] = new Array<number>(text.length + 1);
  let removed = 0;
  for (let i = 0; i < text.length; i++) {
    removedBefore[i] = removed;
    const code = text.charCodeAt(i);
    if (code === 0x0d || (code >= 0x2028 && code <= 0x202e)) {
      removed++;
      continue;
    }
    units.push(code < 0x20 && code !== 0x0a ? " " : text[i]!);
  }
  removedBefore[text.length] = removed;
  let cleaned = units.join("");
  let ents = entities
    .map((e) => {
      const start = e.offset - (removedBefore[Math.min(e.offset, text.length)] ?? 0);
      const endIn = Math.min(e.offset + e.length, text.length);
      const end = endIn - (removedBefore[endIn] ?? 0);
      return { ...e, offset: start, length: end - start };
    })
    .filter((e) => e.length > 0);

  // rtrim
  let last = cleaned.length - 1;
  while (last >= 0 && (cleaned[last] === " " || cleaned[last] === "\n")) last--;
  if (last < 0) return { text: "", entities: [] };
  cleaned = cleaned.slice(0, last + 1);
  ents = ents
    .filter((e) => e.offset <= last)
    .map((e) => (e.offset + e.length > last + 1 ? { ...e, length: last + 1 - e.offset } : e));
  // ltrim, not past the first entity
  const firstEntity = ents.length > 0 ? Math.min(...ents.map((e) => e.offset)) : cleaned.length;
  let first = 0;
  while (first < firstEntity && (cleaned[first] === " " || cleaned[first] === "\n")) first++;
  if (first > 0) {
    cleaned = cleaned.slice(first);
    ents = ents.map((e) => ({ ...e, offset: e.offset - first }));
  }
  return { text: cleaned, entities: sortEntities(ents) };
}

/** Number of Unicode code points, which is how Telegram counts length limits. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Formats `text` like the Bot API does for sendMessage/editMessageText and
 * captions. Throws BotApiError on parse errors or unsupported parse_mode.
 * `entities` are used only when no parse_mode is given.
 */
export function formatText(
  text: string,
  parseMode: string | undefined,
  entities: MessageEntity[] | undefined,
): FormattedText {
  if (Buffer.byteLength(text, "utf8") > 1 << 15) throw badRequest("Text is too long");
  const mode = (parseMode ?? "").toLowerCase();
  let parsed: { text: string; entities: MessageEntity[] };
  if (text !== "" && mode !== "" && mode !== "none") {
    let raw: { text: string; entities: RawEntity[] };
    if (mode === "html") raw = parseHtml(text);
    else if (mode === "markdownv2") raw = parseMarkdownV2(text);
    else if (mode === "markdown") raw = parseMarkdownLegacy(text);
    else throw badRequest("Unsupported parse_mode");
    parsed = { text: raw.text, entities: raw.entities.map(toApiEntity) };
  } else {
    parsed = { text, entities: Array.isArray(entities) ? entities.map((e) => ({ ...e })) : [] };
  }
  return cleanAndTrim(parsed.text, parsed.entities);
}

/** Entities Telegram's clients/servers add to what users type: commands, mentions, URLs. */
export function detectEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /(^|[\s])(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)(?![A-Za-z0-9_@/])/g;
  for (const m of text.matchAll(command)) {
    const offset = (m.index ?? 0) + (m[1]?.length ?? 0);
    entities.push({ type: "bot_command", offset, length: m[2]?.length ?? 0 });
  }
  for (const m of text.matchAll(/(^|[^\w@])(@[A-Za-z][A-Za-z0-9_]{3,31})(?![\w])/g)) {
    entities.push({ type: "mention", offset: (m.index ?? 0) + (m[1]?.length ?? 0), length: m[2]?.length ?? 0 });
  }
  for (const m of text.matchAll(/https?:\/\/[^\s]+/g)) {
    entities.push({ type: "url", offset: m.index ?? 0, length: m[0].length });
  }
  return entities.sort((a, b) => a.offset - b.offset);
}

