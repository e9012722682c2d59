import { describe, expect, it } from "vitest";
import type { Block } from "../text/types";
import { compareDocuments } from "./compare-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "./fixtures/blinken-motegi";
import type { ComparableDocument, DiffChunk } from "../types/comparison";

function doc(outlet: string, ...paragraphs: string[]): ComparableDocument {
  return { info: { title: `${outlet} report`, outlet }, blocks: paragraphs.map((text): Block => ({ role: "body", text })) };
}

function side(diff: DiffChunk[], op: -1 | 1): string {
  return diff.filter(([o]) => o === 0 || o === op).map(([, t]) => t).join("");
}

const removed = (diff: DiffChunk[]) => diff.filter(([o]) => o === -1).map(([, t]) => t).join(" ");
const added = (diff: DiffChunk[]) => diff.filter(([o]) => o === 1).map(([, t]) => t).join(" ");

/** Deterministic pseudo-random news-like text: a few thousand distinct words in varied sentences. */
function syntheticArticle(words: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    // xorshift32: a plain LCG modulo 2^31 repeats whole sentences every few hundred.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const vocabulary = Array.from({ length: 4000 }, (_, i) => `w${(i * 7919) % 10007}x`);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const length = 12 + Math.floor(next() * 20);
      const sentence = Array.from({ length }, () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)] as string);
      sentences.push(`The ${sentence.join(" ")}.`);
      count += length + 1;
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs;
}

describe("compareDocuments on the seed story", () => {
  const c = compareDocuments(BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE);

  it("aligns the NHK quote across both and shows the changed attribution in its diff", () => {
    const quote = c.alignments.find((x) => x.a.some((r) => r.text.includes("Taiwan Strait")));
    expect(quote).toBeDefined();
    expect(quote?.b.some((r) => r.text.includes("Taiwan Strait"))).toBe(true);
    const diff = quote?.diff ?? [];
    expect(removed(diff)).toContain("World in its report");
    expect(added(diff)).toContain("stated");
    // The opening of the quotation ("Motegi and Blinken … discussed China") is aligned too.
    const opening = c.alignments.find((x) => x.a.some((r) => r.text.includes("Motegi and Blinken also discussed China")));
    expect(opening?.b.map((r) => r.text).join(" ")).toContain("Motegi and Blinken discussed China");
    expect(opening?.kind).not.toBe("partial");
  });

  it("finds the missing-China remark only in A and the Gen. Won In-Choul sentence only in B, unsplit", () => {
    expect(c.onlyA.map((r) => r.text)).toContain(
      "Surprisingly, in the US version of the meeting's readout, there was no mention of China in the State Department press release.",
    );
    const won = c.onlyB.find((r) => r.text.includes("Gen. Won In-Choul"));
    expect(won?.text.startsWith("Gen. Mark Milley, chairman of the US Joint Chiefs of Staff;")).toBe(true);
    expect(won?.text.endsWith("in Northeast Asia.")).toBe(true);
  });

  it("drops weak partial pairs that contradict the article order, unless they share a name found nowhere else", () => {
    const weak = c.alignments.filter((x) => x.moved && x.kind === "partial" && x.score < 0.4);
    // Only the Myanmar pair survives: "Myanmar" occurs in no other passage of either report.
    expect(weak.map((x) => x.a.map((p) => p.text).join(" "))).toEqual(["The two leaders also discussed Myanmar and North Korea."]);
    expect(weak[0]?.b.map((p) => p.text).join(" ")).toContain("military situation in Myanmar and North Korea");

    const strict = compareDocuments(BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE, { keepDistinctiveMovedPartials: false });
    expect(strict.alignments.some((x) => x.moved && x.kind === "partial" && x.score < 0.4)).toBe(false);
    const kept = compareDocuments(BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE, { minMovedPartialScore: 0, keepDistinctiveMovedPartials: false });
    const extra = kept.alignments.filter((x) => x.moved && x.kind === "partial" && x.score < 0.4);
    expect(kept.alignments.length - extra.length).toBe(strict.alignments.length);
  });

  it("fills the stats from the alignments and keeps every diff faithful to both texts", () => {
    const s = c.stats;
    expect(s.identical + s.near + s.paraphrase + s.partial).toBe(c.alignments.length);
    const usedA = c.alignments.reduce((n, x) => n + x.a.length, 0) + s.onlyA;
    const usedB = c.alignments.reduce((n, x) => n + x.b.length, 0) + s.onlyB;
    expect(usedA).toBe(s.passagesA);
    expect(usedB).toBe(s.passagesB);
    for (const x of c.alignments) {
      expect(side(x.diff, -1)).toBe(x.a.map((r) => r.text).join(" "));
      expect(side(x.diff, 1)).toBe(x.b.map((r) => r.text).join(" "));
    }
    expect(c.omissions).toEqual([]);
    expect(c.a.outlet).toBe("ANI");
    expect(c.similarity).toBeGreaterThan(0.05);
    expect(c.similarity).toBeLessThan(0.8);
  });
});

describe("compareDocuments on awkward input", () => {
  it("handles empty and one-word articles", () => {
    const empty = compareDocuments(doc("A"), doc("B", ""));
    expect(empty.alignments).toEqual([]);
    expect(empty.similarity).toBe(0);
    const one = compareDocuments(doc("A", "Tokyo"), doc("B", "Tokyo"));
    expect(one.stats.identical).toBe(1);
    expect(one.similarity).toBe(1);
  });

  it("compares text without sentence punctuation, passage by passage", () => {
    const words = syntheticArticle(400, 7).join(" ").replace(/\./g, "").split(/\s+/);
    const a = words.join(" ");
    const b = [...words.slice(0, 200), "inserted", "words", "here", ...words.slice(200)].join(" ");
    const c = compareDocuments(doc("A", a), doc("B", b));
    expect(c.stats.passagesA).toBeGreaterThan(5);
    expect(c.alignments.length).toBeGreaterThanOrEqual(c.stats.passagesA - 2);
    expect(c.alignments.map((x) => added(x.diff)).join(" ")).toContain("inserted words here");
  });

  it("matches all-caps copy with its ordinary-case version", () => {
    const text = "Blinken and Motegi met in London on Monday. They discussed China, Myanmar and North Korea.";
    const c = compareDocuments(doc("A", text), doc("B", text.toUpperCase()));
    expect(c.stats.identical).toBe(2);
  });

  it("aligns mixed Japanese and English text", () => {
    const a = "両外相はロンドンで会談した。Blinken and Motegi discussed the Taiwan Strait. 中国について協議した。";
    const b = "Blinken and Motegi discussed the Taiwan Strait. 両外相はロンドンで会談した。";
    const c = compareDocuments(doc("A", a), doc("B", b));
    expect(c.alignments.map((x) => [x.a[0]?.text, x.kind])).toEqual([
      ["両外相はロンドンで会談した。", "identical"],
      ["Blinken and Motegi discussed the Taiwan Strait.", "identical"],
    ]);
    expect(c.onlyA.map((r) => r.text)).toEqual(["中国について協議した。"]);
  });

  it("finishes on a 200,000-word article compared with a shuffled, edited copy", () => {
    const paragraphs = syntheticArticle(200_000, 42);
    const edited = [...paragraphs.slice(1000), ...paragraphs.slice(0, 1000)].map((p, i) => (i % 5 === 0 ? p.replace("The", "A") : p));
    const c = compareDocuments(doc("A", ...paragraphs), doc("B", ...edited));
    expect(c.stats.passagesA).toBeGreaterThan(8000);
    expect(c.stats.onlyA).toBe(0);
    expect(c.stats.onlyB).toBe(0);
    // The 1,000 paragraphs moved to the end are the moved ones; the longer rest anchors the order.
    const movedA = c.alignments.filter((x) => x.moved).map((x) => x.a[0]?.paragraph ?? -1);
    expect(movedA.every((p) => p < 1000)).toBe(true);
    expect(c.alignments.filter((x) => (x.a[0]?.paragraph ?? -1) < 1000).every((x) => x.moved)).toBe(true);
  });
});
