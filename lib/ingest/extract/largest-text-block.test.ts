import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { largestTextBlock } from "./largest-text-block";

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

describe("largestTextBlock", () => {
  it("picks the container whose own paragraphs hold the most text", () => {
    const d = doc(`<html><body>
      <div id="teaser"><p>A short teaser paragraph about another story.</p></div>
      <div id="story"><p>The first paragraph of the story, long enough to matter for the count.</p><p>The second paragraph adds more text to the same container.</p></div>
    </body></html>`);
    expect(largestTextBlock(d)?.getAttribute("id")).toBe("story");
  });

  it("does not count lists of links such as archives or menus", () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Archive month number ${i}</a></li>`).join("");
    const d = doc(`<html><body><div id="archive"><ul>${links}</ul></div><div id="post">Plain text of a short post written straight into a div, with no paragraph tags at all.</div></body></html>`);
    expect(largestTextBlock(d)?.getAttribute("id")).toBe("post");
  });
});
