import { describe, expect, it } from "vitest";
import { notComparedNote } from "./not-compared-note";

describe("the note under an article's figure", () => {
  it("says how many articles in another language are not counted, in the singular for one", () => {
    expect(notComparedNote(0)).toBeNull();
    expect(notComparedNote(1)).toBe("1 article in another language not counted");
    expect(notComparedNote(2)).toBe("2 articles in another language not counted");
  });
});
