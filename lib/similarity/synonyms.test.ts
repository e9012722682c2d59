import { describe, expect, it } from "vitest";
import { FEATURE, pairFeatures } from "./pair-features";
import { prepareSentence, synonymsOf } from "./prepare-sentence";
import { synonymWeight } from "./synonyms";
import { stemGroups } from "../../scripts/build-synonym-stems";
import { SYNONYM_GROUPS } from "./synonym-data";
import { SYNONYM_STEM_GROUPS } from "./synonym-stem-data";

function matched(x: string, y: string): number {
  const a = prepareSentence(x);
  const b = prepareSentence(y);
  return synonymWeight(a, synonymsOf(a), b, synonymsOf(b));
}

describe("synonymWeight", () => {
  it("counts a left-over word whose synonym the other side uses as shared content", () => {
    const a = prepareSentence("The council delayed the vote on the housing plan.");
    const b = prepareSentence("The council postponed the ballot on the housing plan.");
    expect(synonymWeight(a, synonymsOf(a), b, synonymsOf(b))).toBeGreaterThan(0);
    // Every content word now has a counterpart (a synonym counts with the lighter of the two weights).
    const unrelated = prepareSentence("The council approved the budget on the housing plan.");
    expect(pairFeatures(a, b)[FEATURE.containmentMin]).toBeGreaterThan(0.9);
    expect(pairFeatures(a, unrelated)[FEATURE.containmentMin]).toBeLessThan(0.7);
  });

  it("matches nothing when the words differ in meaning, or are shared exactly already", () => {
    expect(matched("The council delayed the vote.", "The council approved the budget.")).toBe(0);
    expect(matched("The council delayed the vote.", "The council delayed the vote.")).toBe(0);
  });

  it("keeps names themselves: a different minister is not a synonym", () => {
    expect(matched("Motegi met Blinken in London.", "Motegi met Austin in London.")).toBe(0);
  });

  it("pairs each left-over word with at most one word of the other side", () => {
    const one = matched("The firm will buy the mill.", "The firm will purchase the mill.");
    const two = matched("The firm will buy and purchase the mill.", "The firm will purchase the mill.");
    expect(one).toBeGreaterThan(0);
    // "purchase" is shared exactly in the second pair, so "buy" has nothing left over to match.
    expect(two).toBe(0);
  });

  it("gives the same weight whichever side is A", () => {
    const x = "The council postponed the ballot and the debate on the budget.";
    const y = "The council delayed the vote on the budget.";
    expect(matched(x, y)).toBe(matched(y, x));
  });
});

describe("the stemmed synonym table", () => {
  it("is exactly synonym-data.ts stemmed, group for group (rebuild with scripts/build-synonym-stems.ts)", () => {
    expect(SYNONYM_STEM_GROUPS.split("\n")).toHaveLength(SYNONYM_GROUPS.split("\n").length);
    expect(SYNONYM_STEM_GROUPS).toBe(stemGroups(SYNONYM_GROUPS));
  });
});
