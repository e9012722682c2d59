import { describe, expect, it } from "vitest";
import { FACT_WEIGHT, tokenWeight, WORD_WEIGHT } from "./token-weight";

describe("tokenWeight", () => {
  it("weighs names, figures and acronyms above other content words, and function words and punctuation at nothing", () => {
    for (const fact of ["Motegi", "Xinjiang", "2021", "1,000", "3.5", "US", "U.S.", "G7", "NHK"]) expect(tokenWeight(fact)).toBe(FACT_WEIGHT);
    for (const word of ["talks", "agreed", "coercion", "two", "first"]) expect(tokenWeight(word)).toBe(WORD_WEIGHT);
    for (const none of ["the", "of", "said", "us", ",", "“", "—"]) expect(tokenWeight(none)).toBe(0);
  });

  it("keeps negations as content: a dropped 'not' must stay visible", () => {
    expect(tokenWeight("not")).toBeGreaterThan(0);
    expect(tokenWeight("never")).toBeGreaterThan(0);
  });
});
