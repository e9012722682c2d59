/**
 * Candidate pairs from an inverted index of rare stems and stem shingles:
 * only passages that share distinctive words are ever scored, so the cost
 * grows with the article length, not with its square.
 */
import { hasHash } from "../similarity/hashed-set";
import type { AlignParams } from "./params";
import type { PassageFeatures } from "./passage-features";
import { PostingIndex } from "./posting-index";

/**
 * One article's passages indexed by stem, by shingle and by exact wording:
 * depends on that article alone, so it is built once per article (see
 * article-features.ts) and looked up by every article it is compared with.
 */
export class CandidateIndex {
  readonly stems: PostingIndex;
  readonly shingles: PostingIndex;
  /** Positions of the passages with each exact wording, ascending. */
  readonly exact = new Map<string, number[]>();

  constructor(readonly passages: readonly PassageFeatures[]) {
    this.stems = new PostingIndex(passages.length, (j) => (passages[j] as PassageFeatures).stems);
    this.shingles = new PostingIndex(passages.length, (j) => (passages[j] as PassageFeatures).shingles);
    passages.forEach((f, j) => {
      if (f.exact === null) return;
      const list = this.exact.get(f.exact);
      if (list) list.push(j);
      else this.exact.set(f.exact, [j]);
    });
  }
}

/**
 * For each passage of A, the B passages worth scoring: its identical twin
 * first (the k-th identical copy in B for the k-th in A), then the others by
 * share of content stems in common (relative to the longer of the two).
 * `indexB`: B's index when the caller keeps it (it must be built from `b`).
 */
export function findCandidates(
  a: readonly PassageFeatures[],
  b: readonly PassageFeatures[],
  params: AlignParams,
  indexB: CandidateIndex = new CandidateIndex(b),
): number[][] {
  const stemIndex = indexB.stems;
  const shingleIndex = indexB.shingles;
  // Identical passages are paired occurrence by occurrence (the k-th copy in A with the k-th in B), so
  // repeated lines neither flood the candidates nor pair crosswise.
  const exactInB = indexB.exact;
  const exactSeenInA = new Map<string, number>();

  const root = Math.ceil(Math.sqrt(b.length));
  const stemCap = Math.max(params.minPostings, root);
  const shingleCap = Math.max(params.minShinglePostings, 2 * root);
  const evidence = new Float64Array(b.length);
  const touched: number[] = [];
  const overlap = new Float64Array(b.length);
  // Content stems shared with each B passage, counted while crediting: exactly the stems
  // under the cap; those over it (a few common ones per passage) are looked up one by one below.
  const rareShared = new Int32Array(b.length);
  const common: number[] = [];
  return a.map((f) => {
    for (const s of f.stems) if (stemIndex.credit(s, stemCap, 1, evidence, touched) > stemCap) common.push(s);
    // Stems are credited first, by 1 each: so far a passage's evidence is its count of shared rare stems.
    for (const j of touched) rareShared[j] = evidence[j] as number;
    for (const s of f.shingles) shingleIndex.credit(s, shingleCap, 2, evidence, touched);
    const chosen: number[] = [];
    let twin = -1;
    if (f.exact !== null) {
      const seen = exactSeenInA.get(f.exact) ?? 0;
      exactSeenInA.set(f.exact, seen + 1);
      twin = exactInB.get(f.exact)?.[seen] ?? -1;
      if (twin !== -1) chosen.push(twin);
    }
    for (const j of touched) {
      if (j === twin) continue;
      const other = b[j] as PassageFeatures;
      // A passage with a single content word can only ever share one: let that count.
      const short = f.stems.length <= 1 || other.stems.length <= 1;
      if ((evidence[j] as number) < params.minCandidateEvidence && !short) continue;
      const smaller = Math.max(1, Math.min(f.stems.length, other.stems.length));
      // Even if every common stem were shared, too little in common: skip the look-ups.
      if (((rareShared[j] as number) + common.length) / smaller < params.minContainment) continue;
      let shared = rareShared[j] as number;
      for (const s of common) if (hasHash(other.stems, s)) shared++;
      const containment = shared / smaller;
      if (containment < params.minContainment) continue;
      // Rank by the share of the longer one: a short passage wholly inside this one is a weaker match than its full counterpart.
      overlap[j] = shared / Math.max(1, f.stems.length, other.stems.length);
      chosen.push(j);
    }
    const first = twin === -1 ? 0 : 1;
    if (chosen.length - first > 1) {
      const byShare = (x: number, y: number) => (overlap[y] as number) - (overlap[x] as number) || (evidence[y] as number) - (evidence[x] as number) || x - y;
      // Without a twin (the usual case) the list is sorted where it is, not copied out and back.
      if (first === 0) chosen.sort(byShare);
      else chosen.push(...chosen.splice(first).sort(byShare));
    }
    for (const j of touched) {
      evidence[j] = 0;
      rareShared[j] = 0;
    }
    touched.length = 0;
    common.length = 0;
    if (chosen.length > params.maxCandidatesPerPassage) chosen.length = params.maxCandidatesPerPassage;
    return chosen;
  });
}
