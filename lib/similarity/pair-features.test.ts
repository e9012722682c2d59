import { describe, expect, it } from "vitest";
import { FEATURE, FEATURE_COUNT, pairFeatures } from "./pair-features";
import { prepareSentence } from "./prepare-sentence";

const features = (a: string, b: string) => pairFeatures(prepareSentence(a), prepareSentence(b));

describe("pairFeatures", () => {
  it("fills one value per feature and does not depend on which side is A", () => {
    const a = "The House voted 256-170 on Tuesday to approve the forest bill.";
    const b = "A few hours later, the House voted 256 to 170 to pass the Healthy Forest Restoration Act.";
    const x = features(a, b);
    expect(x).toHaveLength(FEATURE_COUNT);
    expect(x.every(Number.isFinite)).toBe(true);
    expect(features(b, a)).toEqual(x);
  });

  it("matches a hyphenated score with the same figures written apart", () => {
    const x = features("The House voted 256-170.", "The House voted 256 to 170.");
    expect(x[FEATURE.numbersUnshared]).toBe(0);
    expect(x[FEATURE.numbersConflict]).toBe(0);
  });

  it("tells a sentence covered by a longer one apart from two equal sentences", () => {
    const x = features("Duarte met Okonkwo in Lisbon.", "Duarte met Okonkwo in Lisbon to sign a gas supply deal worth 2 billion euros.");
    expect(x[FEATURE.containmentMax]).toBe(1);
    expect(x[FEATURE.containmentMin]).toBeLessThan(0.5);
    expect(x[FEATURE.unmatchedRunMax]).toBeGreaterThan(1);
  });

  it("flags a changed figure and a flipped negation", () => {
    const x = features("Prices rose 4 percent, and the bank did not act.", "Prices rose 6 percent, and the bank acted.");
    expect(x[FEATURE.numbersConflict]).toBe(1);
    expect(x[FEATURE.negationMismatch]).toBe(1);
  });

  it("counts a capitalised word missing from the other side as an unshared name", () => {
    expect(features("Talks were held with Motegi in London.", "Talks were held in London.")[FEATURE.namesUnshared]).toBe(1);
  });

  it("tells a direct quotation from reported speech, whatever the quote style", () => {
    const quoted = "\u201cWe will not raise taxes,\u201d the minister said.";
    expect(features(quoted, "The minister said they would not raise taxes.")[FEATURE.quoteMismatch]).toBe(1);
    expect(features(quoted, '"We will not raise taxes," the minister said on radio.')[FEATURE.quoteMismatch]).toBe(0);
  });

  it("flags days of the week that differ, not a day named on one side only", () => {
    expect(features("The talks resumed on Tuesday.", "The talks resumed on Wednesday.")[FEATURE.weekdayMismatch]).toBe(1);
    expect(features("The talks resumed on Tuesday.", "The talks resumed on Tuesday in Geneva.")[FEATURE.weekdayMismatch]).toBe(0);
    expect(features("The talks resumed on Tuesday.", "The talks resumed yesterday.")[FEATURE.weekdayMismatch]).toBe(0);
  });
});
