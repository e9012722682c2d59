import { describe, expect, it } from "vitest";
import { decodeFingerprints, decodeIds, decodeTerms, encodeFingerprints, encodeIds, encodeTerms } from "./vector-codec";

describe("index entry codecs", () => {
  it("round-trip a feature vector, sorted by term id, weights to float32 precision", () => {
    const decoded = decodeTerms(encodeTerms([{ termId: 9, weight: 1.5 }, { termId: 2, weight: 2.0794415 }, { termId: 70_000, weight: 0.5 }]));
    expect([...decoded.termIds]).toEqual([2, 9, 70_000]);
    expect(decoded.weights[0]).toBeCloseTo(2.0794415, 6);
    expect([...decoded.weights.slice(1)]).toEqual([1.5, 0.5]);
  });

  it("refuse a truncated vector instead of reading garbage", () => {
    const bytes = encodeTerms([{ termId: 1, weight: 1 }]);
    expect(() => decodeTerms(bytes.slice(0, bytes.length - 1))).toThrow(/Corrupt/);
  });

  it("round-trip id lists and 52-bit fingerprints exactly", () => {
    expect(decodeIds(encodeIds([3, 1, 2 ** 31 - 1]))).toEqual([3, 1, 2 ** 31 - 1]);
    const prints = [{ hash: 2 ** 52 - 1, passage: 0 }, { hash: 12345, passage: 41 }];
    expect(decodeFingerprints(encodeFingerprints(prints))).toEqual(prints);
  });
});
