import { describe, expect, it } from "vitest";
import { rewriteNewsVariants } from "./news-variants";

describe("rewriteNewsVariants", () => {
  it("writes percentages one way", () => {
    expect(rewriteNewsVariants("up 5 per cent")).toBe("up 5 percent");
    expect(rewriteNewsVariants("up 5%")).toBe("up 5 percent");
  });

  it("spells out abbreviated scales after a figure", () => {
    expect(rewriteNewsVariants("sales of $1.76bn and 300m euros")).toBe("sales of $1.76 billion and 300 million euros");
  });

  it("leaves words that merely end like a scale alone", () => {
    expect(rewriteNewsVariants("the BBC and a 5km run in Bonn")).toBe("the BBC and a 5km run in Bonn");
  });
});
