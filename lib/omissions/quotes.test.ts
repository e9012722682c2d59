import { describe, expect, it } from "vitest";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { attributionWindow, extractQuotes, isQuotedTitle, quoteSpans } from "./quotes";

const spans = (text: string) => quoteSpans(text).map((s) => text.slice(s.start, s.end));

describe("quoteSpans", () => {
  it("reads smart, straight and mixed quotation marks", () => {
    expect(spans("“We agreed,” he said.")).toEqual(["We agreed,"]);
    expect(spans('"We agreed," he said.')).toEqual(["We agreed,"]);
    expect(spans("“We agreed,\" he said.")).toEqual(["We agreed,"]);
  });

  it("keeps nested quotes inside their parent", () => {
    expect(spans("“He called it ‘ironclad’ support,” she said.")).toEqual(["He called it ‘ironclad’ support,"]);
    expect(spans('"He called it "ironclad" support," she said.')).toEqual(['He called it "ironclad" support,']);
  });

  it("reads single-quoted headline quotes without mistaking apostrophes", () => {
    expect(spans("Japan’s ‘ironclad’ ally and China’s navy")).toEqual(["ironclad"]);
  });

  it("lets a quote left open run to the end of its paragraph", () => {
    const [span] = quoteSpans("He said: “We will not give up. We never have.");
    expect(span?.unclosed).toBe(true);
  });

  it("takes a closing mark with no opener as a quote continued from the paragraph start", () => {
    expect(spans("we will stand together,” the minister said.")).toEqual(["we will stand together,"]);
  });
});

describe("extractQuotes", () => {
  it("maps a quote that spans sentences to all its passages, and finds its attribution", () => {
    const passages = passagesFromBlocks([{ role: "body", text: "“We met. We agreed on everything,” the minister told reporters. Then he left." }]);
    const [q] = extractQuotes(passages);
    expect(q?.text).toBe("We met. We agreed on everything");
    expect(q?.passages).toEqual([0, 1]);
    expect(q && attributionWindow(q)).toContain("the minister told");
  });
});

describe("isQuotedTitle", () => {
  it("knows programme, book and slogan titles", () => {
    for (const title of ["Fox News Sunday", "This Week", "Meet the Press", "Atlas Shrugged", "Make America Great Again"]) expect(isQuotedTitle(title)).toBe(true);
  });

  it("leaves what people said alone, one capitalised word included", () => {
    for (const said of ["Unacceptable", "We need a chairman who's focused", "Cancel the Putin meeting. Now", "Mr. President, Resign", "wildly inaccurate"]) {
      expect(isQuotedTitle(said)).toBe(false);
    }
  });
});
