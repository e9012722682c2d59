import { describe, expect, it } from "vitest";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "../compare/fixtures/blinken-motegi";
import { segmentBlocks } from "../text/segment";
import { alignPassages, type PassageAlignment } from "./align-passages";
import type { AlignParams } from "./params";

const passagesA = segmentBlocks(BLINKEN_MOTEGI_ANI.blocks);
const passagesB = segmentBlocks(BLINKEN_MOTEGI_REWRITE.blocks);

function run(params: Partial<AlignParams> = {}): PassageAlignment {
  return alignPassages(passagesA, passagesB, params);
}

const indexOf = (list: readonly { text: string }[], start: string) => list.findIndex((p) => p.text.startsWith(start));
const partnerOf = (r: PassageAlignment, a: number) => r.pairs.find((p) => p.a.includes(a));

const OPPOSE = indexOf(passagesA, "Blinken and Motegi said that both the countries will oppose");
const DETER = indexOf(passagesB, "It quoted sources familiar with the development");
const REAFFIRMED = indexOf(passagesB, "It added, that Yamazaki and Milley reaffirmed");
const MYANMAR_A = indexOf(passagesA, "The two leaders also discussed Myanmar and North Korea.");
const MYANMAR_B = indexOf(passagesB, "Blinken and Motegi also held talks about the military situation in Myanmar");

describe("alignPassages on the seed story", () => {
  it("finds the sentences the assertions are about", () => {
    expect(Math.min(OPPOSE, DETER, REAFFIRMED, MYANMAR_A, MYANMAR_B)).toBeGreaterThanOrEqual(0);
  });

  it("pairs the leaders' pledge with the other outlet's in-order report of it, not with the generals' stock phrase at the end", () => {
    const r = run();
    expect(partnerOf(r, OPPOSE)?.b).toEqual([DETER]);
    // Scored alone, the generals' sentence would win: the order prior is what decides.
    expect(partnerOf(run({ movedDiscount: 1 }), OPPOSE)?.b).toEqual([REAFFIRMED]);
  });

  it("pairs the Myanmar and North Korea sentences as a partial, moved pair when distinctive moved partials are kept", () => {
    const pair = partnerOf(run({ keepDistinctiveMovedPartials: true }), MYANMAR_A);
    expect(pair?.b).toEqual([MYANMAR_B]);
    expect(pair?.kind).toBe("partial");
    expect(pair?.moved).toBe(true);
  });

  it("gives every partial pair its graded similarity, never 0", () => {
    for (const params of [{}, { minMovedPartialScore: 0 }, { keepDistinctiveMovedPartials: true }]) {
      for (const p of run(params).pairs.filter((x) => x.kind === "partial")) expect(p.score).toBeGreaterThan(0.1);
    }
  });

  it("keeps the missing-China remark only in A and the three generals' sentence only in B", () => {
    for (const params of [{}, { keepDistinctiveMovedPartials: true }]) {
      const r = run(params);
      expect(r.onlyA.map((k) => passagesA[k]?.text)).toContain(
        "Surprisingly, in the US version of the meeting's readout, there was no mention of China in the State Department press release.",
      );
      expect(r.onlyB.some((k) => passagesB[k]?.text.includes("Gen. Won In-Choul"))).toBe(true);
    }
  });
});
