import { describe, expect, it } from "vitest";
import { averageLinkClusters } from "./average-link";

describe("averageLinkClusters", () => {
  it("merges items whose similarity clears the threshold", () => {
    expect(averageLinkClusters(3, [{ a: 0, b: 1, score: 0.9 }], 0.5)).toEqual([0, 0, 2]);
  });

  it("does not chain A–B–C when A and C have nothing in common", () => {
    // Single-link would join all three through B; the mean over A–C pairs is too low.
    const edges = [
      { a: 0, b: 1, score: 0.6 },
      { a: 1, b: 2, score: 0.55 },
    ];
    const labels = averageLinkClusters(3, edges, 0.4);
    expect(labels[0]).toBe(labels[1]);
    expect(labels[2]).not.toBe(labels[0]);
  });

  it("joins a group when the article resembles all of its members", () => {
    const edges = [
      { a: 0, b: 1, score: 0.8 },
      { a: 0, b: 2, score: 0.5 },
      { a: 1, b: 2, score: 0.5 },
    ];
    expect(averageLinkClusters(3, edges, 0.4)).toEqual([0, 0, 0]);
  });
});
