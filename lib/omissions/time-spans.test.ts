import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { extractNumbers } from "./numbers";
import { compoundSpanValue, spansInWords } from "./time-spans";

/** The value each figure of a text is compared by when it is a span of time. */
const spans = (text: string) => extractNumbers(text).map((m) => m.equivalent ?? m.value);

describe("spans of time in one unit or another", () => {
  it("gives a number of days, weeks, months or years the span both units compare by", () => {
    expect(spans("The strike lasted 48 hours, then two days; the ban runs 30 months or two and a half years.")).toEqual([
      "2880min",
      "2880min",
      "30mo",
      "30mo",
    ]);
    expect(spans("a 14-day quarantine, two weeks at home")).toEqual(["20160min", "20160min"]);
    expect(spans("a three-year contract, 36 months in all")).toEqual(["36mo", "36mo"]);
  });

  it("keeps spans that are not exactly the same apart: twelve weeks is not three months, nor 365 days a year", () => {
    expect(spans("after twelve weeks")).not.toEqual(spans("after three months"));
    expect(spans("for 365 days")).not.toEqual(spans("for one year"));
    expect(spans("for 18 months")).not.toEqual(spans("for two years"));
  });

  it("reads 'two and a half years' as one figure, not a figure 2", () => {
    expect(extractNumbers("He was jailed for two and a half years.").map((m) => [m.value, m.surface])).toEqual([["2.5", "two and a half years"]]);
    expect(extractNumbers("Talks ran one and a half hours.").map((m) => [m.value, m.equivalent])).toEqual([["1.5", "90min"]]);
  });

  it("reads spans said in words alone, and no rate", () => {
    const worded = (text: string) => spansInWords(tokenize(text));
    expect(worded("in a year and a half, after half a year, for an hour and a half, a day later, one year on")).toEqual(["18mo", "6mo", "90min", "1440min", "12mo"]);
    // "One day" and "on a day" tell when, not how long.
    expect(worded("One day, crowds were told to gather; on a day of protest")).toEqual([]);
    expect(worded("the worst single-day loss")).toEqual(["1-day", "1440min"]);
    // "for the next decade and a half" gives "fifteen years" (180 months).
    expect(worded("screening for the next decade and a half, a century and a half ago")).toEqual(["180mo", "1800mo"]);
    expect(worded("$40,000 a year, twice a day, 3 a week, a yearlong inquiry")).toEqual([]);
  });

  it("reads a number joined to its unit as the span it says", () => {
    expect(compoundSpanValue("3-day")).toBe("4320min");
    expect(compoundSpanValue("24-month")).toBe("24mo");
    expect(compoundSpanValue("38-word")).toBeUndefined();
  });
});
