import { describe, expect, it } from "vitest";
import { compareCodeUnits } from "./code-unit-order";

describe("compareCodeUnits", () => {
  it("orders by UTF-16 code units, as no locale would", () => {
    // en collation would give a, b, B, e, é, z; code units put capitals first and accents last.
    expect(["z", "é", "b", "B", "e", "a"].sort(compareCodeUnits)).toEqual(["B", "a", "b", "e", "z", "é"]);
  });

  it("treats equal strings as equal and orders flag keys field by field", () => {
    expect(compareCodeUnits("entity:b:kishi", "entity:b:kishi")).toBe(0);
    expect(["quote:a:1f", "entity:b:kishi", "entity:a:kishi"].sort(compareCodeUnits)).toEqual(["entity:a:kishi", "entity:b:kishi", "quote:a:1f"]);
  });
});
