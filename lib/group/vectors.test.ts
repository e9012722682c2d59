import { describe, expect, it } from "vitest";
import { SYNTHETIC_EVENTS } from "./fixtures/synthetic-events";
import { prepareCollection, resolveParams } from "./group-articles";
import { cosine } from "./vectors";

/** Unrelated filler articles made of invented words, so they share nothing with the fixtures but the collection grows. */
function filler(count: number): Array<{ title: string; text: string }> {
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 60 }, (_, k) => `zorb${(i * 7 + k * 13) % 400}`);
    return { title: words.slice(0, 5).join(" "), text: words.join(" ") };
  });
}

describe("TF-IDF with the smoothed IDF", () => {
  const params = resolveParams();
  const pair = SYNTHETIC_EVENTS.filter((d) => d.event === "strike").slice(0, 2);

  it("scores the same two articles about the same in a small and a large collection", () => {
    const small = prepareCollection(pair, params).vectors;
    const large = prepareCollection([...pair, ...filler(500)], params).vectors;
    const before = cosine(small[0]!, small[1]!);
    const after = cosine(large[0]!, large[1]!);
    expect(before).toBeGreaterThan(params.mergeThreshold);
    expect(Math.abs(after - before) / before).toBeLessThan(0.1);
  });

  it("gives unit-length vectors and a cosine of 1 with itself", () => {
    const [v] = prepareCollection([pair[0]!, pair[0]!], params).vectors;
    expect(cosine(v!, v!)).toBeCloseTo(1, 10);
  });
});
