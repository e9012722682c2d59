import { describe, expect, it } from "vitest";
import { decodeGramWeights, encodeGramWeights, fitGramWeights, gramWeights, gramWeightSums } from "./gram-weights";
import { gramsOf, prepareSentence } from "./prepare-sentence";

const A = "The central bank raised interest rates by half a point on Thursday.";
const B = "On Thursday the central bank lifted rates by half a percentage point.";

/** The sums by brute force: every distinct gram of each side, looked up in a plain map. */
function bruteForce(a: string, b: string, weights: Map<number, [number, number]>): { shared: number; unshared: number } {
  const ga = new Set(gramsOf(prepareSentence(a)));
  const gb = new Set(gramsOf(prepareSentence(b)));
  let shared = 0;
  let unshared = 0;
  for (const g of new Set([...ga, ...gb])) {
    const [s, u] = weights.get(g) ?? [0, 0];
    if (ga.has(g) && gb.has(g)) shared += s;
    else unshared += u;
  }
  return { shared, unshared };
}

describe("gram weights", () => {
  it("sums the weights of shared and one-sided grams exactly as a brute-force count does", () => {
    const all = [...new Set([...gramsOf(prepareSentence(A)), ...gramsOf(prepareSentence(B))])];
    // Every other gram gets weights; the rest are absent from the table (weigh 0).
    const kept = all.filter((_, i) => i % 2 === 0);
    const map = new Map<number, [number, number]>(kept.map((g, i) => [g, [((i % 7) - 3) / 10, ((i % 5) - 2) / 4]]));
    const table = gramWeights(Int32Array.from(kept), Float64Array.from(kept, (g) => map.get(g)![0]), Float64Array.from(kept, (g) => map.get(g)![1]));
    const sums = gramWeightSums(prepareSentence(A), prepareSentence(B), table);
    const expected = bruteForce(A, B, map);
    expect(sums.shared).toBeCloseTo(expected.shared, 9);
    expect(sums.unshared).toBeCloseTo(expected.unshared, 9);
  });

  it("learns that a word left over on one side signals a different report", () => {
    // Same reports, reworded; different reports add a denial on one side.
    const subjects = ["The minister", "The company", "The mayor", "The union", "The court", "The bank", "The club", "The army"];
    const pairs: [string, string][] = [];
    const labels: number[] = [];
    for (const s of subjects) {
      pairs.push([`${s} confirmed the plan on Monday.`, `On Monday ${s.toLowerCase()} confirmed the plan.`]);
      labels.push(1);
      pairs.push([`${s} confirmed the plan on Monday.`, `${s} denied the plan on Monday.`]);
      labels.push(0);
    }
    const table = fitGramWeights(pairs.map(([a, b]) => [gramsOf(prepareSentence(a)), gramsOf(prepareSentence(b))] as const), labels);
    const same = gramWeightSums(prepareSentence("The police confirmed the plan on Monday."), prepareSentence("On Monday the police confirmed the plan."), table);
    const denied = gramWeightSums(prepareSentence("The police confirmed the plan on Monday."), prepareSentence("The police denied the plan on Monday."), table);
    expect(denied.unshared).toBeLessThan(same.unshared);
  });

  it("fits deterministically and survives its text encoding", () => {
    const pairs = [
      [A, B],
      [A, "The central bank left rates unchanged on Thursday."],
      [B, "Rates went up by half a point, the central bank said."],
    ].map(([a, b]) => [gramsOf(prepareSentence(a!)), gramsOf(prepareSentence(b!))] as const);
    const first = fitGramWeights(pairs, [1, 0, 1]);
    const second = fitGramWeights(pairs, [1, 0, 1]);
    expect(encodeGramWeights(second)).toBe(encodeGramWeights(first));
    const decoded = decodeGramWeights(encodeGramWeights(first));
    const a = prepareSentence(A);
    const b = prepareSentence("The central bank raised rates on Thursday.");
    const original = gramWeightSums(a, b, first);
    const restored = gramWeightSums(prepareSentence(A), prepareSentence("The central bank raised rates on Thursday."), decoded);
    expect(restored.shared).toBeCloseTo(original.shared, 9);
    expect(restored.unshared).toBeCloseTo(original.unshared, 9);
    expect(original.shared).not.toBe(0);
  });
});
