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
import type { AlignmentKind } from "../types/comparison";
import { hasHash, sharedHashes } from "../similarity/hashed-set";
import type { SentenceFeatures } from "../similarity/prepare-sentence";
import { KIND_THRESHOLDS, scorePrepared } from "../similarity/score-pair";
import type { Passage } from "../text/types";
import { findCandidates } from "./candidates";
import { mergeNeighbours, type Group } from "./merges";
import { findMoved } from "./moved";
import { matchOneToOne, type ScoredPair } from "./one-to-one";
import { DEFAULT_ALIGN_PARAMS, type AlignParams } from "./params";
import { ArticleFeatures } from "./article-features";
import { sharesOnlyAttribution } from "./attribution-only";
import type { PassageFeatures } from "./passage-features";

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
  /** Passages past `maxPassages` on each side: never compared, so neither paired nor "only in". */
  notCompared: { a: number; b: number };
  /** 0–1: share of both articles' words (as passages) that the other one also reports, weighted by pair score. */
  similarity: number;
}

/** A passage's text, and its role when known (headings and captions never merge with neighbours; see merges.ts). */
type PassageText = Pick<Passage, "text"> & Partial<Pick<Passage, "role">>;

/**
 * What the caller keeps of each side from an earlier alignment of the same
 * article: its passage features (`passageFeatures` of every passage, in
 * order), or better the article's whole ArticleFeatures (index and merge
 * candidates too; see article-features.ts).
 */
export interface KnownFeatures {
  a?: readonly PassageFeatures[] | ArticleFeatures;
  b?: readonly PassageFeatures[] | ArticleFeatures;
}

/** One side's ArticleFeatures for its first `limit` passages: the kept one when the limit leaves the article whole. */
function sideFeatures(texts: readonly string[], whole: number, known: readonly PassageFeatures[] | ArticleFeatures | undefined): ArticleFeatures {
  if (known instanceof ArticleFeatures) return texts.length === whole ? known : new ArticleFeatures(texts, known.passages.slice(0, texts.length));
  return new ArticleFeatures(texts, known?.slice(0, texts.length));
}

export function alignPassages(
  passagesA: readonly PassageText[],
  passagesB: readonly PassageText[],
  params: Partial<AlignParams> = {},
  known: KnownFeatures = {},
): PassageAlignment {
  const p: AlignParams = { ...DEFAULT_ALIGN_PARAMS, ...params };
  const limit = p.maxPassages;
  const textsA = passagesA.slice(0, limit).map((x) => x.text);
  const textsB = passagesB.slice(0, limit).map((x) => x.text);
  const articleA = sideFeatures(textsA, passagesA.length, known.a);
  const articleB = sideFeatures(textsB, passagesB.length, known.b);
  const fa = articleA.passages;
  const fb = articleB.passages;

  const preparedA = (k: number) => (fa[k] as PassageFeatures).prepared;
  const preparedB = (k: number) => (fb[k] as PassageFeatures).prepared;

  const candidates = findCandidates(fa, fb, p, articleB.candidateIndex);
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
      if (verdict.kind === null) continue;
      // Two sentences of one speaker that share only "Dev Rao said" report nothing in common (attribution-only.ts).
      if (verdict.kind === "partial" && sharesOnlyAttribution(articleA.reported(i), articleB.reported(j))) continue;
      scored.push({ i, j, score: verdict.score, kind: verdict.kind });
    }
  });

  const groupOfA: (Group | null)[] = textsA.map(() => null);
  const groupOfB: (Group | null)[] = textsB.map(() => null);
  const matchOfA = matchInOrder(scored, fa, fb, p.movedDiscount);
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
  const prose = (passages: readonly PassageText[]) => (k: number) => isProse(passages[k]?.role);
  const sideA = { texts: textsA, prepared: preparedA, joined: (lo: number) => articleA.joined(lo), groupOf: groupOfA, prose: prose(passagesA) };
  const sideB = { texts: textsB, prepared: preparedB, joined: (lo: number) => articleB.joined(lo), groupOf: groupOfB, prose: prose(passagesB) };
  // The same test a candidate pair passes to be scored at all: a verdict, and more in common than an attribution.
  const reportsPart = (i: number, j: number) => {
    const verdict = scorePrepared(preparedA(i), preparedB(j));
    if (verdict.kind === null) return false;
    return verdict.kind !== "partial" || !sharesOnlyAttribution(articleA.reported(i), articleB.reported(j));
  };
  mergeNeighbours(sideA, sideB, partnersOfA, true, p.mergeGain, p.minContainment, reportsPart);
  mergeNeighbours(sideB, sideA, partnersOfB, false, p.mergeGain, p.minContainment, (j, i) => reportsPart(i, j));

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
    if (allMoved[k] && g.kind === "partial" && g.score < p.minMovedPartialScore && !(p.keepDistinctiveMovedPartials && sharesUniqueRareStem(g, fa, fb))) {
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
    onlyA: unmatched(textsA.length, groupOfA),
    onlyB: unmatched(textsB.length, groupOfB),
    notCompared: { a: passagesA.length - textsA.length, b: passagesB.length - textsB.length },
    similarity: total > 0 ? Math.min(1, shared / total) : 0,
  };
}

/**
 * One-to-one matching with a prior for order. A first greedy pass (by score)
 * gives the chain of pairs that run in the same order on both sides; the
 * second pass discounts by `movedDiscount` every candidate that would sit out
 * of that order *and* names people or places on each side that the other
 * lacks (other actors: the same stock phrase said by someone else). A
 * sentence's in-order counterpart then wins over such a look-alike elsewhere
 * in the other article, while a moved quotation or paragraph (whose names
 * agree, or sit on one side only) keeps meeting its counterpart.
 */
function matchInOrder(scored: readonly ScoredPair[], fa: readonly PassageFeatures[], fb: readonly PassageFeatures[], movedDiscount: number): Int32Array {
  const first = matchOneToOne(scored, fa.length, fb.length);
  if (movedDiscount >= 1) return first;
  const pairs: { a: number; b: number; weight: number }[] = [];
  first.forEach((j, i) => {
    if (j !== -1) pairs.push({ a: i, b: j, weight: (fa[i] as PassageFeatures).weight + (fb[j] as PassageFeatures).weight });
  });
  const moved = findMoved(pairs);
  // For every A position, the B position of the chain pair before it and after it.
  const chainB = new Int32Array(fa.length).fill(-1);
  pairs.forEach((pair, k) => {
    if (!moved[k]) chainB[pair.a] = pair.b;
  });
  const before = new Int32Array(fa.length);
  const after = new Int32Array(fa.length);
  let last = -1;
  for (let i = 0; i < fa.length; i++) {
    before[i] = last;
    if (chainB[i] !== -1) last = chainB[i] as number;
  }
  last = fb.length;
  for (let i = fa.length - 1; i >= 0; i--) {
    after[i] = last;
    if (chainB[i] !== -1) last = chainB[i] as number;
  }
  const fits = (s: ScoredPair) => chainB[s.i] === s.j || (chainB[s.i] === -1 && (before[s.i] as number) < s.j && s.j < (after[s.i] as number));
  const discounted = (s: ScoredPair) =>
    !fits(s) && namesOnBothSides((fa[s.i] as PassageFeatures).prepared, (fb[s.j] as PassageFeatures).prepared);
  const weighed = scored.map((s) => (discounted(s) ? { ...s, score: s.score * movedDiscount } : s));
  return matchOneToOne(weighed, fa.length, fb.length);
}

/** Each side has a likely name (capitalised content word) that the other does not contain. */
function namesOnBothSides(a: SentenceFeatures, b: SentenceFeatures): boolean {
  return a.names.length > sharedHashes(a.names, b.stems) && b.names.length > sharedHashes(b.names, a.stems);
}

/**
 * Whether a pair shares a distinctive word (rarity ≥ RARE_STEM) that no other
 * passage of either article has: then the overlap is not a stock phrase that
 * could have matched elsewhere, and a weak moved partial pair is kept.
 */
function sharesUniqueRareStem(g: Group, fa: readonly PassageFeatures[], fb: readonly PassageFeatures[]): boolean {
  const weightsOf = (f: readonly PassageFeatures[], ids: readonly number[]) => {
    const m = new Map<number, number>();
    for (const k of ids) {
      const prepared = (f[k] as PassageFeatures).prepared;
      prepared.stems.forEach((stem, n) => m.set(stem, Math.max(m.get(stem) ?? 0, prepared.stemWeights[n] as number)));
    }
    return m;
  };
  const wa = weightsOf(fa, g.a);
  const wb = weightsOf(fb, g.b);
  const elsewhere = (f: readonly PassageFeatures[], own: readonly number[], stem: number) =>
    f.some((x, k) => !own.includes(k) && hasHash(x.stems, stem));
  for (const [stem, weight] of wa) {
    const other = wb.get(stem);
    if (other === undefined || Math.min(weight, other) < RARE_STEM) continue;
    if (!elsewhere(fa, g.a, stem) && !elsewhere(fb, g.b, stem)) return true;
  }
  return false;
}

/** The scorer's threshold for a distinctive word (about a news-specific word or a name). */
const RARE_STEM = KIND_THRESHOLDS.rareWord;

/** Headings and captions are labels, not prose (passages without a role, as in plain-text input, are prose). */
function isProse(role: Passage["role"] | undefined): boolean {
  return role !== "heading" && role !== "caption";
}

function unmatched(count: number, groupOf: readonly (Group | null)[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) if ((groupOf[k] ?? null) === null) out.push(k);
  return out;
}
