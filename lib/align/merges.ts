/**
 * One-to-two merges: one outlet often joins two sentences of the other into
 * one (or splits one into two). After the one-to-one matching, a passage may
 * take a neighbouring free passage of the other side when the concatenation
 * scores clearly better than the single pair did, and when each of the two
 * is about what it reports: the joined score also rises when the neighbour merely
 * names the same subject ("Brightwell says it found no evidence that payment
 * card details were taken" before "The company found the intrusion on July
 * 21 …"), and gluing such a sentence on turned a one-to-one match into a
 * partial one whose diff showed an unrelated sentence as added words.
 * Headings and captions never merge: they are labels set apart from the prose,
 * not halves of a sentence the other outlet wrote as one.
 */
import type { AlignmentKind } from "../types/comparison";
import { hasHash } from "../similarity/hashed-set";
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
  /** Whether passage k is prose (body text, a quotation, a list item) rather than a heading or a caption. */
  prose: (k: number) => boolean;
}

/** Whether passage `k` of `two` on its own reports part of what passage `i` of `one` reports (the scorer's verdict). */
export type ReportsPart = (i: number, k: number) => boolean;

/**
 * Lets each passage of `one` take a second, adjacent passage of `two`.
 * `oneIsA` keeps the scorer's argument order (A first) and the groups' sides right.
 * `partners[i]` lists the `two` passages that scored as the same content as `one[i]` on their own;
 * a neighbour that is not must hold `minContainment` of its content stems in `one[i]` or pass `reportsPart`.
 */
export function mergeNeighbours(
  one: MergeSide,
  two: MergeSide,
  partners: readonly number[][],
  oneIsA: boolean,
  mergeGain: number,
  minContainment: number,
  reportsPart: ReportsPart,
): void {
  const score = (i: number, lo: number): PairVerdict => {
    const single = one.prepared(i);
    return oneIsA ? scorePrepared(single, two.joined(lo)) : scorePrepared(two.joined(lo), single);
  };

  const unionCover = (i: number, lo: number) => diceUpperBound(one.prepared(i), two.prepared(lo), two.prepared(lo + 1));

  for (let i = 0; i < one.texts.length; i++) {
    const current = one.groupOf[i] ?? null;
    if (current !== null && (current.a.length > 1 || current.b.length > 1)) continue;
    if (!one.prose(i)) continue;
    const usable = (j: number) => {
      const g = two.groupOf[j] ?? null;
      return (g === null || g === current) && two.prose(j);
    };
    const own = partners[i] ?? [];
    // Each half must be about what passage i reports, as a candidate pair must (minContainment), or relate to it by the
    // scorer's verdict: a neighbour that shares only a name lifts the joined score without reporting any of it.
    const contributes = (j: number) => own.includes(j) || sharedStemShare(two.prepared(j), one.prepared(i)) >= minContainment || reportsPart(i, j);
    let best: { lo: number; verdict: PairVerdict } | null = null;
    for (const j of own) {
      for (const lo of [j - 1, j]) {
        if (lo < 0 || lo + 1 >= two.texts.length || !usable(lo) || !usable(lo + 1)) continue;
        // Most neighbours cannot win: skip preparing and scoring the concatenation when even its best possible score falls short.
        if (unionCover(i, lo) < (current?.score ?? 0) + mergeGain - BOUND_SLACK) continue;
        const verdict = score(i, lo);
        if (verdict.kind === null || verdict.score < (current?.score ?? 0) + mergeGain) continue;
        if (!contributes(lo) || !contributes(lo + 1)) continue;
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

/** Share of the shorter passage's distinct content stems that the two hold in common (containment, as in candidates.ts). */
export function sharedStemShare(half: SentenceFeatures, single: SentenceFeatures): number {
  let shared = 0;
  for (const stem of half.stems) if (hasHash(single.stems, stem)) shared++;
  return shared / Math.max(1, Math.min(half.stems.length, single.stems.length));
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
