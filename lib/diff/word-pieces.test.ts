import { describe, expect, it } from "vitest";
import { pieceEnd, splitTokens } from "./word-pieces";

const TEXT =
  "Gen. Won In-Choul met U.S. officials on 3.5% growth —\u00a0“Japan’s” 1,000 troops,\t\n naïve café-goers; 東京 会談 𝒳 x-, -y don't 'q' e.g. Cafe\u0301 ́lead 🙂 end...";

describe("pieceEnd", () => {
  it("cuts a text into the pieces of the documented rule: words, runs of space, single other characters", () => {
    const rule = /[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*|\s+|[\s\S]/gu;
    const pieces: string[] = [];
    for (let at = 0; at < TEXT.length; ) {
      const end = pieceEnd(TEXT, at);
      pieces.push(TEXT.slice(at, end));
      at = end;
    }
    expect(pieces).toEqual([...TEXT.matchAll(rule)].map((m) => m[0]));
  });
});

describe("splitTokens", () => {
  it("keeps white space out of the tokens and puts it back after each, so the text rebuilds exactly", () => {
    for (const text of [TEXT, "  lead", "trail \n", "", "   ", "a  b\u00a0c"]) {
      const { lead, tokens, gaps } = splitTokens(text);
      expect(lead + tokens.map((t, k) => t + gaps[k]).join("")).toBe(text);
      for (const t of tokens) expect(t).not.toMatch(/\s/u);
    }
    expect(splitTokens(" Blinken, Motegi.")).toEqual({ lead: " ", tokens: ["Blinken", ",", "Motegi", "."], gaps: ["", " ", "", ""] });
  });
});
