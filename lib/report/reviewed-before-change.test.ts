import { describe, expect, it } from "vitest";
import { reviewedBeforeTextChange, reviewedBeforeTextChangeNote } from "./reviewed-before-change";

const gazette = { id: "gaz", outlet: "Brackley Gazette", textChangedAt: new Date("2026-12-07T15:46:30Z") };
const herald = { id: "her", outlet: "Fenmore Herald", textChangedAt: null };

describe("a review made before an article's text changed", () => {
  it("is marked with the article whose text changed after the review, and when", () => {
    expect(reviewedBeforeTextChange(new Date("2026-12-07T09:12:00Z"), [herald, gazette])).toEqual({
      articleId: "gaz",
      outlet: "Brackley Gazette",
      changedAt: "2026-12-07T15:46:30.000Z",
    });
  });

  it("is not marked when it was saved after the change (a re-check of the new text), nor when no text changed", () => {
    expect(reviewedBeforeTextChange(new Date("2026-12-07T15:47:00Z"), [herald, gazette])).toBeUndefined();
    expect(reviewedBeforeTextChange("2026-12-01T08:00:00.000Z", [herald])).toBeUndefined();
  });

  it("names the latest change when both sides changed after the review: that is the text the reader sees now", () => {
    const heraldLater = { ...herald, textChangedAt: "2026-12-08T07:05:00.000Z" };
    expect(reviewedBeforeTextChange("2026-12-07T09:12:00.000Z", [gazette, heraldLater])?.outlet).toBe("Fenmore Herald");
  });

  it("reads as a sentence an analyst can act on, in UTC whatever the machine's zone", () => {
    expect(reviewedBeforeTextChangeNote({ outlet: "Brackley Gazette", changedAt: "2026-12-07T15:46:30.000Z" })).toBe(
      "Reviewed before Brackley Gazette's text changed (7 Dec 2026, 15:46 UTC)",
    );
  });
});
