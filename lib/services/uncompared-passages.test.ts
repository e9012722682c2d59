import { describe, expect, it } from "vitest";
import { analyseDocuments } from "../compare/analyse-documents";
import type { ComparableDocument } from "../compare/types";
import { setAsideUncompared } from "./uncompared-passages";

const doc = (outlet: string, paragraphs: string[]): ComparableDocument => ({
  info: { title: `${outlet} report`, outlet },
  blocks: paragraphs.map((text) => ({ text, role: "body" as const })),
});

const shared = [
  "The northern harbour reopened to fishing boats on Monday after six weeks of repairs.",
  "Engineers raised the rebuilt wall and anchored it with steel piles driven into the bedrock.",
];
const ledger = doc("Ledger", [...shared, "Skippers queued from dawn to land their first catch since January.", "The market hall opened its doors to buyers at seven o'clock."]);
const courier = doc("Courier", [...shared, "Skippers queued from dawn to land their first catch since January."]);

describe("setAsideUncompared", () => {
  // A cap of 2 passages stands in for the 50,000 of real use.
  const capped = analyseDocuments(ledger, courier, { align: { maxPassages: 2 } });
  const { comparison, notCompared } = setAsideUncompared(capped, 2);

  it("does not report passages past the cap as found on one side only", () => {
    expect(capped.onlyA.some((r) => /Skippers queued/.test(r.text))).toBe(true);
    expect(comparison.onlyA).toEqual([]);
    expect(comparison.onlyB).toEqual([]);
    expect(comparison.stats).toMatchObject({ onlyA: 0, onlyB: 0, passagesA: 4, passagesB: 3 });
    expect(comparison.omissions.filter((f) => f.kind === "passage")).toEqual([]);
  });

  it("says how many passages of each side were not compared", () => {
    expect(notCompared).toEqual({ a: 2, b: 1, limit: 2 });
  });

  it("leaves a comparison within the cap untouched", () => {
    const full = analyseDocuments(ledger, courier);
    const result = setAsideUncompared(full);
    expect(result.notCompared).toBeNull();
    expect(result.comparison).toBe(full);
    expect(full.onlyA.map((r) => r.text)).toEqual(["The market hall opened its doors to buyers at seven o'clock."]);
  });
});
