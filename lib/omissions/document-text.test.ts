import { describe, expect, it } from "vitest";
import type { Passage } from "../text/types";
import { joinParagraphsUpTo, paragraphsOf, passagesIn } from "./document-text";

/** Passages of an article given as paragraphs of sentences (offsets are not read here). */
function passages(paragraphs: string[][]): Passage[] {
  let index = 0;
  return paragraphs.flatMap((sentences, paragraph) => sentences.map((text) => ({ index: index++, paragraph, role: "body" as const, text, start: 0, end: 0 })));
}

const article = passages([
  ["Attorney General Richard Blumenthal spoke first.", "He was brief."],
  ["“We will look into it,” the attorney general said."],
  ["Lis Smith, a spokeswoman for the campaign, declined to comment."],
]);

describe("paragraphsOf", () => {
  it("lays a paragraph's sentences end to end and remembers each one's span", () => {
    const [first, second] = paragraphsOf(article);
    expect(first?.text).toBe("Attorney General Richard Blumenthal spoke first. He was brief.");
    expect(second?.previous).toBe(first);
    expect(passagesIn(first!, first!.text.indexOf("He was"), first!.text.length)).toEqual([1]);
  });
});

describe("joinParagraphsUpTo", () => {
  it("joins the paragraphs up to the one given by blank lines, each at its start", () => {
    const paragraphs = paragraphsOf(article);
    const joined = joinParagraphsUpTo(paragraphs[1]);
    expect(joined.paragraphs).toEqual(paragraphs.slice(0, 2));
    expect(joined.text).toBe(`${paragraphs[0]?.text}\n\n${paragraphs[1]?.text}`);
    for (const p of joined.paragraphs) {
      const start = joined.starts.get(p) as number;
      expect(joined.text.slice(start, start + p.text.length)).toBe(p.text);
    }
    expect(joined.starts.has(paragraphs[2]!)).toBe(false);
  });

  it("is empty without a paragraph", () => {
    expect(joinParagraphsUpTo(undefined)).toEqual({ paragraphs: [], starts: new Map(), text: "" });
  });
});
