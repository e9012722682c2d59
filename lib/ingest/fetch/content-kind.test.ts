import { describe, expect, it } from "vitest";
import { judgeContentType, mediaType, sniffContent } from "./content-kind";

const bytes = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, "latin1"));

describe("judgeContentType", () => {
  it("accepts HTML and XHTML whatever the case and parameters", () => {
    expect(judgeContentType("Text/HTML; charset=UTF-8").kind).toBe("html");
    expect(judgeContentType("application/xhtml+xml").kind).toBe("html");
  });

  it("leaves missing and vague types to the bytes", () => {
    expect(judgeContentType(undefined).kind).toBe("unsure");
    expect(judgeContentType("application/octet-stream").kind).toBe("unsure");
    expect(judgeContentType("text/plain; charset=utf-8").kind).toBe("unsure");
  });

  it("names what a refused type is so the message can say it", () => {
    expect(judgeContentType("application/pdf")).toEqual({ kind: "refused", what: "a PDF" });
    expect(judgeContentType("image/jpeg")).toEqual({ kind: "refused", what: "an image (image/jpeg)" });
    expect(judgeContentType("video/mp4")).toEqual({ kind: "refused", what: "a video (video/mp4)" });
    expect(judgeContentType("application/vnd.ms-excel")).toEqual({ kind: "refused", what: "a application/vnd.ms-excel file" });
  });

  it("extracts the bare media type", () => {
    expect(mediaType(" TEXT/html ;charset=x")).toBe("text/html");
  });
});

describe("sniffContent", () => {
  it("recognises HTML openings, after a BOM and leading blank lines too", () => {
    expect(sniffContent(bytes("<!DOCTYPE html><html>")).kind).toBe("html");
    expect(sniffContent(bytes("\n\n  <html lang=en>")).kind).toBe("html");
    expect(sniffContent(bytes("\xef\xbb\xbf<!-- generated --><html>")).kind).toBe("html");
    expect(sniffContent(bytes('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')).kind).toBe("html");
  });

  it("recognises HTML in UTF-16 despite its NUL bytes", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from("<html><body>", "utf16le")]);
    expect(sniffContent(utf16).kind).toBe("html");
  });

  it("spots PDFs, images and archives by their magic numbers", () => {
    expect(sniffContent(bytes("%PDF-1.5\n"))).toEqual({ kind: "binary", what: "a PDF" });
    expect(sniffContent(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ kind: "binary", what: "an image (JPEG)" });
    expect(sniffContent(bytes("GIF89a\x01\x00"))).toEqual({ kind: "binary", what: "an image (GIF)" });
    expect(sniffContent(bytes("RIFF\x10\x00\x00\x00WEBPVP8 "))).toEqual({ kind: "binary", what: "an image (WebP)" });
    expect(sniffContent(bytes("PK\x03\x04\x14\x00")).kind).toBe("binary");
  });

  it("calls NUL-laden bytes binary and prose text", () => {
    expect(sniffContent(Uint8Array.from([0x41, 0x00, 0x42])).kind).toBe("binary");
    expect(sniffContent(bytes("Just some words, no markup.")).kind).toBe("text");
  });
});
