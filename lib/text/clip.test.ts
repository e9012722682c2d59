import { describe, expect, it } from "vitest";
import { clipAtWord } from "./clip";

describe("clipAtWord", () => {
  it("cuts a long text at the last whole word that fits, and marks the cut", () => {
    expect(clipAtWord("Motegi and Blinken discussed China on Monday", 24)).toBe("Motegi and Blinken…");
  });

  it("leaves a text that fits as it is", () => {
    expect(clipAtWord("Motegi and Blinken", 18)).toBe("Motegi and Blinken");
  });
});
