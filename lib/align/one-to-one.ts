/**
 * One-to-one matching that allows reordering: accept pairs greedily by score,
 * so a paragraph moved to the end of B still meets its counterpart. Greedy is
 * within a factor of two of the best total weight and, with scores this
 * peaked (a sentence's true counterpart scores far above the rest), in
 * practice equal to it, at a fraction of the cost of a Hungarian matching.
 */
import type { AlignmentKind } from "../types/comparison";

export interface ScoredPair {
  i: number;
  j: number;
  score: number;
  kind: AlignmentKind | null;
}

/** matchOfA[i] = the B passage paired with A's passage i, or -1. */
export function matchOneToOne(scored: readonly ScoredPair[], countA: number, countB: number): Int32Array {
  const accepted = scored.filter((p) => p.kind !== null);
  // Ties (repeated sentences) go to the pair whose relative positions agree best, then to the earliest.
  const drift = (p: ScoredPair) => Math.abs(p.i / Math.max(1, countA) - p.j / Math.max(1, countB));
  accepted.sort((x, y) => y.score - x.score || drift(x) - drift(y) || x.i - y.i || x.j - y.j);
  const matchOfA = new Int32Array(countA).fill(-1);
  const takenB = new Uint8Array(countB);
  for (const p of accepted) {
    if (matchOfA[p.i] !== -1 || takenB[p.j] === 1) continue;
    matchOfA[p.i] = p.j;
    takenB[p.j] = 1;
  }
  return matchOfA;
}
