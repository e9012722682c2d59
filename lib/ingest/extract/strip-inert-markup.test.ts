import { describe, expect, it } from "vitest";
import { stripInertMarkup } from "./strip-inert-markup";

describe("stripInertMarkup", () => {
  it("drops comments, styles, drawings and scripts but not the text around them", () => {
    const html = `<p>One<!-- tracking --> two</p><style>p{color:red}</style><svg viewBox="0 0 1 1"><path d="M0"/></svg><script>var a = "<p>not text</p>";</script><p>three</p>`;
    expect(stripInertMarkup(html)).toBe("<p>One two</p><p>three</p>");
  });

  it("keeps JSON-LD and HTML template scripts, which hold metadata and article bodies", () => {
    const html = `<script type="application/ld+json">{"headline":"A"}</script><script type='text/x-template'><p>Body</p></script><SCRIPT src="x.js"></SCRIPT>`;
    expect(stripInertMarkup(html)).toBe(`<script type="application/ld+json">{"headline":"A"}</script><script type='text/x-template'><p>Body</p></script>`);
  });

  it("reads <!--> as a whole empty comment, as browsers do, so the tag after it survives", () => {
    expect(stripInertMarkup(`<!--[if gt IE 8]><!--> <html class="js"> <!--<![endif]-->`)).toBe(` <html class="js"> `);
  });

  it("keeps noscript content for the DOM pass to judge", () => {
    expect(stripInertMarkup("<noscript><p>Article</p></noscript>")).toBe("<noscript><p>Article</p></noscript>");
  });
});
