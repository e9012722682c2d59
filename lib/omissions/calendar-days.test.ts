import { describe, expect, it } from "vitest";
import { extractNumbers, isFigure } from "./numbers";

const read = (text: string) => extractNumbers(text).map((m) => [m.value, m.kind]);

describe("days of a month", () => {
  it("reads a span of days however written as one date, and no figure", () => {
    const span = [["march 10-12", "date"]];
    expect(read("The summit runs Mar. 10-12.")).toEqual(span);
    expect(read("The summit runs March 10 to 12.")).toEqual(span);
    expect(read("The summit runs 10-12 March.")).toEqual(span);
    expect(read("The summit runs 10 to 12 March.")).toEqual(span);
    expect(extractNumbers("The summit runs March 10 to 12.").filter(isFigure)).toEqual([]);
  });

  it("reads a day before its month as the date another outlet writes after it", () => {
    expect(read("talks on 14 October")).toEqual(read("talks on Oct. 14"));
    // A count before a word that is no month stays a count.
    expect(read("14 officers")).toEqual([["14", "count"]]);
  });
});
