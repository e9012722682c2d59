import { describe, expect, it } from "vitest";
import { integerRows } from "./sql-batches";

describe("integerRows", () => {
  it("writes rows of safe integers as literals", () => {
    expect(integerRows([[1, 2], [4503599627370495, 0], [-3, 7]]).sql).toBe("(1, 2), (4503599627370495, 0), (-3, 7)");
    expect(integerRows([[5]]).sql).toBe("(5)");
  });

  it("refuses anything else, so nothing but a number the index computed reaches the SQL text", () => {
    for (const bad of [1.5, Number.NaN, 2 ** 53, Infinity]) expect(() => integerRows([[1, 2], [3, bad]])).toThrow(/Not an integer/);
    expect(() => integerRows([[1, "2); DROP TABLE x; --" as unknown as number]])).toThrow(/Not an integer/);
  });
});
