import { describe, expect, it } from "vitest";
import { copiesAfterOriginals, firstComparison } from "./story-order";

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 9, minute));
const article = (id: string, contentHash: string, stored: number) => ({ id, contentHash, createdAt: at(stored) });

describe("the order of a story's articles", () => {
  // In the query's order (date, then stored): an undated copy sorts first, since a missing date comes first.
  const copy = article("harbour-times", "gazette-text", 9);
  const wire = article("meridian", "wire-text", 1);
  const gazette = article("gazette", "gazette-text", 3);
  const channel9 = article("channel9", "channel9-text", 5);
  const byDate = [copy, wire, gazette, channel9];

  it("puts a syndicated copy right after its original, never before it", () => {
    expect(copiesAfterOriginals(byDate).map((a) => a.id)).toEqual(["meridian", "gazette", "harbour-times", "channel9"]);
  });

  it("keeps the query's order when there are no copies", () => {
    expect(copiesAfterOriginals([wire, channel9, gazette]).map((a) => a.id)).toEqual(["meridian", "channel9", "gazette"]);
  });

  it("follows an original with its copies in the order they were stored", () => {
    const later = article("island-daily", "gazette-text", 12);
    expect(copiesAfterOriginals([later, copy, gazette]).map((a) => a.id)).toEqual(["gazette", "harbour-times", "island-daily"]);
  });

  it("opens the first comparison on two independent reports, not an original and its copy", () => {
    expect(firstComparison([gazette, copy, wire]).map((a) => a.id)).toEqual(["gazette", "meridian"]);
    expect(firstComparison(byDate).map((a) => a.id)).toEqual(["meridian", "gazette"]);
  });

  it("falls back on a copy when the story has a single independent report", () => {
    expect(firstComparison([copy, gazette]).map((a) => a.id)).toEqual(["gazette", "harbour-times"]);
    expect(firstComparison([gazette]).map((a) => a.id)).toEqual(["gazette"]);
  });
});
