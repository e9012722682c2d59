import { describe, expect, it } from "vitest";
import { coverageItems } from "./coverage-items";

describe("coverageItems", () => {
  it("makes one item per omission, in the order of its first flag, led by the flag whose key it bears", () => {
    const flags = [
      { key: "passage:x", item: "entity:china" },
      { key: "entity:china", item: "entity:china" },
      { key: "entity:korea", item: "entity:korea" },
      { key: "passage:y", item: "entity:china" },
      { key: "passage:z" },
    ];
    expect(coverageItems(flags).map(({ id, number, lead, others }) => [number, id, lead.key, others.map((f) => f.key)])).toEqual([
      [1, "entity:china", "entity:china", ["passage:x", "passage:y"]],
      [2, "entity:korea", "entity:korea", []],
      // A flag that names no item (a coverage from before items) is an item alone.
      [3, "passage:z", "passage:z", []],
    ]);
  });
});
