import { describe, expect, it } from "vitest";
import type { DiffChunk } from "../compare/types";
import { pieceEnd, wordDiff } from "./word-diff";

function sideText(chunks: DiffChunk[], side: -1 | 1): string {
  return chunks.filter(([op]) => op === 0 || op === side).map(([, t]) => t).join("");
}

function changes(chunks: DiffChunk[]): string[] {
  return chunks.filter(([op]) => op !== 0).map(([op, t]) => `${op === -1 ? "-" : "+"}${t.trim()}`);
}

describe("wordDiff", () => {
  it("rebuilds both texts exactly from its chunks", () => {
    const pairs: Array<[string, string]> = [
      ["The two leaders met on Monday.", "The two ministers met in London on Monday!"],
      ["“Quote,” he said.\u00a0Then", '"Quote," she said. Then…'],
      ["", "Only B"],
      ["Only A", ""],
      ["東京で会談した。", "ロンドンで会談した。"],
      ["emoji 🙂 here", "emoji 🙃 there"],
    ];
    for (const [a, b] of pairs) {
      const d = wordDiff(a, b);
      expect(sideText(d, -1)).toBe(a);
      expect(sideText(d, 1)).toBe(b);
    }
  });

  it("reports whole words, never parts of words", () => {
    const d = wordDiff(
      "They also agreed on peace across the Taiwan Strait, said the NHK World in its report.",
      "They also agreed on peace across the Taiwan Strait, the NHK stated.",
    );
    expect(changes(d).join(" | ")).toContain("-said");
    expect(changes(d).join(" | ")).toContain("+stated");
    // On each side, no chunk boundary falls between two letters.
    for (const side of [-1, 1] as const) {
      const parts = d.filter(([op]) => op === 0 || op === side).map(([, t]) => t);
      for (let k = 1; k < parts.length; k++) {
        const joint = `${(parts[k - 1] as string).slice(-1)}${(parts[k] as string).slice(0, 1)}`;
        expect(joint).not.toMatch(/^\p{L}\p{L}$/u);
      }
    }
    // A changed word inside an unchanged one is not flagged as a partial word.
    expect(changes(wordDiff("Blinken agreed", "Blinken agrees"))).toEqual(["-agreed", "+agrees"]);
  });

  it("returns one equal chunk for identical text and nothing for two empty texts", () => {
    expect(wordDiff("Same words.", "Same words.")).toEqual([[0, "Same words."]]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("stays exact and bounded on long, very different inputs", () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `alpha${i % 997}`).join(" ");
    const b = Array.from({ length: 20_000 }, (_, i) => `beta${i % 991}`).join(" ");
    const d = wordDiff(a, b, { timeoutSeconds: 0.2 });
    expect(sideText(d, -1)).toBe(a);
    expect(sideText(d, 1)).toBe(b);
  });
});

describe("pieceEnd", () => {
  it("cuts a text into the pieces of the documented rule: words, runs of space, single other characters", () => {
    const rule = /[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*|\s+|[\s\S]/gu;
    const text =
      "Gen. Won In-Choul met U.S. officials on 3.5% growth —\u00a0“Japan’s” 1,000 troops,\t\n naïve café-goers; 東京 会談 𝒳 x-, -y don't 'q' e.g. Cafe\u0301 ́lead 🙂 end...";
    const pieces: string[] = [];
    for (let at = 0; at < text.length; ) {
      const end = pieceEnd(text, at);
      pieces.push(text.slice(at, end));
      at = end;
    }
    expect(pieces).toEqual([...text.matchAll(rule)].map((m) => m[0]));
  });
});
