import { describe, expect, it } from "vitest";
import { decodeFingerprints, decodeHashes, decodeTerms, encodeFingerprints, encodeHashes, encodeTerms } from "./vector-codec";

describe("index entry codecs", () => {
  it("round-trip a feature vector, sorted by hash, weights to float32 precision", () => {
    const decoded = decodeTerms(encodeTerms([{ hash: 9, weight: 1.5 }, { hash: 2, weight: 2.0794415 }, { hash: 2 ** 52 - 3, weight: 0.5 }]));
    expect([...decoded.hashes]).toEqual([2, 9, 2 ** 52 - 3]);
    expect(decoded.weights[0]).toBeCloseTo(2.0794415, 6);
    expect([...decoded.weights.slice(1)]).toEqual([1.5, 0.5]);
  });

  it("refuse a truncated vector instead of reading garbage", () => {
    const bytes = encodeTerms([{ hash: 1, weight: 1 }]);
    expect(() => decodeTerms(bytes.slice(0, bytes.length - 1))).toThrow(/Corrupt/);
  });

  it("merge two features that share a hash into one", () => {
    const decoded = decodeTerms(encodeTerms([{ hash: 5, weight: 1 }, { hash: 5, weight: 0.5 }]));
    expect([...decoded.hashes]).toEqual([5]);
    expect([...decoded.weights]).toEqual([1.5]);
  });

  it("round-trip hash lists and fingerprints exactly", () => {
    expect(decodeHashes(encodeHashes([3, 1, 2 ** 52 - 1]))).toEqual([3, 1, 2 ** 52 - 1]);
    const prints = [{ hash: 2 ** 52 - 1, passage: 0 }, { hash: 12345, passage: 41 }];
    expect(decodeFingerprints(encodeFingerprints(prints))).toEqual(prints);
  });
});
