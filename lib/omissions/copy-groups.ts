/**
 * Copies of one report among a story's sources: a wire story reprinted by
 * several outlets, trimmed or not, is one report, so coverage counts groups
 * of copies, not sources (coverage.ts).
 */
import { tokenize } from "../text/tokens";
import type { Passage } from "../text/types";
import type { CoverageSource } from "./coverage";
import { UnionFind } from "./union-find";

/** Words per shingle: five-word runs are what two copies of one wire story share and two reports of one event seldom do. */
const SHINGLE = 5;

function shingles(passages: readonly Passage[]): Set<string> {
  const words = tokenize(passages.map((p) => p.text).join(" ")).map((t) => t.norm);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "));
  if (out.size === 0 && words.length > 0) out.add(words.join(" "));
  return out;
}

/** Share of the smaller set found in the larger: a trimmed reprint still counts as a copy. */
export function containment(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/**
 * Sources grouped as copies of one report: any two whose five-word shingles are `threshold` contained
 * in one another are one group (transitively). Returns each source's group number, in order of first
 * appearance.
 */
export function groupCopies(sources: readonly CoverageSource[], threshold = 0.8): number[] {
  const sets = sources.map((s) => shingles(s.passages));
  const uf = new UnionFind(sources.length);
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const a = sets[i];
      const b = sets[j];
      if (a && b && containment(a, b) >= threshold) uf.union(i, j);
    }
  }
  const ids = new Map<number, number>();
  return sources.map((_, i) => {
    const root = uf.find(i);
    if (!ids.has(root)) ids.set(root, ids.size);
    return ids.get(root) ?? 0;
  });
}
