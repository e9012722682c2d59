/**
 * Synonyms for the content words two sentences do not share exactly: outlets
 * reword ("talks" / "discussions", "rose" / "climbed", "purchase" / "buy"),
 * and a left-over word with a synonym on the other side is shared content,
 * not content one side adds.
 *
 * The groups come from WordNet 3.1 (synonym-data.ts, built by
 * scripts/build-synonyms.ts): words that share one of their first two senses.
 * Only everyday and news words are kept (names and terms stay themselves),
 * 0.1 MB, stemmed when built (synonym-stem-data.ts) and read once at
 * start-up. Matching is METEOR-style: after exact matching of stems, each
 * left-over stem of one side pairs with at most one left-over stem of the
 * other through a shared group.
 */
import { hashString, hasHash } from "./hashed-set";
import { SYNONYM_STEM_GROUPS } from "./synonym-stem-data";

/** Stem hash → ids of the groups the stem belongs to, ascending. Groups come stemmed (scripts/build-synonym-stems.ts). */
const groupsByStem = new Map<number, number[]>();
SYNONYM_STEM_GROUPS.split("\n").forEach((line, group) => {
  for (const stem of line.split(" ")) {
    const id = hashString(stem);
    const groups = groupsByStem.get(id);
    if (groups) groups.push(group);
    else groupsByStem.set(id, [group]);
  }
});

/**
 * A sentence's synonym entries, sorted by group: entry k says that the
 * sentence's distinct stem `stemIndex[k]` belongs to group `groups[k]`.
 */
export interface SynonymEntries {
  groups: number[];
  stemIndex: number[];
}

export function synonymEntriesOf(stems: readonly number[]): SynonymEntries {
  const pairs: [number, number][] = [];
  stems.forEach((stem, index) => {
    for (const group of groupsByStem.get(stem) ?? []) pairs.push([group, index]);
  });
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { groups: pairs.map((p) => p[0]), stemIndex: pairs.map((p) => p[1]) };
}

/** The parts of a sentence the matching reads (SentenceFeatures has them). */
export interface StemWeights {
  readonly stems: readonly number[];
  readonly stemWeights: readonly number[];
}

/**
 * Σ min(weight in a, weight in b) over left-over stems matched one-to-one
 * through a shared group. A stem the other side has exactly is not left over
 * and never matches: exact sharing is counted elsewhere. Greedy in group
 * order, so the result is deterministic and symmetric up to ties.
 */
export function synonymWeight(a: StemWeights, ea: SynonymEntries, b: StemWeights, eb: SynonymEntries): number {
  if (ea.groups.length === 0 || eb.groups.length === 0) return 0;
  // Stems already matched, by index: allocated on the first match (most pairs have none).
  let usedA: Uint8Array | null = null;
  let usedB: Uint8Array | null = null;
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < ea.groups.length && j < eb.groups.length) {
    const g = ea.groups[i] as number;
    const h = eb.groups[j] as number;
    if (g < h) i++;
    else if (h < g) j++;
    else {
      const endA = runEnd(ea.groups, i);
      const endB = runEnd(eb.groups, j);
      for (let x = i; x < endA; x++) {
        const sa = ea.stemIndex[x] as number;
        if (usedA?.[sa] || hasHash(b.stems, a.stems[sa] as number)) continue;
        for (let y = j; y < endB; y++) {
          const sb = eb.stemIndex[y] as number;
          if (usedB?.[sb] || hasHash(a.stems, b.stems[sb] as number)) continue;
          (usedA ??= new Uint8Array(a.stems.length))[sa] = 1;
          (usedB ??= new Uint8Array(b.stems.length))[sb] = 1;
          total += Math.min(a.stemWeights[sa] as number, b.stemWeights[sb] as number);
          break;
        }
      }
      i = endA;
      j = endB;
    }
  }
  return total;
}

function runEnd(groups: readonly number[], from: number): number {
  let end = from + 1;
  while (end < groups.length && groups[end] === groups[from]) end++;
  return end;
}

const NO_GROUPS: readonly number[] = [];

/** The synonym groups a stem (Porter stem of a normalised word) belongs to, ascending; none for most words. */
export function synonymGroupsOfStem(stem: string): readonly number[] {
  return groupsByStem.get(hashString(stem)) ?? NO_GROUPS;
}
