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

describe("largestTextBlock and boxes the page names as chrome", () => {
  it("does not take a related-posts box for the article even when its teasers hold more text", () => {
    const teaser = "A teaser excerpt long enough to outweigh the short post above it, as blog related boxes often are.";
    const d = doc(`<html><body>
      <div id="post"><p>A short post of two paragraphs.</p><p>The second one says where the pieces come from.</p></div>
      <div id="related_posts"><p>${teaser}</p><p>${teaser}</p></div>
    </body></html>`);
    expect(largestTextBlock(d)?.getAttribute("id")).toBe("post");
  });

  it("still finds the article inside a wrapper whose class happens to name chrome", () => {
    const d = doc(`<html><body><div class="has-sidebar"><div id="story"><p>The story paragraph sits in a layout wrapper named after the sidebar.</p></div></div></body></html>`);
    expect(largestTextBlock(d)?.getAttribute("id")).toBe("story");
  });
});
