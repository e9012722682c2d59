import { describe, expect, it } from "vitest";
import { prepareSentence, scorePair } from "../similarity/score-pair";
import { diceUpperBound } from "./merges";

// Invented sentences: one outlet's single sentence, the other's two.
const SINGLE = "Duarte met Okonkwo in Lisbon on Monday and the two signed a gas supply deal worth 2 billion euros.";
const FIRST = "Duarte met Okonkwo in Lisbon on Monday.";
const SECOND = "The two did not sign the gas supply deal, worth 3 billion euros.";
const OTHER = "Heavy rain flooded several districts of Porto overnight.";

describe("diceUpperBound", () => {
  it("never falls below the score of the sentence against the joined pair, negations and changed figures included", () => {
    for (const [x, y] of [
      [FIRST, SECOND],
      [SECOND, FIRST],
      [FIRST, OTHER],
      [OTHER, SECOND],
    ] as const) {
      const bound = diceUpperBound(prepareSentence(SINGLE), prepareSentence(x), prepareSentence(y));
      expect(bound).toBeGreaterThanOrEqual(scorePair(SINGLE, `${x} ${y}`).score - 1e-9);
    }
  });

  it("is 0 when the sentence shares nothing with either neighbour", () => {
    expect(diceUpperBound(prepareSentence(OTHER), prepareSentence(FIRST), prepareSentence("Okonkwo left."))).toBe(0);
  });
});
