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
});
