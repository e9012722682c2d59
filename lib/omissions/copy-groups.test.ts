import { describe, expect, it } from "vitest";
import type { Passage } from "../text/types";
import type { CoverageSource } from "./coverage";
import { containment, groupCopies } from "./copy-groups";
import { UnionFind } from "./union-find";

function source(id: string, sentences: string[]): CoverageSource {
  const passages: Passage[] = sentences.map((text, index) => ({ index, paragraph: index, role: "body", text, start: 0, end: 0 }));
  return { id, label: id, passages };
}

const WIRE = [
  "Japan and the United States agreed on Sunday to deepen cooperation on security in the region.",
  "The two ministers also discussed the situation in the Taiwan Strait and the East China Sea.",
  "They said they would meet again before the end of the year in Washington.",
];

describe("groupCopies", () => {
  it("groups a reprint and a trimmed reprint of one wire story, and keeps an independent report apart", () => {
    const sources = [
      source("agency", WIRE),
      source("own report", ["Tokyo and Washington pledged closer defence ties at talks on Sunday, officials said.", "China was the focus."]),
      source("reprint", WIRE),
      source("trimmed reprint", WIRE.slice(0, 2)),
    ];
    expect(groupCopies(sources)).toEqual([0, 1, 0, 0]);
  });

  it("measures containment against the smaller set, so a trimmed copy still counts as one", () => {
    expect(containment(new Set(["a", "b"]), new Set(["a", "b", "c", "d"]))).toBe(1);
    expect(containment(new Set(["a", "x"]), new Set(["a", "b", "c"]))).toBe(0.5);
    expect(containment(new Set(), new Set(["a"]))).toBe(0);
  });
});

describe("UnionFind", () => {
  it("joins sets transitively, the smallest member as root", () => {
    const uf = new UnionFind(5);
    uf.union(3, 4);
    uf.union(4, 1);
    expect([0, 1, 2, 3, 4].map((i) => uf.find(i))).toEqual([0, 1, 2, 1, 1]);
  });
});
