import { describe, expect, it } from "vitest";
import { dateFactor, dayNumber } from "./date-proximity";

describe("dateFactor", () => {
  const day = (d: string) => dayNumber(d);

  it("keeps similarity in full inside the window and halves it every half-life beyond", () => {
    expect(dateFactor(day("2021-05-04"), day("2021-05-07"), 3, 3)).toBe(1);
    expect(dateFactor(day("2021-05-04"), day("2021-05-10"), 3, 3)).toBeCloseTo(0.5, 10);
    expect(dateFactor(day("2021-05-04"), day("2022-05-04"), 3, 3)).toBeLessThan(1e-30);
  });

  it("treats a timestamp as its day and an unknown date with the undated factor", () => {
    expect(dayNumber("2021-05-04T23:30:00Z")).toBe(dayNumber("2021-05-04"));
    expect(dayNumber("not a date")).toBeNull();
    expect(dateFactor(null, day("2021-05-04"), 3, 3, 0.55)).toBe(0.55);
  });
});
