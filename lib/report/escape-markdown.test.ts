import { describe, expect, it } from "vitest";
import { escapeCell, escapeMarkdown, markInline } from "./escape-markdown";

describe("escapeMarkdown", () => {
  it("turns HTML into entities and link syntax into literal characters", () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe("&lt;img src=x onerror=alert(1)&gt;");
    expect(escapeMarkdown("![x](http://t.example/p.png)")).toBe("!\\[x\\](http://t.example/p.png)");
  });

  it("leaves a plain ampersand as written and escapes one that would start a character reference", () => {
    expect(escapeMarkdown("Hallorann Pike & Weatherby; AT&T")).toBe("Hallorann Pike & Weatherby; AT&T");
    expect(escapeMarkdown("written &lt;b&gt; and &#60; and &amp;")).toBe("written &amp;lt;b&amp;gt; and &amp;#60; and &amp;amp;");
  });

  it("leaves parentheses, braces and pipes as written outside tables", () => {
    expect(escapeMarkdown("NEW DELHI (ANI): {draft} a|b")).toBe("NEW DELHI (ANI): {draft} a|b");
    expect(escapeCell("a|b")).toBe("a\\|b");
  });

  it("keeps emphasis characters literal and lines on one line", () => {
    expect(escapeMarkdown("*not bold* _nor this_\nnext")).toBe("\\*not bold\\* \\_nor this\\_ next");
  });
});

describe("markInline", () => {
  it("keeps spaces outside the marker so the emphasis still opens and closes", () => {
    expect(markInline(" in June ", "**")).toBe(" **in June** ");
    expect(markInline("   ", "~~")).toBe(" ");
  });
});
