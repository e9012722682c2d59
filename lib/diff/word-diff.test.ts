import { describe, expect, it } from "vitest";
import type { DiffChunk } from "../types/comparison";
import { STOPWORDS } from "../text/stopwords";
import { wordDiff } from "./word-diff";

function sideText(chunks: DiffChunk[], side: -1 | 1): string {
  return chunks.filter(([op]) => op === 0 || op === side).map(([, t]) => t).join("");
}

function changes(chunks: DiffChunk[]): string[] {
  return chunks.filter(([op]) => op !== 0).map(([op, t]) => `${op === -1 ? "-" : "+"}${t.trim()}`);
}

/** Shared chunks with an edit on both sides: what a reader sees as "both say this" in the middle of a rewrite. */
function innerShared(chunks: DiffChunk[]): string[] {
  return chunks.filter(([op], k) => op === 0 && k > 0 && k < chunks.length - 1).map(([, t]) => t);
}

function onlyFunctionWords(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((w) => STOPWORDS.has(w));
}

/** A small deterministic generator, so the property test sees the same pairs on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
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
      ["  leading and trailing  ", "leading and\ttrailing\n"],
      ["Line one.\n\nLine two.", "Line one. Line two."],
    ];
    for (const [a, b] of pairs) {
      const d = wordDiff(a, b);
      expect(sideText(d, -1)).toBe(a);
      expect(sideText(d, 1)).toBe(b);
    }
  });

  it("rebuilds both texts on many generated rewrites, in tidy chunks", () => {
    const words = ["the", "of", "Motegi", "Blinken", "talks", "China", "1,000", "U.S.", "said", "東京", "🙂", "agreed", "a", "sea"];
    const glue = [" ", " ", " ", ", ", ". ", "\u00a0", "\n\n", "  ", "", " — ", "\t"];
    const next = lcg(20260523);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const sentence = (n: number): string[] => Array.from({ length: n }, () => pick(words) + pick(glue));
    for (let round = 0; round < 400; round++) {
      const a = sentence(Math.floor(next() * 30));
      // B: A rewritten by dropping, replacing, inserting and swapping pieces, as an outlet's rewrite would.
      const b: string[] = [];
      for (const piece of a) {
        const r = next();
        if (r < 0.15) continue;
        if (r < 0.3) b.push(pick(words) + pick(glue));
        else if (r < 0.4) b.push(piece, pick(words) + pick(glue));
        else b.push(piece);
      }
      if (next() < 0.3) b.reverse();
      const ta = (next() < 0.2 ? pick(glue) : "") + a.join("");
      const tb = b.join("");
      const d = wordDiff(ta, tb);
      expect(sideText(d, -1)).toBe(ta);
      expect(sideText(d, 1)).toBe(tb);
      for (let k = 0; k < d.length; k++) {
        const [op, text] = d[k] as DiffChunk;
        expect(text).not.toBe("");
        if (k === 0) continue;
        const [prev] = d[k - 1] as DiffChunk;
        // One deletion then one insertion between shared runs: never two chunks of one kind in a row, never + before −.
        expect(op === prev || (prev === 1 && op === -1)).toBe(false);
      }
    }
  });

  it("keeps a shared clause visible when the two outlets put their clauses in another order", () => {
    const tai = "US Trade Representative Katherine Tai";
    const dombrovskis = "EU trade commissioner Valdis Dombrovskis";
    const a = `${dombrovskis} and ${tai} have agreed to suspend tariffs on steel for two years while talks on a wider deal continue.`;
    const b = `${tai} and ${dombrovskis} held talks in Brussels on a steel accord that would end a dispute dating back to 2018.`;
    const d = wordDiff(a, b);
    const shared = d.filter(([op]) => op === 0).map(([, t]) => t).join(" | ");
    // A diff cannot show both clauses as shared (they swapped places), but one of them must stay on screen whole.
    expect(shared.includes(tai) || shared.includes(dombrovskis)).toBe(true);
    // And the other one is shown where each side has it, not lost: it is in A's deletion and in B's insertion.
    const other = shared.includes(tai) ? dombrovskis : tai;
    expect(d.some(([op, t]) => op === -1 && t.includes(other))).toBe(true);
    expect(d.some(([op, t]) => op === 1 && t.includes(other))).toBe(true);
  });

  it("keeps a shared name between two rewritten clauses, in reading order", () => {
    const a = "Rescue teams said on Sunday that the flooding near Ljubljana had cut off three villages overnight.";
    const b = "Army engineers were sent to Ljubljana after the river burst its banks and swept away a bridge.";
    const d = wordDiff(a, b);
    const at = d.findIndex(([op, t]) => op === 0 && t.includes("Ljubljana"));
    expect(at).toBeGreaterThan(0);
    // What each outlet adds sits on its own side of the shared name: before it and after it.
    expect(sideText(d.slice(0, at), -1)).toContain("flooding near");
    expect(sideText(d.slice(0, at), 1)).toContain("sent to");
    expect(sideText(d.slice(at + 1), -1)).toContain("three villages");
    expect(sideText(d.slice(at + 1), 1)).toContain("bridge");
  });

  it("shows the shared name rather than a shared common word when the two sit in another order", () => {
    const d = wordDiff(
      "Kovac thanked voters after polls closed, calling the result a first step.",
      "In the first count of ballots late on Sunday, Kovac led comfortably.",
    );
    expect(innerShared(d).join(" | ")).toContain("Kovac");
    expect(sideText(d, -1)).toBe("Kovac thanked voters after polls closed, calling the result a first step.");
  });

  it("lets a word spelt with another apostrophe hold the alignment, and shows just that word as changed", () => {
    const d = wordDiff(
      "Prosecutors in Kyiv’s central district opened a case on Monday.",
      "A case was opened in Kyiv's central district after the protest.",
    );
    expect(changes(d)).toContain("-Kyiv’s");
    expect(changes(d)).toContain("+Kyiv's");
    expect(innerShared(d).join(" | ")).toContain("central district");
  });

  it("never cuts one rewrite in two with a shared space", () => {
    const d = wordDiff(
      "Both states said that Colorado's legalization of recreational marijuana was unlawful.",
      "Both states said that Colorado’s growing array of recreational marijuana shops hurt them.",
    );
    expect(innerShared(d).join(" | ")).toContain("recreational marijuana");
    for (const run of innerShared(d)) expect(run.trim()).not.toBe("");
  });

  it("merges shared function words and punctuation into the edits around them", () => {
    const d = wordDiff(
      "Officials from the ministry said the talks in the morning were productive, and the mood was calm.",
      "Diplomats at the embassy called the meeting of the envoys cordial, but the tone of the statement was cool.",
    );
    // Nothing in the middle of the rewrite is shown as shared only because both use "the", "of" or a comma.
    for (const run of innerShared(d)) expect(onlyFunctionWords(run)).toBe(false);
    expect(d.filter(([op]) => op !== 0).length).toBeLessThanOrEqual(2);
  });

  it("lets a lone common word go but keeps two content words or a number", () => {
    const lone = wordDiff(
      "Opposition lawmakers walked out before the vote on the budget bill late on Thursday evening.",
      "The ruling coalition pushed through its vote despite loud protests from the opposition benches.",
    );
    // The one shared "vote" sits between two rewrites: it is merged, and the pair reads as one rewrite.
    expect(innerShared(lone)).toEqual([]);
    expect(changes(lone)).toHaveLength(2);
    const number = wordDiff(
      "Prosecutors charged 12 officers of the military intelligence agency with hacking.",
      "A grand jury indicted 12 Russian agents accused of breaking into party computers.",
    );
    expect(innerShared(number).join(" ")).toContain("12");
    const pair = wordDiff(
      "Officials in Manila said the central bank would hold rates for now.",
      "Traders expect the central bank to cut by half a point in June.",
    );
    expect(innerShared(pair).join(" ")).toContain("central bank");
  });

  it("keeps a short shared run that reads as context around a one-word change", () => {
    const d = wordDiff("The committee approved the plan on Thursday.", "The committee rejected the plan on Thursday.");
    expect(changes(d)).toEqual(["-approved", "+rejected"]);
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

  it("ends an edit at its last word, leaving the space both sides share outside it", () => {
    const d = wordDiff("status quo by force in the East", "status quo by coercion or belligerence in the East");
    expect(d).toContainEqual([-1, "force"]);
    expect(d).toContainEqual([1, "coercion or belligerence"]);
    // A dropped word takes its own space along, so the shared text around it reads as written.
    expect(wordDiff("Motegi and Blinken also discussed China.", "Motegi and Blinken discussed China.")).toEqual([
      [0, "Motegi and Blinken "],
      [-1, "also "],
      [0, "discussed China."],
    ]);
  });

  it("shows a change of spacing only where the spacing changed", () => {
    const d = wordDiff("Talks resumed\u00a0on Monday.", "Talks resumed on Monday.");
    expect(d).toEqual([
      [0, "Talks resumed"],
      [-1, "\u00a0"],
      [1, " "],
      [0, "on Monday."],
    ]);
  });

  it("returns one equal chunk for identical text, nothing for two empty texts, one edit when a side is empty", () => {
    expect(wordDiff("Same words.", "Same words.")).toEqual([[0, "Same words."]]);
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("", "Only in B.")).toEqual([[1, "Only in B."]]);
    expect(wordDiff("Only in A.", "")).toEqual([[-1, "Only in A."]]);
  });

  it("stays exact and bounded on long, very different inputs", () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `alpha${i % 997}`).join(" ");
    const b = Array.from({ length: 20_000 }, (_, i) => `beta${i % 991}`).join(" ");
    const d = wordDiff(a, b, { timeoutSeconds: 0.2 });
    expect(sideText(d, -1)).toBe(a);
    expect(sideText(d, 1)).toBe(b);
  });
});

describe("wordDiff of scripts written without spaces", () => {
  it("marks the changed word of a Japanese or Chinese sentence, not the whole clause", () => {
    const ja = wordDiff("両外相はロンドンで会談した。", "両外相は東京で会談した。");
    expect(changes(ja)).toEqual(["-ロンドン", "+東京"]);
    expect([sideText(ja, -1), sideText(ja, 1)]).toEqual(["両外相はロンドンで会談した。", "両外相は東京で会談した。"]);
    const zh = wordDiff("中国外交部发言人周三表示，双方同意加强合作。", "中国外交部发言人周四表示，双方同意加强经济合作。");
    expect(changes(zh)).toEqual(["-周三", "+周四", "+经济"]);
    // Runs that mix scripts and inner points still rebuild both sides exactly.
    const mixed = wordDiff("Apple社はiPhone 15を3.5万円で売った。", "Apple社はiPhone 16を4.5万円で売った。");
    expect([sideText(mixed, -1), sideText(mixed, 1)]).toEqual(["Apple社はiPhone 15を3.5万円で売った。", "Apple社はiPhone 16を4.5万円で売った。"]);
  });
});
