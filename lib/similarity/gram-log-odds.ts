/**
 * Learned word importance for "same content", after the feature weighting of
 * TF-KLD (Ji & Eisenstein 2013): for each stem unigram and bigram, how much
 * more often paraphrase pairs than other pairs have it on both sides, given
 * that it occurs in the pair at all. A pair then sums the log-odds of what it
 * shares and of what one side has alone: "said" left over means little,
 * "pleaded guilty" or a figure left over means a different report.
 *
 * Fitted offline on labelled pairs (scripts/eval-align.ts); the scorer only
 * reads a fitted table (fitted-gram-odds.ts). Values are rounded to
 * hundredths when fitted, so that what is evaluated is what ships.
 */
import type { SentenceFeatures } from "./prepare-sentence";

export interface GramLogOdds {
  /** Gram hash → row of `shared` / `unshared`. */
  readonly index: ReadonlyMap<number, number>;
  /** log P(in both | in the pair, same) − log P(in both | in the pair, not same). */
  readonly shared: Float64Array;
  /** The same for "on one side only". */
  readonly unshared: Float64Array;
}

/** Laplace pseudo-count: a gram seen in one pair moves the odds by log(4/3), not to certainty. */
const ALPHA = 1;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Fits the table on pairs of sorted, distinct gram arrays (`SentenceFeatures.grams`) labelled 1 (same) or 0. */
export function fitGramLogOdds(pairs: readonly (readonly [readonly number[], readonly number[]])[], labels: readonly number[]): GramLogOdds {
  const index = new Map<number, number>();
  // Per row: in the pair / in both, for label 0 and label 1.
  const counts: number[] = [];
  const row = (hash: number): number => {
    let r = index.get(hash);
    if (r === undefined) {
      r = index.size;
      index.set(hash, r);
      counts.push(0, 0, 0, 0);
    }
    return r * 4;
  };
  pairs.forEach(([a, b], n) => {
    const y = labels[n] === 1 ? 2 : 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = i < a.length ? (a[i] as number) : Infinity;
      const z = j < b.length ? (b[j] as number) : Infinity;
      if (x === z) {
        const r = row(x);
        counts[r + y]! += 1;
        counts[r + y + 1]! += 1;
        i++;
        j++;
      } else if (x < z) {
        counts[row(x) + y]! += 1;
        i++;
      } else {
        counts[row(z) + y]! += 1;
        j++;
      }
    }
  });
  const shared = new Float64Array(index.size);
  const unshared = new Float64Array(index.size);
  for (let r = 0; r < index.size; r++) {
    const q = ((counts[4 * r + 1] as number) + ALPHA) / ((counts[4 * r] as number) + 2 * ALPHA);
    const p = ((counts[4 * r + 3] as number) + ALPHA) / ((counts[4 * r + 2] as number) + 2 * ALPHA);
    shared[r] = round2(Math.log(p / q));
    unshared[r] = round2(Math.log((1 - p) / (1 - q)));
  }
  return { index, shared, unshared };
}

interface SentenceOdds {
  table: GramLogOdds;
  shared: Float64Array;
  unshared: Float64Array;
}

// A sentence's look-ups, per table: the app uses one table, the evaluation one per fold.
const looked = new WeakMap<SentenceFeatures, SentenceOdds>();

function oddsOf(f: SentenceFeatures, table: GramLogOdds): SentenceOdds {
  const cached = looked.get(f);
  if (cached !== undefined && cached.table === table) return cached;
  const shared = new Float64Array(f.grams.length);
  const unshared = new Float64Array(f.grams.length);
  for (let k = 0; k < f.grams.length; k++) {
    const r = table.index.get(f.grams[k] as number);
    if (r === undefined) continue; // never seen in training: no evidence either way
    shared[k] = table.shared[r] as number;
    unshared[k] = table.unshared[r] as number;
  }
  const odds = { table, shared, unshared };
  looked.set(f, odds);
  return odds;
}

/** Summed log-odds of "same" over the grams both sentences have, and over those only one has. */
export function gramOddsSums(a: SentenceFeatures, b: SentenceFeatures, table: GramLogOdds): { shared: number; unshared: number } {
  const oa = oddsOf(a, table);
  const ob = oddsOf(b, table);
  const x = a.grams;
  const y = b.grams;
  let shared = 0;
  let unshared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      shared += oa.shared[i] as number;
      i++;
      j++;
    } else if (u < v) unshared += oa.unshared[i++] as number;
    else unshared += ob.unshared[j++] as number;
  }
  while (i < x.length) unshared += oa.unshared[i++] as number;
  while (j < y.length) unshared += ob.unshared[j++] as number;
  return { shared, unshared };
}

/**
 * A table as compact text for a committed module: rows sorted by hash, each
 * `hashDelta,shared,unshared` in base 36 (log-odds in hundredths), rows
 * separated by spaces. About 12 characters a gram instead of ~40 as JSON.
 */
export function encodeGramLogOdds(table: GramLogOdds): string {
  const rows = [...table.index].sort((x, y) => x[0] - y[0]);
  let previous = 0;
  return rows
    .map(([hash, r]) => {
      const delta = hash - previous;
      previous = hash;
      const s = Math.round((table.shared[r] as number) * 100);
      const u = Math.round((table.unshared[r] as number) * 100);
      return `${delta.toString(36)},${s.toString(36)},${u.toString(36)}`;
    })
    .join(" ");
}

export function decodeGramLogOdds(text: string): GramLogOdds {
  const rows = text.length === 0 ? [] : text.split(" ");
  const index = new Map<number, number>();
  const shared = new Float64Array(rows.length);
  const unshared = new Float64Array(rows.length);
  let hash = 0;
  rows.forEach((row, r) => {
    const [delta, s, u] = row.split(",");
    hash += parseInt(delta ?? "0", 36);
    index.set(hash, r);
    shared[r] = parseInt(s ?? "0", 36) / 100;
    unshared[r] = parseInt(u ?? "0", 36) / 100;
  });
  return { index, shared, unshared };
}
