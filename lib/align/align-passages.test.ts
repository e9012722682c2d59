import { describe, expect, it } from "vitest";
import { scorePair } from "../similarity/score-pair";
import { alignPassages } from "./align-passages";

const STORY = [
  "US Secretary of State Antony Blinken met Japanese Foreign Minister Toshimitsu Motegi in London on Monday.",
  "The two ministers agreed to oppose any unilateral attempt to change the status quo in the East China Sea.",
  "They also shared concerns about the human rights situation in the Xinjiang Uygur Autonomous Region.",
  "Motegi stressed the importance of peace and stability across the Taiwan Strait.",
  "The meeting took place ahead of the G7 foreign ministers' gathering at Lancaster House.",
  "Blinken later flew to Kyiv for talks with Ukrainian President Volodymyr Zelensky.",
  "Officials said a joint statement on North Korea's missile programme would follow on Wednesday.",
  "Japan's Self-Defense Forces chief Koji Yamazaki met his US counterpart in Hawaii last week.",
];

const OTHER_STORY = [
  "Heavy rain flooded several villages in northern Bavaria overnight, the regional authorities reported.",
  "Firefighters evacuated more than 300 residents from riverside homes near Passau.",
  "The weather service expects the river Danube to crest on Thursday afternoon.",
];

const texts = (list: readonly string[]) => list.map((text) => ({ text }));

describe("alignPassages", () => {
  it("pairs identical articles one to one, in order, with similarity 1", () => {
    const r = alignPassages(texts(STORY), texts(STORY));
    expect(r.pairs.map((p) => [p.a, p.b, p.kind, p.moved])).toEqual(STORY.map((_, i) => [[i], [i], "identical", false]));
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
    expect(r.similarity).toBeCloseTo(1, 6);
  });

  it("aligns nothing between unrelated articles", () => {
    const r = alignPassages(texts(STORY), texts(OTHER_STORY));
    expect(r.pairs).toEqual([]);
    expect(r.onlyA).toHaveLength(STORY.length);
    expect(r.onlyB).toHaveLength(OTHER_STORY.length);
    expect(r.similarity).toBe(0);
  });

  it("aligns a moved paragraph and flags only it as moved, not as deleted and added", () => {
    // B moves the first two sentences (one paragraph) to the end.
    const moved = [...STORY.slice(2), ...STORY.slice(0, 2)];
    const r = alignPassages(texts(STORY), texts(moved));
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
    const byA = new Map(r.pairs.map((p) => [p.a[0], p]));
    expect(byA.get(0)?.b).toEqual([6]);
    expect(byA.get(1)?.b).toEqual([7]);
    expect(r.pairs.filter((p) => p.moved).map((p) => p.a[0])).toEqual([0, 1]);
  });

  it("keeps the scorer's verdict as the pair's kind and score", () => {
    const edited = [...STORY];
    edited[3] = "Motegi also stressed the importance of peace and stability across the Taiwan Strait.";
    const r = alignPassages(texts(STORY), texts(edited));
    const pair = r.pairs.find((p) => p.a[0] === 3);
    const verdict = scorePair(STORY[3] as string, edited[3] as string);
    expect(pair?.kind).toBe(verdict.kind);
    expect(pair?.score).toBe(verdict.score);
    expect(pair?.kind).not.toBe("identical");
    expect(r.pairs.filter((p) => p.kind === "identical")).toHaveLength(STORY.length - 1);
    expect(r.similarity).toBeGreaterThan(0.9);
  });

  it("merges two consecutive sentences that one outlet wrote as one", () => {
    const joined = [
      STORY[0] as string,
      "The two ministers agreed to oppose any unilateral attempt to change the status quo in the East China Sea, and they also shared concerns about the human rights situation in the Xinjiang Uygur Autonomous Region.",
      ...STORY.slice(3),
    ];
    const r = alignPassages(texts(joined), texts(STORY));
    expect(r.pairs.find((p) => p.a[0] === 1)?.b).toEqual([1, 2]);
    expect(r.onlyB).toEqual([]);
    // And the other way round: B split what A said in one sentence.
    const reverse = alignPassages(texts(STORY), texts(joined));
    expect(reverse.pairs.find((p) => p.b[0] === 1)?.a).toEqual([1, 2]);
    expect(reverse.onlyA).toEqual([]);
  });

  it("aligns an article contained in a longer one and leaves the rest unmatched", () => {
    const longer = [...STORY.slice(0, 4), ...OTHER_STORY, ...STORY.slice(4)];
    const r = alignPassages(texts(STORY), texts(longer));
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([4, 5, 6]);
    expect(r.pairs.every((p) => p.kind === "identical" && !p.moved)).toBe(true);
    const words = (list: string[]) => list.join(" ").split(/\s+/).length;
    const expected = (2 * words(STORY)) / (words(STORY) + words(longer));
    expect(r.similarity).toBeCloseTo(expected, 2);
  });

  it("handles empty and one-word articles", () => {
    expect(alignPassages([], [])).toEqual({ pairs: [], onlyA: [], onlyB: [], notCompared: { a: 0, b: 0 }, similarity: 0 });
    expect(alignPassages(texts(STORY), []).onlyA).toHaveLength(STORY.length);
    const one = alignPassages(texts(["Motegi"]), texts(["Motegi"]));
    expect(one.pairs.map((p) => p.kind)).toEqual(["identical"]);
    expect(alignPassages(texts(["Motegi"]), texts(["Blinken"])).pairs).toEqual([]);
  });

  it("reports passages past the passage limit as not compared, not as missing from the other side", () => {
    const texts = STORY.map((text) => ({ text }));
    const result = alignPassages(texts, texts.slice(0, 3), { maxPassages: 5 });
    expect(result.pairs.map((p) => [p.a, p.b])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    expect(result.onlyA).toEqual([3, 4]);
    expect(result.notCompared).toEqual({ a: STORY.length - 5, b: 0 });
  });

  it("pairs repeated sentences in order instead of crosswise", () => {
    const repeated = Array.from({ length: 400 }, () => "The ministers will meet again next month.");
    const r = alignPassages(texts(repeated), texts(repeated));
    expect(r.pairs).toHaveLength(400);
    expect(r.pairs.every((p) => p.a[0] === p.b[0] && !p.moved)).toBe(true);
  });

  it("is deterministic", () => {
    const b = [...STORY.slice(3), ...STORY.slice(0, 3)].map((s) => s.replace("the", "a"));
    expect(alignPassages(texts(STORY), texts(b))).toEqual(alignPassages(texts(STORY), texts(b)));
  });
});
