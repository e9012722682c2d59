import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { withoutCapitalsRunningIntoCjk } from "./cjk-tokens";

describe("withoutCapitalsRunningIntoCjk", () => {
  it("keeps the Latin word of a token that runs into Japanese or Korean text, where it stands in the text", () => {
    // Japanese runs are cut into words by the tokeniser itself (lib/text/unspaced-words.ts); Korean, written
    // with spaces between phrases, keeps its particles on the Latin name ("MBC와") until this cut.
    const text = "今回はKindle for PCをインストールすると、MBC와 SBS는";
    const words = withoutCapitalsRunningIntoCjk(tokenize(text)).filter((t) => /[A-Za-z]/.test(t.surface));
    expect(words.map((t) => [t.surface, t.norm, t.isCapitalized])).toEqual([
      ["Kindle", "kindle", true],
      ["for", "for", false],
      ["PC", "pc", true],
      ["MBC", "mbc", true],
      ["SBS", "sbs", true],
    ]);
    for (const t of words) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it("returns the very same tokens when no token mixes the scripts (most text, without a copy)", () => {
    const tokens = tokenize("Kindle for PC is sold by Amazon. 今回は話。");
    expect(withoutCapitalsRunningIntoCjk(tokens)).toBe(tokens);
  });
});
