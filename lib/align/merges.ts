/**
 * One-to-two merges: one outlet often joins two sentences of the other into
 * one (or splits one into two). After the one-to-one matching, a passage may
 * take a neighbouring free passage of the other side when the concatenation
 * scores clearly better than the single pair did.
 */
import type { AlignmentKind } from "../types/comparison";
import { scorePrepared, type PairVerdict, type SentenceFeatures } from "../similarity/score-pair";

export interface Group {
  a: number[];
  b: number[];
  score: number;
  kind: AlignmentKind;
}

export interface MergeSide {
  texts: readonly string[];
  /** The scorer's form of passage k (prepared on first use). */
  prepared: (k: number) => SentenceFeatures;
  /** The scorer's form of passages lo and lo + 1 joined by a space (see article-features.ts). */
  joined: (lo: number) => SentenceFeatures;
  groupOf: (Group | null)[];
}

/**
 * Lets each passage of `one` take a second, adjacent passage of `two`.
 * `oneIsA` keeps the scorer's argument order (A first) and the groups' sides right.
 * `partners[i]` lists the `two` passages that scored as the same content as `one[i]` on their own.
 */
export function mergeNeighbours(one: MergeSide, two: MergeSide, partners: readonly number[][], oneIsA: boolean, mergeGain: number): void {
  const score = (i: number, lo: number): PairVerdict => {
    const single = one.prepared(i);
    return oneIsA ? scorePrepared(single, two.joined(lo)) : scorePrepared(two.joined(lo), single);
  };

  const unionCover = (i: number, lo: number) => diceUpperBound(one.prepared(i), two.prepared(lo), two.prepared(lo + 1));

  for (let i = 0; i < one.texts.length; i++) {
    const current = one.groupOf[i] ?? null;
    if (current !== null && (current.a.length > 1 || current.b.length > 1)) continue;
    const usable = (j: number) => {
      const g = two.groupOf[j] ?? null;
      return g === null || g === current;
    };
    let best: { lo: number; verdict: PairVerdict } | null = null;
    for (const j of partners[i] ?? []) {
      for (const lo of [j - 1, j]) {
        if (lo < 0 || lo + 1 >= two.texts.length || !usable(lo) || !usable(lo + 1)) continue;
        // Most neighbours cannot win: skip preparing and scoring the concatenation when even its best possible score falls short.
        if (unionCover(i, lo) < (current?.score ?? 0) + mergeGain - BOUND_SLACK) continue;
        const verdict = score(i, lo);
        if (verdict.kind === null || verdict.score < (current?.score ?? 0) + mergeGain) continue;
        if (best === null || verdict.score > best.verdict.score) best = { lo, verdict };
      }
    }
    if (best === null || best.verdict.kind === null) continue;
    const pair = [best.lo, best.lo + 1];
    const group: Group = oneIsA
      ? { a: [i], b: pair, score: best.verdict.score, kind: best.verdict.kind }
      : { a: pair, b: [i], score: best.verdict.score, kind: best.verdict.kind };
    if (current !== null) for (const j of oneIsA ? current.b : current.a) two.groupOf[j] = null;
    one.groupOf[i] = group;
    for (const j of pair) two.groupOf[j] = group;
  }
}

/**
 * Slack on the upper bound below: the concatenation is tokenised as one text,
 * which can differ from the union of its parts in rare edge cases (a figure
 * spelt across the join); the bound must never skip a merge that would win.
 */
const BOUND_SLACK = 0.02;

/**
 * The scorer's `score` for `single` against the concatenation of `x` and `y`
 * is a Dice of weighted containments, discounted (never raised) for negations
 * and figures. Its undiscounted value, computed from the stems alone, bounds
 * it from above without preparing the concatenation.
 */
export function diceUpperBound(single: SentenceFeatures, x: SentenceFeatures, y: SentenceFeatures): number {
  let i = 0;
  let j = 0;
  let k = 0;
  let unionTotal = 0;
  let shared = 0;
  const s = single.stems;
  while (j < x.stems.length || k < y.stems.length) {
    const sx = j < x.stems.length ? (x.stems[j] as number) : Infinity;
    const sy = k < y.stems.length ? (y.stems[k] as number) : Infinity;
    const stem = Math.min(sx, sy);
    let weight = 0;
    if (sx === stem) weight = x.stemWeights[j++] as number;
    if (sy === stem) weight = Math.max(weight, y.stemWeights[k++] as number);
    unionTotal += weight;
    while (i < s.length && (s[i] as number) < stem) i++;
    if (i < s.length && s[i] === stem) shared += Math.min(weight, single.stemWeights[i] as number);
  }
  if (shared === 0 || single.total === 0 || unionTotal === 0) return 0;
  const coverSingle = shared / single.total;
  const coverUnion = shared / unionTotal;
  return (2 * coverSingle * coverUnion) / (coverSingle + coverUnion);
}
