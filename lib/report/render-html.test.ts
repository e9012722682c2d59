import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { emptyComparison, HOSTILE_IMG, HOSTILE_SCRIPT, sampleComparison } from "./fixtures/sample-comparison";
import { dismissAll, sampleReviews } from "./fixtures/sample-reviews";
import { groupedStory, groupedStoryChinaDismissed } from "./fixtures/grouped-story";
import { oneArticleStory, thirtyArticleStory } from "./fixtures/sample-story";
import { renderHtml } from "./render-html";

const meta = { generatedAt: "2026-11-22T10:00:00Z" };
const html = (hideDismissed = false) => renderHtml(buildComparisonReport(sampleComparison(), sampleReviews(), { ...meta, hideDismissed }));
const dom = (text: string) => parseHTML(text).document;

/** Everything a browser could execute or fetch. */
function activeContent(document: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(document.querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    if (["script", "img", "iframe", "object", "embed", "link", "base", "form"].includes(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith("on") || attr.name === "src" || attr.name === "srcset") found.push(`${tag}[${attr.name}]`);
    }
  }
  for (const a of Array.from(document.querySelectorAll("a[href]"))) {
    const href = a.getAttribute("href") ?? "";
    if (!/^https?:\/\//.test(href)) found.push(`a[href=${href}]`);
  }
  return found;
}

describe("renderHtml (comparison)", () => {
  it("is one self-contained page: inline styles, no script, nothing fetched", () => {
    const page = html();
    const document = dom(page);
    expect(document.querySelectorAll("style")).toHaveLength(1);
    expect(page).not.toMatch(/@import|url\(/);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain("default-src 'none'");
    expect(page).toContain("@media print");
    expect(activeContent(document)).toEqual([]);
  });

  it("escapes hostile article text and shows it as text", () => {
    const page = html();
    const document = dom(page);
    expect(activeContent(document)).toEqual([]);
    expect(document.body.textContent).toContain(HOSTILE_SCRIPT);
    expect(document.body.textContent).toContain(HOSTILE_IMG);
    expect(document.title).toBe("Comparison: Wire Service vs Second Report");
  });

  it("never turns a javascript: source URL into a link", () => {
    const document = dom(html());
    const hrefs = Array.from(document.querySelectorAll("a")).map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["https://wire.example/news/2021/05/04/ministers?id=1&x=%3Cb%3E"]);
    expect(document.body.textContent).toContain("javascript:alert(document.cookie) (not linked: not a web address)");
  });

  it("marks differences with struck-through and underlined text, explained in a legend", () => {
    const document = dom(html());
    const removed = Array.from(document.querySelectorAll("del")).map((d) => d.textContent);
    const added = Array.from(document.querySelectorAll("ins")).map((d) => d.textContent);
    expect(removed).toContain("a meeting");
    expect(added).toContain("talks");
    expect(document.querySelector(".legend")?.textContent).toContain("struck through = only in A (Wire Service)");
    const css = document.querySelector("style")!.textContent;
    expect(css).toMatch(/del \{[^}]*line-through/);
    expect(css).toMatch(/ins \{[^}]*underline[^}]*bold/);
  });

  it("shows items with importance in words, reasons, one numbering and written-out review status", () => {
    const document = dom(html());
    const items = Array.from(document.querySelectorAll("ol.flags li")).map((li) => li.textContent ?? "");
    expect(items[0]).toMatch(/^High Name “Ostrava Shipyards” — in Wire Service's headline and lede/);
    expect(Array.from(document.querySelectorAll("ol.flags li")).map((li) => li.getAttribute("value"))).toEqual(["1", "2", "3", "4"]);
    expect(document.body.textContent).not.toMatch(/severity/);
    expect(items[0]).toContain("Review: confirmed — Checked: B never names the yard <b>at all</b>");
    expect(items[2]).toContain("Review: dismissed");
    // Who reviewed it and when.
    expect(items.find((text) => text.includes("Ask the desk"))).toContain("Review: needs check (alice, 2026-12-04 21:04 UTC) — Ask the desk");
  });

  it("hides dismissed flags when asked", () => {
    const document = dom(html(true));
    const items = Array.from(document.querySelectorAll("ol.flags li")).map((li) => li.textContent ?? "");
    expect(items).toHaveLength(3);
    expect(items.join(" ")).not.toContain("dismissed");
    expect(document.body.textContent).toContain("1 dismissed item hidden");
  });

  it("says so when all flags were dismissed, and renders an empty comparison", () => {
    const comparison = sampleComparison();
    const allDismissed = dom(renderHtml(buildComparisonReport(comparison, dismissAll(comparison.omissions.map((o) => o.key)), { ...meta, hideDismissed: true })));
    expect(allDismissed.body.textContent).toContain("All items were dismissed by the analyst.");
    const empty = dom(renderHtml(buildComparisonReport(emptyComparison(), new Map(), meta)));
    expect(empty.body.textContent).toContain("No omissions were flagged.");
    expect(empty.body.textContent).toContain("No passages were matched.");
  });
});

describe("renderHtml (story)", () => {
  it("renders one article", () => {
    const document = dom(renderHtml(buildStoryReport(oneArticleStory())));
    expect(document.querySelector("h1")?.textContent).toBe("Story: Harbour strike");
    expect(document.querySelectorAll("tbody")[0]!.querySelectorAll("tr")).toHaveLength(1);
  });

  it("renders thirty articles, the coverage matrix and the comparison, all escaped", () => {
    const document = dom(renderHtml(buildStoryReport(thirtyArticleStory())));
    const [articles, coverage] = Array.from(document.querySelectorAll("table"));
    expect(articles!.querySelectorAll("tbody tr")).toHaveLength(30);
    expect(coverage!.querySelectorAll("thead th")).toHaveLength(31);
    expect(coverage!.querySelector("tbody tr")!.querySelectorAll("td")).toHaveLength(30);
    expect(activeContent(document)).toEqual([]);
    expect(document.querySelectorAll("a[href]")).toHaveLength(30);
    expect(Array.from(document.querySelectorAll("h2")).map((h) => h.textContent)).toContain("Comparison: Wire Service vs Second Report");
  });
});

describe("renderHtml (story items)", () => {
  it("lists the items the story page shows, numbered as there, and says how many dismissed ones it hides", () => {
    const all = dom(renderHtml(buildStoryReport(groupedStory())));
    // The story has no comparison here, so every numbered list is the story's.
    const numbers = (document: Document) => Array.from(document.querySelectorAll("ol.flags > li")).map((li) => Number(li.getAttribute("value")));
    expect(numbers(all)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(all.querySelector("ol.flags > li")!.textContent).toMatch(/^High Name “China” mentioned by 3 of 4 sources.*Grouped with it: Passage “.+”; Passage “.+”; Passage “.+”$/);
    expect(Array.from(all.querySelectorAll("h3")).map((h) => h.textContent)).toContain("More (6)");

    const hidden = dom(renderHtml(buildStoryReport({ ...groupedStoryChinaDismissed(), hideDismissed: true })));
    // China (item 1) dismissed: the others keep the page's numbers.
    expect(numbers(hidden)).toEqual(Array.from({ length: 15 }, (_, i) => i + 2));
    expect(Array.from(hidden.querySelectorAll("p")).map((p) => p.textContent)).toContain("Omissions: 15 items (16 flags) (1 dismissed item hidden) (4 dismissed flags hidden)");
  });
});

describe("renderHtml (hostile outlet names)", () => {
  it("escapes the outlet name in the title, headings, legend and flags", () => {
    const comparison = sampleComparison();
    comparison.b.outlet = `${HOSTILE_IMG}</title><script>alert(2)</script>`;
    const page = renderHtml(buildComparisonReport(comparison, new Map(), meta));
    const document = dom(page);
    expect(activeContent(document)).toEqual([]);
    expect(document.title).toBe(`Comparison: Wire Service vs ${HOSTILE_IMG}</title><script>alert(2)</script>`);
  });
});
