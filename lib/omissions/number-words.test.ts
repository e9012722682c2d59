import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { readNumberWords } from "./number-words";

/** The number in words at the start of `text`, and the words it takes. */
function read(text: string, article = false): [number, string] | undefined {
  const tokens = tokenize(text);
  const words = readNumberWords(tokens, 0, article);
  return words ? [words.amount, text.slice(0, tokens[words.last]?.end)] : undefined;
}

describe("readNumberWords", () => {
  it("reads a number written in words as one value, however many words it takes", () => {
    expect(read("Seven were killed")).toEqual([7, "Seven"]);
    expect(read("Forty-three were hurt")).toEqual([43, "Forty-three"]);
    expect(read("forty three people")).toEqual([43, "forty three"]);
    expect(read("two hundred and fifty people")).toEqual([250, "two hundred and fifty"]);
    expect(read("one hundred twenty people")).toEqual([120, "one hundred twenty"]);
    expect(read("twelve hundred troops")).toEqual([1200, "twelve hundred"]);
    expect(read("two hundred and forty-three passengers")).toEqual([243, "two hundred and forty-three"]);
    expect(read("three million two hundred thousand barrels")).toEqual([3_200_000, "three million two hundred thousand"]);
    expect(read("two thousand five hundred troops")).toEqual([2500, "two thousand five hundred"]);
  });

  it("reads 'a' as one before a hundred or a scale only when asked", () => {
    expect(read("a hundred people", true)).toEqual([100, "a hundred"]);
    expect(read("a thousand and one nights", true)).toEqual([1001, "a thousand and one"]);
    expect(read("a hundred people")).toBeUndefined();
    expect(read("a decade ago", true)).toBeUndefined();
  });

  it("stops where the number does: a comma, another number, an ordinal, digits", () => {
    expect(read("forty, three of them")).toEqual([40, "forty"]);
    // "between two hundred and three hundred" is two numbers, not 203.
    expect(read("two hundred and three hundred")).toEqual([200, "two hundred"]);
    expect(read("two thousand three thousand")).toEqual([2000, "two thousand"]);
    expect(read("seven and a half")).toEqual([7, "seven"]);
    expect(read("first of all")).toBeUndefined();
    expect(read("twenty-first century")).toBeUndefined();
    expect(read("three-day talks")).toBeUndefined();
    expect(read("43 injured")).toBeUndefined();
  });
});
