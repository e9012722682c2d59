import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS, checkPastedText, countWords, looksBinary } from "./input-guards";

describe("checkPastedText", () => {
  it("rejects empty and whitespace-only text", () => {
    expect(checkPastedText("   \n\t ")?.code).toBe("empty");
  });

  it("rejects text over the size limit and says what the limit is", () => {
    const problem = checkPastedText("a".repeat(MAX_TEXT_CHARS + 1));
    expect(problem?.code).toBe("too_large");
    expect(problem?.message).toContain("1,500,000");
  });

  it("rejects binary junk such as a PDF's or image's bytes decoded as text", () => {
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 37) % 32)).join("");
    expect(checkPastedText(junk)?.code).toBe("binary");
    expect(looksBinary("%PDF-1.7\u0000\u0001\u0002")).toBe(true);
  });

  it("reads a long text with a stray NUL, or padded with NULs at its end, as text; NULs in bulk as binary", () => {
    const article = "The council met on Tuesday and approved the budget for the new bridge. ".repeat(40);
    expect(checkPastedText(`${article.slice(0, 900)}\u0000${article.slice(900)}`)).toBeNull();
    expect(checkPastedText(`${article}${"\u0000".repeat(5000)}`)).toBeNull();
    expect(checkPastedText(article.replaceAll(". ", ".\u0000 "))?.code).toBe("binary");
    expect(checkPastedText("\u0000".repeat(100))?.code).toBe("binary");
  });

  it("accepts ordinary article text, including non-Latin scripts", () => {
    expect(checkPastedText("Japan and the US agreed. 日本と米国は合意した。")).toBeNull();
  });
});

describe("countWords", () => {
  it("counts the words of Chinese and Japanese, which have no spaces between them", () => {
    expect(countWords("両外相はロンドンで会談した。")).toBe(7);
    expect(countWords("中国外交部发言人周三表示")).toBe(6);
    expect(countWords("Kindle for PCの起動")).toBe(5);
  });

  it("counts words with inner punctuation once", () => {
    expect(countWords("U.S. Secretary Blinken's three-day trip")).toBe(5);
  });
});
