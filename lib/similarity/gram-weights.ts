/**
 * Learned word importance for "same content", after the discriminative
 * feature weighting of TF-KLD (Ji & Eisenstein 2013): a sparse logistic model
 * over which stem unigrams, bigrams and trigrams a pair has on both sides and
 * which on one side only. "said" left over means little; "pleaded guilty" or
 * a figure left over means a different report; a shared "according to" means
 * little, a shared name and verb a lot. The pair scorer takes the model's two
 * sums (shared, left over) as two features beside its lexical ones.
 *
 * Fitted offline on labelled pairs (scripts/eval-align.ts), deterministically;
 * the scorer only reads a fitted table (fitted-gram-weights.ts). Weights are
 * rounded to hundredths and zeros dropped when fitted, so that what is
 * evaluated is what ships.
 */
import type { SentenceFeatures } from "./prepare-sentence";

export interface GramWeights {
  /** Gram hash → row of `shared` / `unshared`; grams not listed weigh 0. */
  readonly index: ReadonlyMap<number, number>;
  /** Weight of the gram being on both sides. */
  readonly shared: Float64Array;
  /** Weight of the gram being on one side only. */
  readonly unshared: Float64Array;
}

/** Chosen on MRPC folds (scripts/experiments/tf-kld.ts): a light penalty, AdaGrad steps, 10 passes. */
const L2 = 0.00005;
const RATE = 0.5;
const EPOCHS = 10;
/** Prime: (t · STRIDE + offset) mod n visits every pair once per pass, in an order that changes each pass. */
const STRIDE = 7919;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The merged grams of a pair: 2·row when on both sides, 2·row + 1 when on one only. */
function pairRow(a: readonly number[], b: readonly number[], rowOf: (hash: number) => number): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const z = j < b.length ? (b[j] as number) : Infinity;
    if (x === z) {
      out.push(2 * rowOf(x));
      i++;
      j++;
    } else if (x < z) {
      out.push(2 * rowOf(x) + 1);
      i++;
    } else {
      out.push(2 * rowOf(z) + 1);
      j++;
    }
  }
  return Int32Array.from(out);
}

/** Fits the table on pairs of sorted, distinct gram arrays (`SentenceFeatures.grams`) labelled 1 (same) or 0. */
export function fitGramWeights(pairs: readonly (readonly [readonly number[], readonly number[]])[], labels: readonly number[]): GramWeights {
  const rows = new Map<number, number>();
  const rowOf = (hash: number): number => {
    let r = rows.get(hash);
    if (r === undefined) {
      r = rows.size;
      rows.set(hash, r);
    }
    return r;
  };
  const x = pairs.map(([a, b]) => pairRow(a, b, rowOf));
  const n = x.length;
  const dim = 2 * rows.size;
  const w = new Float64Array(dim + 1); // the bias last: the pair scorer's own intercept replaces it
  const squares = new Float64Array(dim + 1).fill(1e-8);
  const stride = n % STRIDE === 0 ? 1 : STRIDE;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let t = 0; t < n; t++) {
      const i = (t * stride + epoch * 104729) % n;
      const row = x[i] as Int32Array;
      let z = w[dim] as number;
      for (let k = 0; k < row.length; k++) z += w[row[k] as number] as number;
      const error = 1 / (1 + Math.exp(-z)) - (labels[i] === 1 ? 1 : 0);
      for (let k = 0; k < row.length; k++) {
        const f = row[k] as number;
        const g = error + L2 * (w[f] as number);
        squares[f]! += g * g;
        w[f]! -= (RATE * g) / Math.sqrt(squares[f] as number);
      }
      squares[dim]! += error * error;
      w[dim]! -= (RATE * error) / Math.sqrt(squares[dim] as number);
    }
  }
  // Keep the grams with a weight that survives rounding.
  const index = new Map<number, number>();
  const shared: number[] = [];
  const unshared: number[] = [];
  for (const [hash, r] of rows) {
    const s = round2(w[2 * r] as number);
    const u = round2(w[2 * r + 1] as number);
    if (s === 0 && u === 0) continue;
    index.set(hash, shared.length);
    shared.push(s);
    unshared.push(u);
  }
  return { index, shared: Float64Array.from(shared), unshared: Float64Array.from(unshared) };
}

interface SentenceWeights {
  table: GramWeights;
  shared: Float64Array;
  unshared: Float64Array;
}

// A sentence's look-ups, per table: the app uses one table, the evaluation one per fold.
const looked = new WeakMap<SentenceFeatures, SentenceWeights>();

function weightsOf(f: SentenceFeatures, table: GramWeights): SentenceWeights {
  const cached = looked.get(f);
  if (cached !== undefined && cached.table === table) return cached;
  const shared = new Float64Array(f.grams.length);
  const unshared = new Float64Array(f.grams.length);
  for (let k = 0; k < f.grams.length; k++) {
    const r = table.index.get(f.grams[k] as number);
    if (r === undefined) continue; // never seen in training, or weighed 0
    shared[k] = table.shared[r] as number;
    unshared[k] = table.unshared[r] as number;
  }
  const found = { table, shared, unshared };
  looked.set(f, found);
  return found;
}

/** Summed weights of the grams both sentences have, and of those only one has. */
export function gramWeightSums(a: SentenceFeatures, b: SentenceFeatures, table: GramWeights): { shared: number; unshared: number } {
  const oa = weightsOf(a, table);
  const ob = weightsOf(b, table);
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
 * `hashDelta,shared,unshared` in base 36 (weights in hundredths), rows
 * separated by spaces. About 12 characters a gram instead of ~40 as JSON.
 */
export function encodeGramWeights(table: GramWeights): string {
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

export function decodeGramWeights(text: string): GramWeights {
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
