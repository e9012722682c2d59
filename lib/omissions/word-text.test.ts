import { describe, expect, it } from "vitest";
import { WordText } from "./word-text";

describe("WordText.includes", () => {
  const text = WordText.fromText("the war in the south is over and the software war room said the talks went on");

  it("finds a phrase of whole words wherever it sits", () => {
    expect(text.includes("the war")).toBe(true);
    expect(text.includes("war room said the talks")).toBe(true);
    expect(text.includes("the talks went on")).toBe(true);
    expect(text.includes("the war in the south is over")).toBe(true);
  });

  it("does not find words inside longer words", () => {
    expect(text.includes("ware")).toBe(false);
    expect(text.includes("soft")).toBe(false);
    expect(text.includes("he war")).toBe(false);
    expect(text.includes("talks wen")).toBe(false);
  });

  it("does not find words that occur only apart", () => {
    expect(text.includes("the south war")).toBe(false);
    expect(text.includes("over the talks")).toBe(false);
    expect(text.includes("peace")).toBe(false);
  });
});
