import { describe, expect, it } from "vitest";
import { numberItems } from "./item-numbers";

describe("numberItems", () => {
  // The analysis's order: most important first, the two sides interleaved.
  const items = [
    { id: "entity:a:china", missingFrom: "a" as const },
    { id: "quote:b:final", missingFrom: "b" as const },
    { id: "passage:a:trade", missingFrom: "a" as const },
    { id: "entity:b:shipyard", missingFrom: "b" as const },
    { id: "number:a:40", missingFrom: "a" as const },
  ];

  it("numbers what B leaves out first, then runs on through A's, each side by rank", () => {
    expect([...numberItems(items)]).toEqual([
      ["quote:b:final", 1],
      ["entity:b:shipyard", 2],
      ["entity:a:china", 3],
      ["passage:a:trade", 4],
      ["number:a:40", 5],
    ]);
  });

  it("gives no two items the same number, so 'item 3' names one item whichever side it is on", () => {
    const numbers = [...numberItems(items).values()];
    expect(new Set(numbers).size).toBe(items.length);
  });

  it("starts A's numbers after B's when B leaves nothing out", () => {
    expect(numberItems(items.filter((i) => i.missingFrom === "a")).get("entity:a:china")).toBe(1);
    expect(numberItems([])).toEqual(new Map());
  });
});
