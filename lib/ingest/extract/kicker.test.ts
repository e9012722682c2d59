import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { isKicker } from "./kicker";

const paragraphs = [
  "Dev Rao, general secretary of the Rail Workers' Union, said the union had warned about worn rails on the curve in a letter to Northline Rail in March.",
  "On Thursday a Northline Rail train bound for Danbury came off the rails at Harrow Bend, outside Kessingford, and seven people died.",
  "By the afternoon the transport minister, Ruth Okafor, had quit, saying the families deserved a minister who was not part of the story.",
  "It was a graceful exit, but it was also an admission: for two years her department had frozen the money that pays for track renewal.",
];

const analysisPage = (kicker: string, title: string) => `<!doctype html><html><head><title>${title} — The Ledger Review</title>
<meta property="og:title" content="${title}"></head><body><article>
<p class="kicker">${kicker}</p>
<h1>The Kessingford crash and the cost of a maintenance freeze</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article></body></html>`;

describe("kickers", () => {
  it("drops the label above the headline, so it is never compared as a passage", () => {
    for (const kicker of ["Analysis", "Opinion", "Exclusive", "Live"]) {
      const article = extractArticle(analysisPage(kicker, "The Kessingford crash and the cost of a maintenance freeze"));
      expect(article.blocks[0]?.text).toBe(paragraphs[0]);
      expect(article.blocks.map((b) => b.text)).not.toContain(kicker);
    }
    // A label the list does not know, that the page's title opens with.
    const titled = extractArticle(analysisPage("Rail Safety", "Rail Safety: The Kessingford crash and the cost of a maintenance freeze"));
    expect(titled.blocks[0]?.text).toBe(paragraphs[0]);
  });

  it("keeps a short first line that says something", () => {
    expect(isKicker("Seven dead.", null)).toBe(false);
    expect(isKicker("Analysis of the rail budget shows deep cuts", null)).toBe(false);
    expect(isKicker("Kessingford", "Kessingford train crash kills seven")).toBe(false);
    expect(isKicker("Opinion", null)).toBe(true);
  });
});
