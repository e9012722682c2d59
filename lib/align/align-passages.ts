/**
 * Aligns the passages of two articles: which sentence of A reports what
 * which sentence of B reports, in whatever order each outlet put them.
 *
 *   features (once per passage) → candidates (inverted index, never all
 *   pairs) → scores (lib/similarity) → one-to-one greedy matching → one-to-two
 *   merges → moved flags (weighted LIS) → similarity.
 *
 * Deterministic: no randomness, and every sort has a total tie-break.
 */
import type { AlignmentKind } from "../compare/types";
import { scorePrepared } from "../similarity/score-pair";
import type { Passage } from "../text/types";
import { findCandidates } from "./candidates";
import { mergeNeighbours, type Group } from "./merges";
import { findMoved } from "./moved";
import { matchOneToOne, type ScoredPair } from "./one-to-one";
import { DEFAULT_ALIGN_PARAMS, type AlignParams } from "./params";
import { passageFeatures, type PassageFeatures } from "./passage-features";
import { MAX_INDEXED_PASSAGES } from "./posting-index";

export interface AlignedPair {
  /** Positions in the passage arrays given to `alignPassages` (one, or two consecutive). */
  a: number[];
  b: number[];
  kind: AlignmentKind;
  /** 0–1 similarity from the sentence-pair scorer. */
  score: number;
  /** Out of order relative to the rest of the alignment. */
  moved: boolean;
}

export interface PassageAlignment {
  /** Ordered by their first A passage. */
  pairs: AlignedPair[];
  /** Positions of passages with no counterpart, ascending. */
  onlyA: number[];
  onlyB: number[];
  /** 0–1: share of both articles' words (as passages) that the other one also reports, weighted by pair score. */
  similarity: number;
}

type PassageText = Pick<Passage, "text">;

export function alignPassages(
  passagesA: readonly PassageText[],
  passagesB: readonly PassageText[],
  params: Partial<AlignParams> = {},
): PassageAlignment {
  const p: AlignParams = { ...DEFAULT_ALIGN_PARAMS, ...params };
  const limit = Math.min(p.maxPassages, MAX_INDEXED_PASSAGES);
  const textsA = passagesA.slice(0, limit).map((x) => x.text);
  const textsB = passagesB.slice(0, limit).map((x) => x.text);
  const fa = textsA.map(passageFeatures);
  const fb = textsB.map(passageFeatures);

  const preparedA = (k: number) => (fa[k] as PassageFeatures).prepared;
  const preparedB = (k: number) => (fb[k] as PassageFeatures).prepared;

  const candidates = findCandidates(fa, fb, p);
  const scored: ScoredPair[] = [];
  candidates.forEach((js, i) => {
    const exact = (fa[i] as PassageFeatures).exact;
    for (const j of js) {
      // Same words after normalisation is the scorer's own definition of "identical": no need to prepare them.
      if (exact !== null && exact === (fb[j] as PassageFeatures).exact) {
        scored.push({ i, j, score: 1, kind: "identical" });
        continue;
      }
      const verdict = scorePrepared(preparedA(i), preparedB(j));
      if (verdict.kind !== null) scored.push({ i, j, score: verdict.score, kind: verdict.kind });
    }
  });

  const groupOfA: (Group | null)[] = textsA.map(() => null);
  const groupOfB: (Group | null)[] = textsB.map(() => null);
  const matchOfA = matchOneToOne(scored, fa.length, fb.length);
  const verdictOf = new Map(scored.map((s) => [s.i * fb.length + s.j, s]));
  matchOfA.forEach((j, i) => {
    if (j === -1) return;
    const s = verdictOf.get(i * fb.length + j) as ScoredPair;
    const group: Group = { a: [i], b: [j], score: s.score, kind: s.kind as AlignmentKind };
    groupOfA[i] = group;
    groupOfB[j] = group;
  });

  const partnersOfA: number[][] = fa.map(() => []);
  const partnersOfB: number[][] = fb.map(() => []);
  for (const s of scored) {
    partnersOfA[s.i]?.push(s.j);
    partnersOfB[s.j]?.push(s.i);
  }
  const sideA = { texts: textsA, prepared: preparedA, groupOf: groupOfA };
  const sideB = { texts: textsB, prepared: preparedB, groupOf: groupOfB };
  mergeNeighbours(sideA, sideB, partnersOfA, true, p.mergeGain);
  mergeNeighbours(sideB, sideA, partnersOfB, false, p.mergeGain);

  const weightOf = (f: readonly PassageFeatures[], ids: number[]) => ids.reduce((sum, k) => sum + (f[k] as PassageFeatures).weight, 0);
  const allGroups = [...new Set(groupOfA.filter((g): g is Group => g !== null))].sort(
    (x, y) => (x.a[0] as number) - (y.a[0] as number),
  );
  const allMoved = findMoved(
    allGroups.map((g) => ({ a: g.a[0] as number, b: g.b[0] as number, weight: weightOf(fa, g.a) + weightOf(fb, g.b) })),
  );
  // Dropping pairs outside the in-order chain leaves the chain, hence the other flags, unchanged.
  const groups: Group[] = [];
  const moved: boolean[] = [];
  allGroups.forEach((g, k) => {
    if (allMoved[k] && g.kind === "partial" && g.score < p.minMovedPartialScore) {
      for (const i of g.a) groupOfA[i] = null;
      for (const j of g.b) groupOfB[j] = null;
      return;
    }
    groups.push(g);
    moved.push(allMoved[k] as boolean);
  });

  let shared = 0;
  groups.forEach((g) => {
    shared += g.score * (weightOf(fa, g.a) + weightOf(fb, g.b));
  });
  const total = fa.reduce((s, f) => s + f.weight, 0) + fb.reduce((s, f) => s + f.weight, 0);

  return {
    pairs: groups.map((g, k) => ({ a: g.a, b: g.b, kind: g.kind, score: g.score, moved: moved[k] as boolean })),
    onlyA: unmatched(passagesA.length, groupOfA),
    onlyB: unmatched(passagesB.length, groupOfB),
    similarity: total > 0 ? Math.min(1, shared / total) : 0,
  };
}

function unmatched(count: number, groupOf: readonly (Group | null)[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) if ((groupOf[k] ?? null) === null) out.push(k);
  return out;
}
