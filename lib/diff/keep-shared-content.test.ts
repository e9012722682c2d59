import { describe, expect, it } from "vitest";
import { keepSharedContent, type RunMeasure } from "./keep-shared-content";

// One character per token: upper case is a name (weight 2), lower case a function word; length = characters.
const measure: RunMeasure = {
  weight: (encoded) => 2 * (encoded.match(/[A-Z]/g) ?? []).length,
  length: (encoded) => encoded.length,
};

describe("keepSharedContent", () => {
  it("looks again at a shared run once the edit after it has grown, and never merges a run holding a name", () => {
    const out = keepSharedContent(
      [
        [0, "S"],
        [-1, "aa"],
        [0, "yy"], // longer than the edit after it ("b"): kept at first…
        [-1, "b"],
        [0, "x"], // …until this crumb merges, making that edit longer than "yy"
        [1, "ccc"],
        [0, "Q"], // a name: kept although shorter than the edits on both sides
        [-1, "dddddd"],
        [0, "T"],
      ],
      measure,
    );
    expect(out).toEqual([
      [0, "S"],
      [-1, "aayybx"],
      [1, "yyxccc"],
      [0, "Q"],
      [-1, "dddddd"],
      [0, "T"],
    ]);
  });

  it("keeps a function-word run that is longer than an edit beside it, as context", () => {
    const input: Array<[number, string]> = [
      [0, "ab"],
      [-1, "c"],
      [1, "d"],
      [0, "efgh"],
      [-1, "i"],
    ];
    expect(keepSharedContent(input, measure)).toEqual(input);
  });
});
