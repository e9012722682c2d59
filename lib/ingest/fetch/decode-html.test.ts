import { describe, expect, it } from "vitest";
import { charsetFromContentType, decodeHtml, decodePlainText, encodingFor } from "./decode-html";

const ascii = (text: string): number[] => [...Buffer.from(text, "latin1")];
const page = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? ascii(part) : part)));

// Shift_JIS / EUC-JP / GBK byte sequences written out by hand from the
// encodings' code tables (there is no encoder for them in the platform).
const SJIS_TOKYO_NO_NIHONGO = [0x93, 0x8c, 0x8b, 0x9e, 0x82, 0xcc, 0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]; // 東京の日本語
const EUCJP_TOKYO = [0xc5, 0xec, 0xb5, 0xfe]; // 東京
const GBK_ZHONGGUO = [0xd6, 0xd0, 0xb9, 0xfa]; // 中国
const EUCKR_HANGUK = [0xc7, 0xd1, 0xb1, 0xb9]; // 한국

describe("decodeHtml", () => {
  it("decodes plain UTF-8 when nothing is declared", () => {
    const bytes = new TextEncoder().encode("<p>Motegi said “no change” — ça va</p>");
    const result = decodeHtml(bytes);
    expect(result.html).toBe("<p>Motegi said “no change” — ça va</p>");
    expect(result).toMatchObject({ charset: "utf-8", source: "default", notes: [] });
  });

  it("lets a byte-order mark win over a contradicting header, and strips it", () => {
    const bytes = page([0xef, 0xbb, 0xbf], "<p>caf", [0xc3, 0xa9], "</p>");
    const result = decodeHtml(bytes, "windows-1252");
    expect(result.html).toBe("<p>café</p>");
    expect(result.source).toBe("bom");
  });

  it("decodes UTF-16LE announced by its byte-order mark", () => {
    const body = Buffer.from("<p>日本</p>", "utf16le");
    const result = decodeHtml(Uint8Array.from([0xff, 0xfe, ...body]));
    expect(result).toMatchObject({ html: "<p>日本</p>", charset: "utf-16le" });
  });

  it("uses the HTTP header charset for windows-1252 curly quotes, euro sign and accents", () => {
    const bytes = page("<p>", [0x93], "Caf", [0xe9], [0x94], " costs ", [0x80], "5</p>");
    const result = decodeHtml(bytes, "windows-1252");
    expect(result.html).toBe("<p>“Café” costs €5</p>");
    expect(result).toMatchObject({ charset: "windows-1252", source: "header" });
  });

  it("maps the legacy label iso-8859-1 to windows-1252 as browsers do", () => {
    const result = decodeHtml(page("<p>", [0x93], "hi", [0x94], "</p>"), "ISO-8859-1");
    expect(result.html).toBe("<p>“hi”</p>");
  });

  it("prefers the header over a contradicting meta declaration", () => {
    const bytes = page('<meta charset="shift_jis"><p>', [0xe9], "</p>");
    expect(decodeHtml(bytes, "windows-1252").html).toContain("<p>é</p>");
  });

  it("decodes Shift_JIS from <meta charset>", () => {
    const bytes = page('<html><head><meta charset="Shift_JIS"><title>t</title></head><body><p>', SJIS_TOKYO_NO_NIHONGO, "</p>");
    const result = decodeHtml(bytes);
    expect(result.html).toContain("<p>東京の日本語</p>");
    expect(result).toMatchObject({ charset: "shift_jis", source: "meta" });
  });

  it("reads the old http-equiv form of the meta declaration", () => {
    const bytes = page('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><p>', EUCJP_TOKYO, "</p>");
    expect(decodeHtml(bytes)).toMatchObject({ charset: "euc-jp", source: "meta" });
    expect(decodeHtml(bytes).html).toContain("<p>東京</p>");
  });

  it("decodes GBK announced in the header", () => {
    expect(decodeHtml(page("<p>", GBK_ZHONGGUO, "</p>"), "gbk").html).toBe("<p>中国</p>");
  });

  it("decodes EUC-KR, under its own label and the ks_c_5601-1987 many Korean sites declare", () => {
    const bytes = page('<meta charset="euc-kr"><p>', EUCKR_HANGUK, "</p>");
    expect(decodeHtml(bytes)).toMatchObject({ charset: "euc-kr", source: "meta" });
    expect(decodeHtml(bytes).html).toContain("<p>한국</p>");
    expect(decodeHtml(page("<p>", EUCKR_HANGUK, "</p>"), "ks_c_5601-1987").html).toBe("<p>한국</p>");
  });

  it("ignores a meta charset inside a comment", () => {
    const bytes = page('<!-- <meta charset="shift_jis"> --><p>', [0xc3, 0xa9], "</p>");
    expect(decodeHtml(bytes)).toMatchObject({ html: '<!-- <meta charset="shift_jis"> --><p>é</p>', charset: "utf-8" });
  });

  it("does not look for a meta declaration past the first 2 KB", () => {
    const bytes = page("<p>", "x".repeat(3000), '</p><meta charset="windows-1252"><p>', [0xc3, 0xa9], "</p>");
    expect(decodeHtml(bytes)).toMatchObject({ charset: "utf-8", source: "default" });
  });

  it("reads a meta claim of UTF-16 in ASCII bytes as UTF-8", () => {
    const bytes = page('<meta charset="utf-16"><p>', [0xc3, 0xa9], "</p>");
    expect(decodeHtml(bytes)).toMatchObject({ charset: "utf-8", source: "meta" });
  });

  it("falls back to windows-1252 when undeclared bytes are not valid UTF-8", () => {
    const result = decodeHtml(page("<p>na", [0xef], "ve</p>"));
    expect(result.html).toBe("<p>naïve</p>");
    expect(result.source).toBe("fallback");
    expect(result.notes.join(" ")).toMatch(/windows-1252/);
  });

  it("falls back when the header claims UTF-8 but the bytes are windows-1252", () => {
    const result = decodeHtml(page("<p>", [0x93], "Quote", [0x94], "</p>"), "utf-8");
    expect(result.html).toBe("<p>“Quote”</p>");
    expect(result.notes[0]).toMatch(/HTTP header declares UTF-8/);
  });

  it("survives an unknown charset label with a note instead of crashing", () => {
    const result = decodeHtml(page("<p>plain</p>"), "x-klingon-1");
    expect(result).toMatchObject({ html: "<p>plain</p>", charset: "utf-8", source: "default" });
    expect(result.notes[0]).toMatch(/Unknown character encoding "x-klingon-1"/);
  });
});

describe("charsetFromContentType", () => {
  it("reads bare and quoted charset parameters", () => {
    expect(charsetFromContentType("text/html; charset=ISO-8859-1")).toBe("ISO-8859-1");
    expect(charsetFromContentType('text/html;charset="Shift_JIS"')).toBe("Shift_JIS");
    expect(charsetFromContentType("text/html")).toBeNull();
    expect(charsetFromContentType(undefined)).toBeNull();
  });
});

describe("encodingFor", () => {
  it("knows the labels news sites use and rejects nonsense", () => {
    expect(encodingFor("sjis")).toBe("shift_jis");
    expect(encodingFor("latin1")).toBe("windows-1252");
    expect(encodingFor("GB2312")).toBe("gbk");
    expect(encodingFor("nonsense")).toBeNull();
  });
});

describe("decodePlainText", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    const text = "Café owners in München said the “naïve” plan would fail.";
    expect(decodePlainText(new TextEncoder().encode(text))).toBe(text);
    expect(decodePlainText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it("reads a Latin-1 or Windows text as windows-1252, keeping its letters and curly quotes", () => {
    // "Café … the council’s “plan”" in windows-1252: é = E9, ’ = 92, “ = 93, ” = 94.
    const bytes = new Uint8Array([...Buffer.from("Caf", "latin1"), 0xe9, ...Buffer.from(" said the council", "latin1"), 0x92, ...Buffer.from("s ", "latin1"), 0x93, ...Buffer.from("plan", "latin1"), 0x94]);
    expect(decodePlainText(bytes)).toBe("Café said the council’s “plan”");
  });

  it("reads UTF-16 text that starts with its byte-order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zürich talks end", "utf16le")]);
    expect(decodePlainText(new Uint8Array(le))).toBe("Zürich talks end");
  });

  it("reads UTF-16 saved without a byte-order mark, either byte order, instead of NUL-filled text", () => {
    const text = "The council in Zürich voted on Tuesday to delay the harbour plan by a year.";
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(decodePlainText(new Uint8Array(le))).toBe(text);
    expect(decodePlainText(new Uint8Array(be))).toBe(text);
  });

  it("does not take bytes with scattered zeros for UTF-16", () => {
    // A binary header (PNG-like) followed by bytes with zeros at both parities: read as bytes, not as UTF-16.
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    expect(decodePlainText(bytes)).toContain("\u0000");
  });
});
