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

describe("which of two copies is the original", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 11, d, 14, 5));
  const copy = (id: string, stored: number, publishedAt: Date | null, wordCount: number) => ({ id, contentHash: "wire-text", createdAt: at(stored), publishedAt, wordCount });

  it("is the one published first, even when it was stored after its reprint", () => {
    const reprint = copy("courier", 1, day(4), 340);
    const wire = copy("meridian", 2, day(3), 340);
    expect(copiesAfterOriginals([reprint, wire]).map((a) => a.id)).toEqual(["meridian", "courier"]);
  });

  it("is a dated one rather than an undated one, whose date is unknown", () => {
    const undated = copy("portal", 1, null, 340);
    const dated = copy("meridian", 2, day(3), 340);
    // Undated sorts first in the query: the group stands where its original does, the copy after it.
    expect(copiesAfterOriginals([undated, dated]).map((a) => a.id)).toEqual(["meridian", "portal"]);
  });

  it("is the one with more words when neither date tells (the copy adds nothing), then the one stored first", () => {
    const trimmed = copy("portal", 1, null, 320);
    const full = copy("meridian", 2, null, 341);
    expect(copiesAfterOriginals([trimmed, full], () => "one report").map((a) => a.id)).toEqual(["meridian", "portal"]);
    // The same day read from a page with the hour and one without: the day is all they tell.
    const sameDay = copy("courier", 3, new Date(Date.UTC(2026, 11, 3)), 341);
    expect(copiesAfterOriginals([sameDay, copy("meridian", 2, day(3), 341)]).map((a) => a.id)).toEqual(["meridian", "courier"]);
  });

  it("groups by the caller's groups of copies, keeping independent reports where they stood", () => {
    const ledger = { id: "ledger", contentHash: "ledger-text", createdAt: at(1), publishedAt: day(3), wordCount: 300 };
    const nearCopy = { id: "portal", contentHash: "portal-text", createdAt: at(2), publishedAt: null, wordCount: 338 };
    const wire = { id: "meridian", contentHash: "wire-text", createdAt: at(3), publishedAt: day(3), wordCount: 341 };
    const group = (a: { id: string }) => (a.id === "ledger" ? "ledger" : "wire");
    // By date the undated near-copy came first; it now follows the wire it copies.
    expect(copiesAfterOriginals([nearCopy, ledger, wire], group).map((a) => a.id)).toEqual(["ledger", "meridian", "portal"]);
  });
});
