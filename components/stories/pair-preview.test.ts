import { describe, expect, it } from "vitest";
import { analyseDocuments } from "@/lib/compare/analyse-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "@/lib/compare/fixtures/blinken-motegi";
import { pairPreview, PREVIEW_ITEMS } from "./pair-preview";

const comparison = analyseDocuments(BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE);
const labels = { a: "ANI", b: "Republic World" };

describe("pairPreview (a story of two reports)", () => {
  it("shows each side's first items in the comparison's order, and counts the rest", () => {
    const preview = pairPreview(comparison, labels, "/compare/x/y");
    expect(preview.sides.map((s) => [s.missingFrom, s.presentIn])).toEqual([
      ["Republic World", "ANI"],
      ["ANI", "Republic World"],
    ]);
    for (const [k, missingFrom] of (["b", "a"] as const).entries()) {
      const all = comparison.items.filter((i) => i.missingFrom === missingFrom);
      expect(preview.sides[k]?.items.map((i) => i.id)).toEqual(all.slice(0, PREVIEW_ITEMS).map((i) => i.id));
      expect(preview.sides[k]?.more).toBe(Math.max(0, all.length - PREVIEW_ITEMS));
    }
    // What the demo is about: ANI's remark that the US readout never mentions China is among what Republic World leaves out.
    expect(preview.sides[0]?.items.some((i) => /no mention of China/.test(i.title))).toBe(true);
  });

  it("leaves dismissed items out of the preview, the others keeping the compare page's numbers", () => {
    const first = comparison.items.find((i) => i.missingFrom === "b")!;
    const preview = pairPreview(comparison, labels, "/compare/x/y", (item) => item.id === first.id);
    expect(preview.sides[0]?.items.map((i) => i.id)).not.toContain(first.id);
    expect(preview.sides[0]?.items[0]?.number).toBe(2);
  });

  it("numbers the items as the compare page and the reports do: Republic World's gaps first, then ANI's on from them", () => {
    const preview = pairPreview(comparison, labels, "/compare/x/y");
    const missingFromB = comparison.items.filter((i) => i.missingFrom === "b").length;
    expect(preview.sides[0]?.items.map((i) => i.number)).toEqual(preview.sides[0]?.items.map((_, k) => k + 1));
    expect(preview.sides[1]?.items[0]?.number).toBe(missingFromB + 1);
  });
});
