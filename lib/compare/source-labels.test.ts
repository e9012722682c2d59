import { describe, expect, it } from "vitest";
import { numberedOutletLabels, pairLabels } from "./source-labels";

describe("numberedOutletLabels", () => {
  it("numbers an outlet with several articles in the given order and leaves single outlets bare", () => {
    expect(numberedOutletLabels(["Meridian Press", "Meridian Press", "Daily Courier", "Meridian Press"])).toEqual([
      "Meridian Press (1)",
      "Meridian Press (2)",
      "Daily Courier",
      "Meridian Press (3)",
    ]);
  });

  it("counts one outlet however its name is spaced or cased", () => {
    expect(numberedOutletLabels(["Brackley Gazette", "brackley  gazette"])).toEqual(["Brackley Gazette (1)", "brackley  gazette (2)"]);
  });
});

describe("pairLabels", () => {
  const gazette = (title: string, publishedAt: string | null) => ({ outlet: "Brackley Gazette", title, publishedAt });

  it("names two outlets by their names alone", () => {
    expect(pairLabels({ outlet: "Meridian Press" }, { outlet: "Daily Courier" })).toEqual({ a: "Meridian Press", b: "Daily Courier" });
  });

  it("falls back to the side's letter when an outlet is unknown", () => {
    expect(pairLabels({ outlet: "" }, { outlet: " " })).toEqual({ a: "A", b: "B" });
  });

  it("tells two articles of one outlet apart by their day", () => {
    expect(pairLabels(gazette("Fire at plant", "2026-12-06"), gazette("Toll rises", "2026-12-07T15:40:00Z"))).toEqual({
      a: "Brackley Gazette (6 Dec)",
      b: "Brackley Gazette (7 Dec)",
    });
  });

  it("adds the year when the days are in different years", () => {
    expect(pairLabels(gazette("x", "2025-12-31"), gazette("x", "2026-01-01"))).toEqual({ a: "Brackley Gazette (31 Dec 2025)", b: "Brackley Gazette (1 Jan 2026)" });
  });

  it("uses a short title when the day does not tell them apart", () => {
    const labels = pairLabels(
      gazette("Twelve killed in fire at Brackley plastics plant overnight", "2026-12-06"),
      gazette("Brackley factory fire death toll rises to 15 as supervisor arrested", "2026-12-06"),
    );
    expect(labels).toEqual({ a: "Brackley Gazette (“Twelve killed in fire at Brackley…”)", b: "Brackley Gazette (“Brackley factory fire death toll rises…”)" });
    expect(pairLabels(gazette("Short one", null), gazette("Other", "2026-12-06")).a).toBe("Brackley Gazette (“Short one”)");
  });

  it("falls back to the letters when day and title are the same", () => {
    expect(pairLabels(gazette("Same", "2026-12-06"), gazette("Same", "2026-12-06"))).toEqual({ a: "Brackley Gazette (A)", b: "Brackley Gazette (B)" });
  });

  it("never gives both sides one label", () => {
    const cases = [
      [gazette("", null), gazette("", null)],
      [gazette("A long title that goes on past the cut and then ends one way", null), gazette("A long title that goes on past the cut and then ends another way", null)],
      [{ outlet: "Gazette" }, { outlet: "gazette" }],
    ] as const;
    for (const [a, b] of cases) {
      const labels = pairLabels(a, b);
      expect(labels.a.toLowerCase()).not.toBe(labels.b.toLowerCase());
    }
  });
});
