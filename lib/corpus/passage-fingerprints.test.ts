import { describe, expect, it } from "vitest";
import { passageFingerprints, shingleHash, textFingerprints, winnow, SHINGLE_WORDS, WINNOW_WINDOW } from "./passage-fingerprints";

const sentence = "Union leader Marieke de Vries told reporters that the strike would go on until the port authority agreed to talks.";

describe("passage fingerprints", () => {
  it("are the same whatever the case, curly quotes or British spelling", () => {
    const plain = textFingerprints(`"We will not unload a single ship until the harbour authority talks to us," she said.`);
    const styled = textFingerprints(`“WE will not unload a single ship until the harbor authority talks to us,” she said.`);
    expect(styled).toEqual(plain);
  });

  it("share at least one fingerprint with any text that repeats a run of window + shingle − 1 words", () => {
    const run = sentence.split(" ").slice(2, 2 + WINNOW_WINDOW + SHINGLE_WORDS - 1).join(" ");
    const rewrite = `In a statement on Friday, ${run}, according to the union's website.`;
    const shared = textFingerprints(rewrite).filter((h) => textFingerprints(sentence).includes(h));
    expect(shared.length).toBeGreaterThan(0);
  });

  it("share nothing between unrelated sentences, and none for a passage under five words", () => {
    expect(textFingerprints("The volcano erupted near the fishing town late on Thursday night.").filter((h) => textFingerprints(sentence).includes(h))).toEqual([]);
    expect(textFingerprints("Talks resume Monday.")).toEqual([]);
  });

  it("keep the minimum of every window once, and the minimum of a sequence shorter than a window", () => {
    expect(winnow([5, 3, 9, 3, 7, 8, 1, 6], 4)).toEqual([3, 1]);
    expect(winnow([9, 4, 7], 8)).toEqual([4]);
  });

  it("hash to the same safe integers in every run", () => {
    const h = shingleHash("we will not unload a");
    expect(Number.isSafeInteger(h)).toBe(true);
    expect(h).toBeLessThan(2 ** 52);
    expect(shingleHash("we will not unload a")).toBe(h);
    expect(shingleHash("we will not unload b")).not.toBe(h);
    // All 52 bits are used: among a thousand shingles some reach the top bit, none pass 2^52.
    const many = Array.from({ length: 1000 }, (_, i) => shingleHash(`word${i} and some other words`));
    expect(Math.max(...many)).toBeGreaterThan(2 ** 51);
    expect(Math.max(...many)).toBeLessThan(2 ** 52);
    expect(new Set(many).size).toBe(1000);
  });

  it("name the passage each fingerprint comes from", () => {
    const prints = passageFingerprints([
      { index: 0, text: sentence },
      { index: 1, text: "Short one." },
      { index: 2, text: "Shipping lines said about forty vessels were queuing off the terminals on Tuesday." },
    ]);
    expect(new Set(prints.map((p) => p.passage))).toEqual(new Set([0, 2]));
  });
});
