import { describe, expect, it } from "vitest";
import { alignPassages } from "./align-passages";
import { ArticleFeatures } from "./article-features";

// Invented reports of one event: a wire copy, a rewrite that joins two sentences and moves one, and an unrelated story.
const WIRE = [
  "Portuguese Foreign Minister Ana Duarte met her Nigerian counterpart Chidi Okonkwo in Lisbon on Monday.",
  "The two ministers signed a gas supply agreement worth 2 billion euros.",
  "Deliveries through the Sines terminal are due to start in March.",
  "Okonkwo said Nigeria would double its liquefied gas exports to Europe by 2027.",
  "Duarte called the deal a milestone for the energy security of southern Europe.",
];
const REWRITE = [
  "Deliveries through the Sines terminal are due to start in March.",
  "Ana Duarte, Portugal's foreign minister, met Nigeria's Chidi Okonkwo in Lisbon on Monday, and the two signed a gas supply agreement worth 2 billion euros.",
  "Okonkwo said Nigeria would double its liquefied gas exports to Europe by 2027.",
  "Duarte called the agreement a milestone for southern Europe's energy security.",
];
const OTHER = ["Heavy rain flooded several districts of Porto overnight.", "Firefighters evacuated 300 residents near the Douro."];

const texts = (list: readonly string[]) => list.map((text) => ({ text }));

describe("ArticleFeatures", () => {
  it("aligns an article kept across several comparisons, on either side, exactly as reading it afresh does", () => {
    const kept = { wire: new ArticleFeatures(WIRE), rewrite: new ArticleFeatures(REWRITE), other: new ArticleFeatures(OTHER) };
    const lists = { wire: WIRE, rewrite: REWRITE, other: OTHER };
    const names = ["wire", "rewrite", "other"] as const;
    for (let round = 0; round < 2; round++) {
      for (const x of names) {
        for (const y of names) {
          const fresh = alignPassages(texts(lists[x]), texts(lists[y]));
          expect(alignPassages(texts(lists[x]), texts(lists[y]), {}, { a: kept[x], b: kept[y] })).toEqual(fresh);
        }
      }
    }
    // The join the rewrite made is found through the kept article's merge candidates too.
    const r = alignPassages(texts(REWRITE), texts(WIRE), {}, { a: kept.rewrite, b: kept.wire });
    expect(r.pairs.find((p) => p.a[0] === 1)?.b).toEqual([0, 1]);
  });

  it("still honours the passage limit when the kept article is longer than it", () => {
    const kept = new ArticleFeatures(WIRE);
    const limited = alignPassages(texts(WIRE), texts(WIRE), { maxPassages: 2 }, { a: kept, b: kept });
    expect(limited).toEqual(alignPassages(texts(WIRE), texts(WIRE), { maxPassages: 2 }));
    expect(limited.notCompared).toEqual({ a: 3, b: 3 });
  });

  it("reads a passage pair as one sentence, joined by a space", () => {
    const kept = new ArticleFeatures(WIRE);
    expect(kept.joined(0).normalized).toBe(new ArticleFeatures([`${WIRE[0]} ${WIRE[1]}`]).passages[0]?.prepared.normalized);
  });
});
