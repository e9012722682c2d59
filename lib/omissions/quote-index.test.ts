import { describe, expect, it } from "vitest";
import { QuoteIndex } from "./quote-index";

const quote = (words: string) => ({ words, stems: new Set(words.split(" ").filter((w) => w.length > 3)) });

describe("QuoteIndex", () => {
  const quotes = [
    quote("we will defend our allies"),
    quote("talks were productive and frank"),
    quote("we will defend our allies"),
    quote("allies must defend the strait"),
  ];
  const index = new QuoteIndex(quotes);

  it("finds the first quote worded exactly so, and none for other wording", () => {
    expect(index.sameWords("we will defend our allies")).toBe(0);
    expect(index.sameWords("we will defend allies")).toBe(-1);
  });

  it("lists the quotes sharing a stem in order, with how many they share, query after query", () => {
    const shared = (words: string) => {
      const out: Array<[number, number]> = [];
      index.sharingAStem(quote(words).stems, (i, n) => out.push([i, n]));
      return out;
    };
    const first = shared("allies defend taiwan");
    expect(first).toEqual([[0, 2], [2, 2], [3, 2]]);
    // Counts start from zero again on the next query.
    expect(shared("allies defend taiwan")).toEqual(first);
    expect(shared("frank talks")).toEqual([[1, 2]]);
    expect(shared("nothing alike")).toEqual([]);
  });
});
