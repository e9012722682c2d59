import { describe, expect, it } from "vitest";
import { prepareSentence, scorePair } from "../similarity/score-pair";
import { alignPassages } from "./align-passages";
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

// Invented report of a water utility's late warning: one outlet's delay sentence, the other's in other words.
const DELAY = "Harlow Water found the leak at its Elmdon reservoir on 3 March but did not warn households for more than five weeks.";
const LATE_WARNING = "Harlow Water found the leak at its Elmdon reservoir on 3 March but did not warn households until 9 April, more than five weeks later.";
const RULE = "Regulators say utilities must alert customers within seven days of finding contamination.";
const RULE_REWORDED = "Utilities are required by regulators to tell customers within seven days of finding contamination.";

describe("one-to-two merges in alignPassages", () => {
  it("does not glue on a neighbouring sentence that only names the same company", () => {
    const other = [
      { text: "Harlow Water says tests showed no bacteria in the tap water of nearby homes." },
      { text: "The utility spotted the leak on 3 March and alerted households five weeks later." },
      { text: RULE_REWORDED },
    ];
    const r = alignPassages([{ text: DELAY }, { text: RULE }], other);
    // Joined, the two score higher than the delay sentence alone (the name "Harlow Water" is shared), yet the first
    // reports nothing of the delay: it stays a passage of its own, and the delay pair keeps its one-to-one verdict.
    expect(scorePair(DELAY, `${other[0]?.text} ${other[1]?.text}`).score).toBeGreaterThan(scorePair(DELAY, other[1]?.text ?? "").score + 0.08);
    expect(r.pairs.find((p) => p.a[0] === 0)?.b).toEqual([1]);
    expect(r.pairs.find((p) => p.a[0] === 0)?.score).toBe(scorePair(DELAY, other[1]?.text ?? "").score);
    expect(r.onlyB).toEqual([0]);
  });

  it("never merges a photo caption with body text, even one about the same fact", () => {
    const other = [
      { text: "Workers drain the Elmdon reservoir, where Harlow Water found the leak on 3 March", role: "caption" as const },
      { text: "The utility did not warn households until 9 April, more than five weeks later.", role: "body" as const },
      { text: RULE_REWORDED, role: "body" as const },
    ];
    const r = alignPassages([{ text: LATE_WARNING }, { text: RULE }], other);
    expect(r.pairs.find((p) => p.a[0] === 0)?.b).toEqual([1]);
    expect(r.onlyB).toEqual([0]);
    // The same two passages as body text are one sentence split in two, and merge.
    const asBody = alignPassages([{ text: LATE_WARNING }, { text: RULE }], other.map(({ text }) => ({ text })));
    expect(asBody.pairs.find((p) => p.a[0] === 0)?.b).toEqual([0, 1]);
  });
});
