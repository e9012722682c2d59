import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { extractNumbers } from "./numbers";
import { rateChangesInWords } from "./rate-changes";

const points = (text: string) => extractNumbers(text).map((m) => m.equivalent);
const inWords = (text: string) => rateChangesInWords(tokenize(text));

describe("a change in a rate", () => {
  it("reads basis points and percentage points as one change in points", () => {
    expect(points("The central bank lifted its policy rate by 50 basis points.")).toEqual(["0.5pp"]);
    expect(points("a 75bp increase")).toEqual(["0.75pp"]);
    expect(points("The bank raised rates 0.5 percentage point last week.")).toEqual(["0.5pp"]);
  });

  it("reads a percentage as points only when it changes a rate: a share of prices is no point", () => {
    expect(points("It announced a 0.5 per cent hike in its lending rate.")).toEqual(["0.5pp"]);
    expect(points("The lender cut its mortgage rates by 0.5%.")).toEqual(["0.5pp"]);
    expect(points("Bread prices saw a 5 per cent rise this year.")).toEqual([undefined]);
    // A rate's level is no change.
    expect(points("The lending rate now stands at 4.25%.")).toEqual([undefined]);
  });

  it("reads fractions of a point said in words, and no share of anything in them", () => {
    expect(inWords("The bank raised rates by a quarter of a percentage point.")).toEqual(["0.25pp"]);
    expect(inWords("It cut by half a percentage point, then by three-quarters of a point.")).toEqual(["0.5pp", "0.75pp"]);
    expect(inWords("a quarter-point cut, then a full percentage point")).toEqual(["0.25pp", "1pp"]);
    // A point in a debate, the half point of a match: no change.
    expect(inWords("She made a point at the half point of the debate.")).toEqual([]);
  });
});
