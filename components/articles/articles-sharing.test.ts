import { describe, expect, it } from "vitest";
import { articlesSharingPassages } from "./articles-sharing";

const ap = { articleId: "ap", title: "Talks end", outlet: "AP" };
const courier = { articleId: "courier", title: "Talks end in Lisbon", outlet: "Courier" };
const gazette = { articleId: "gazette", title: "Lisbon", outlet: "Gazette" };

describe("articlesSharingPassages", () => {
  it("counts, for each other article, the passages of this one it carries, most first", () => {
    const summary = articlesSharingPassages([{ foundIn: [courier, ap] }, { foundIn: [ap] }, { foundIn: [ap, gazette] }]);
    expect(summary.map((s) => [s.outlet, s.passages])).toEqual([
      ["AP", 3],
      ["Courier", 1],
      ["Gazette", 1],
    ]);
  });

  it("counts an article once per passage, and nothing when no passage is carried elsewhere", () => {
    expect(articlesSharingPassages([{ foundIn: [ap, ap] }])[0]?.passages).toBe(1);
    expect(articlesSharingPassages([])).toEqual([]);
  });

  it("says a count may be short when a passage lists only the first of the articles carrying it, and not this one", () => {
    // The second passage is carried by 6 articles, of which the search lists 2: the Gazette may be among the other 4.
    const summary = articlesSharingPassages([{ foundIn: [ap, gazette], total: 2 }, { foundIn: [ap, courier], total: 6 }]);
    expect(summary.map((s) => [s.outlet, s.passages, s.atLeast])).toEqual([
      ["AP", 2, false],
      ["Gazette", 1, true],
      ["Courier", 1, false],
    ]);
  });
});
