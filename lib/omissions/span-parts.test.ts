import { describe, expect, it } from "vitest";
import type { Alignment } from "../types/comparison";
import { wordDiff } from "../diff/word-diff";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { toRef } from "./fixtures/simple-align";
import { findOmissions } from "./find-omissions";
import { extractNumbers } from "./numbers";

describe("a span of time said in two units", () => {
  it("is one figure, valued in its last unit and compared by its length", () => {
    const [span] = extractNumbers("The inquiry took a year and seven months to report.");
    expect(span).toMatchObject({ value: "19", surface: "a year and seven", equivalent: "19mo" });
    const read = extractNumbers("Talks ran for two years and three months before the deal.");
    expect(read.map((m) => [m.value, m.equivalent])).toEqual([["27", "27mo"]]);
  });

  it("leaves two figures apart when the 'and' joins no span", () => {
    expect(extractNumbers("Five years and 20 people later, the mine reopened.").map((m) => m.value)).toEqual(["5", "20"]);
  });

  it("makes no conflict with the same length written in one unit", () => {
    // Invented reports of a settlement: A counts the months, B says a year and seven months.
    const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);
    const a = body("The county approved the settlement 19 months after the first lawsuit was filed.");
    const b = body("The county approved the settlement a year and seven months after the first lawsuit was filed.");
    const [pa, pb] = [a[0], b[0]];
    if (!pa || !pb) throw new Error("one passage each");
    const aligned: Alignment = { kind: "partial", score: 0.8, a: [toRef(pa)], b: [toRef(pb)], diff: wordDiff(pa.text, pb.text), moved: false };
    const flags = findOmissions({ a: { passages: a }, b: { passages: b }, alignments: [aligned], onlyA: [], onlyB: [] });
    expect(flags.filter((f) => f.kind === "number" || f.kind === "conflict")).toEqual([]);
  });
});
