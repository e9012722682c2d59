import { describe, expect, it } from "vitest";
import { guessOutletKind } from "./outlet-kind";

describe("guessOutletKind", () => {
  it("recognises government domains across countries", () => {
    expect(guessOutletKind("www.state.gov")).toBe("government");
    expect(guessOutletKind("www.mofa.go.jp")).toBe("government");
    expect(guessOutletKind("www.gov.uk")).toBe("government");
  });

  it("recognises wire agencies and broadcasters, subdomains included", () => {
    expect(guessOutletKind("english.kyodonews.net")).toBe("wire");
    expect(guessOutletKind("www3.nhk.or.jp")).toBe("broadcaster");
  });

  it("falls back to newspaper for an unknown news site", () => {
    expect(guessOutletKind("thediplomat.com")).toBe("newspaper");
  });
});
