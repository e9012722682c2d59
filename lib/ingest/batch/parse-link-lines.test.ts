import { describe, expect, it } from "vitest";
import { parseLinkLines } from "./parse-link-lines";

describe("parseLinkLines (a file of links, one per line)", () => {
  it("reports every line that gives no link, with its number and text, and keeps the links around it", () => {
    const text = ["https://news.example/a", "htp:/x", "", "just words", "- https://news.example/b,", "ftp://files.example/c.txt", "www.outlet.example/news/42"].join("\r\n");
    expect(parseLinkLines(text)).toEqual({
      links: [
        { url: "https://news.example/a", line: 1 },
        { url: "https://news.example/b", line: 5 },
      ],
      repeated: [],
      failures: [
        { line: 2, input: "htp:/x", reason: "Line 2 is not a link: give one http:// or https:// address per line." },
        { line: 4, input: "just words", reason: "Line 4 is not a link: give one http:// or https:// address per line." },
        { line: 6, input: "ftp://files.example/c.txt", reason: "Only http:// and https:// links can be fetched, not ftp: links." },
        { line: 7, input: "www.outlet.example/news/42", reason: expect.stringContaining("did you mean https://www.outlet.example/news/42") },
      ],
    });
  });

  it("passes over a line starting with # as a note, even one holding a link put aside", () => {
    const text = "# Harbour story, first day\nhttps://news.example/a\n  # https://news.example/old (moved)\nnot # a note";
    expect(parseLinkLines(text)).toEqual({
      links: [{ url: "https://news.example/a", line: 2 }],
      repeated: [],
      failures: [{ line: 4, input: "not # a note", reason: "Line 4 is not a link: give one http:// or https:// address per line." }],
    });
  });

  it("takes a link once, at its first line, and not at all when it was already given; each repeat is told with the line it repeats", () => {
    const text = "https://news.example/a\nhttps://news.example/b\nhttps://News.Example/a#top";
    expect(parseLinkLines(text, new Set(["https://news.example/b"]))).toEqual({
      links: [{ url: "https://news.example/a", line: 1 }],
      repeated: [
        { line: 2, url: "https://news.example/b", firstLine: null },
        { line: 3, url: "https://news.example/a", firstLine: 1 },
      ],
      failures: [],
    });
  });
});
