import { describe, expect, it } from "vitest";
import { parseUrlList } from "./parse-url-list";

describe("parseUrlList", () => {
  it("takes one link per line, ignoring blank lines and surrounding spaces", () => {
    const text = "  https://www.aninews.in/news/world/asia/blinken-motegi-talks  \n\nhttp://japan-news.example/politics/2021/05/04/talks\r\n";
    expect(parseUrlList(text)).toEqual({
      urls: ["https://www.aninews.in/news/world/asia/blinken-motegi-talks", "http://japan-news.example/politics/2021/05/04/talks"],
      repeated: [],
      rejected: [],
    });
  });

  it("finds links inside prose, bullets and Markdown and drops the sentence punctuation", () => {
    const text = [
      "Coverage so far: https://outlet-a.example/story/123, and also https://outlet-b.example/world/talks.",
      "- (see https://outlet-c.example/a?id=7)",
      "[The wire version](https://wire.example/2021/05/04/blinken-motegi)!",
      "“https://outlet-d.example/quoted”",
    ].join("\n");
    expect(parseUrlList(text).urls).toEqual([
      "https://outlet-a.example/story/123",
      "https://outlet-b.example/world/talks",
      "https://outlet-c.example/a?id=7",
      "https://wire.example/2021/05/04/blinken-motegi",
      "https://outlet-d.example/quoted",
    ]);
  });

  it("keeps balanced parentheses that belong to the URL", () => {
    expect(parseUrlList("https://en.wikipedia.example/wiki/Quad_(forum).").urls).toEqual(["https://en.wikipedia.example/wiki/Quad_(forum)"]);
  });

  it("removes duplicates, including ones that differ only in case of the host or in the #fragment", () => {
    const text = "https://News.Example/a\nhttps://news.example/a#comments\nhttps://news.example/a\nhttps://news.example/b";
    expect(parseUrlList(text).urls).toEqual(["https://news.example/a", "https://news.example/b"]);
  });

  it("tells which lines repeat an earlier link, and where their rows go among the links fetched", () => {
    // The tester's batch: the wire story pasted twice, with a blank line and prose between.
    const text = "https://site.example/wire.html\nhttps://site.example/courier.html\n\nAnd again: https://site.example/wire.html#top\nhttps://site.example/gazette.html\nhttps://site.example/courier.html";
    const { urls, repeated } = parseUrlList(text);
    expect(urls).toEqual(["https://site.example/wire.html", "https://site.example/courier.html", "https://site.example/gazette.html"]);
    expect(repeated).toEqual([
      { url: "https://site.example/wire.html", line: 4, firstLine: 1, after: 2 },
      { url: "https://site.example/courier.html", line: 6, firstLine: 2, after: 3 },
    ]);
  });

  it("keeps different query strings apart: they can be different articles", () => {
    expect(parseUrlList("https://n.example/view?id=1 https://n.example/view?id=2").urls).toHaveLength(2);
  });

  it("rejects other schemes and scheme-less links with a reason", () => {
    const { urls, rejected } = parseUrlList("ftp://files.example/story.html\nwww.outlet.example/news/42\njavascript:alert(1)");
    expect(urls).toEqual([]);
    expect(rejected).toEqual([
      { input: "ftp://files.example/story.html", reason: "Only http:// and https:// links can be fetched, not ftp: links." },
      { input: "www.outlet.example/news/42", reason: "This link has no http:// or https:// in front; did you mean https://www.outlet.example/news/42 ?" },
      { input: "javascript:alert(1)", reason: "Only http:// and https:// links can be fetched, not javascript: links." },
    ]);
  });

  it("rejects a link the URL parser cannot read", () => {
    const { urls, rejected } = parseUrlList("This one is broken: https://[::zz]/x");
    expect(urls).toEqual([]);
    expect(rejected).toEqual([{ input: "https://[::zz]/x", reason: "This is not a valid web address." }]);
  });

  it("does not mistake ordinary prose for links", () => {
    expect(parseUrlList("Key data: 5 million doses.\nMeeting notes, 4 May.\nfile this under Japan")).toEqual({ urls: [], repeated: [], rejected: [] });
  });

  it("does not reject an ftp:// that sits inside an http link's query", () => {
    expect(parseUrlList("https://news.example/out?to=ftp://x.example/a")).toEqual({
      urls: ["https://news.example/out?to=ftp://x.example/a"],
      repeated: [],
      rejected: [],
    });
  });
});

describe("parseUrlList on hostile input", () => {
  it("drops tens of thousands of unbalanced closing brackets after a link", () => {
    const { urls } = parseUrlList(`see https://news.example/story${")".repeat(50_000)}`);
    expect(urls).toEqual(["https://news.example/story"]);
  });
});
