import { describe, expect, it } from "vitest";
import { extractNumbers, isFigure } from "./numbers";

const figures = (text: string) => extractNumbers(text).filter(isFigure).map((m) => m.surface);

describe("numbers in compounds that name a kind of thing", () => {
  it("are no figures: an idiom, an ordinal joined to a word, a body's size, a security's span", () => {
    expect(figures("a one-off payment and second-round talks")).toEqual([]);
    expect(figures("The nine-member board and the 27-nation bloc backed a two-state solution.")).toEqual([]);
    expect(figures("The 30-year Treasury bond yield rose.")).toEqual([]);
  });

  it("leave figures of time and measure, and counts of things, as they were", () => {
    expect(figures("a three-hour meeting about a 12-count indictment and a 43-year-old man")).toEqual(["three-hour", "12-count", "43-year-old"]);
    expect(figures("The yield hit a 30-year high.")).toEqual(["30-year"]);
  });
});
