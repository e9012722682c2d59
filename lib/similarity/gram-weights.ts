/**
 * Learned word importance for "same content", after the discriminative
 * feature weighting of TF-KLD (Ji & Eisenstein 2013): a sparse logistic model
 * over which stem unigrams and bigrams a pair has on both sides and
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
import { sortedUnique } from "./hashed-set";
import { forEachGram, scoringDetail, type SentenceFeatures } from "./prepare-sentence";

export interface GramWeights {
  /** Gram hash of each row; grams not listed weigh 0. */
  readonly hashes: Int32Array;
  /** Weight of the gram being on both sides, per row. */
  readonly shared: Float64Array;
  /** Weight of the gram being on one side only, per row. */
  readonly unshared: Float64Array;
  /**
   * Open-addressing hash table, two integers a slot: the gram hash, then both
   * weights in hundredths packed as two 16-bit halves (shared high, unshared
   * low); an empty slot holds hash −1. A sentence looks up its 30–80 grams
   * among ~100,000: one cache line per look-up instead of one per array.
   */
  readonly slots: Int32Array;
}

const EMPTY = -1;

/** A table over the given rows (weights in hundredths, within ±327). */
export function gramWeights(hashes: Int32Array, shared: Float64Array, unshared: Float64Array): GramWeights {
  let size = 16;
  while (size < 1.5 * hashes.length) size *= 2;
  const slots = new Int32Array(2 * size).fill(EMPTY);
  for (let r = 0; r < hashes.length; r++) {
    let slot = slotOf(hashes[r] as number, size - 1);
    while (slots[2 * slot] !== EMPTY) slot = (slot + 1) & (size - 1);
    slots[2 * slot] = hashes[r] as number;
    slots[2 * slot + 1] = (hundredths(shared[r] as number) << 16) | (hundredths(unshared[r] as number) & 0xffff);
  }
  return { hashes, shared, unshared, slots };
}

const hundredths = (x: number) => Math.max(-32767, Math.min(32767, Math.round(x * 100)));

/** Hashes are already mixed; one multiply spreads the low bits the mask keeps. */
const slotOf = (hash: number, mask: number) => (Math.imul(hash, 0x9e3779b1) >>> 7) & mask;

/** The packed weights of `hash` (0 when absent: both weights 0). */
function packedOf(slots: Int32Array, hash: number): number {
  const mask = (slots.length >> 1) - 1;
  let slot = slotOf(hash, mask);
  for (;;) {
    const h = slots[2 * slot] as number;
    if (h === hash) return slots[2 * slot + 1] as number;
    if (h === EMPTY) return 0;
    slot = (slot + 1) & mask;
  }
}

/** Chosen on MRPC folds (scripts/experiments/tf-kld.ts): a light penalty, AdaGrad steps, 10 passes. Stem trigrams as well: no gain (77.88% against 77.92% without), a third more look-ups. */
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
  const hashes: number[] = [];
  const shared: number[] = [];
  const unshared: number[] = [];
  for (const [hash, r] of rows) {
    const s = round2(w[2 * r] as number);
    const u = round2(w[2 * r + 1] as number);
    if (s === 0 && u === 0) continue;
    hashes.push(hash);
    shared.push(s);
    unshared.push(u);
  }
  return gramWeights(Int32Array.from(hashes), Float64Array.from(shared), Float64Array.from(unshared));
}

/** One sentence's grams found in a table, ascending, with their weights. */
export interface SentenceGramWeights {
  table: GramWeights;
  grams: number[];
  shared: number[];
  unshared: number[];
  /** Sum of `unshared`: what the sentence weighs if the other side shares none of it. */
  unsharedTotal: number;
}

/** Looked up once per sentence and table (the app uses one table, the evaluation one per fold). */
function sentenceWeights(f: SentenceFeatures, table: GramWeights): SentenceGramWeights {
  const detail = scoringDetail(f);
  const cached = detail.gramWeights;
  if (cached !== null && cached.table === table) return cached;
  // Grams the table lacks (never seen in training, or weighed 0) add nothing
  // either way: look every gram up first and sort only those found (on news
  // text outside the training pairs, many bigrams are not).
  const grams: number[] = [];
  forEachGram(f, (gram) => {
    if (packedOf(table.slots, gram) !== 0) grams.push(gram);
  });
  sortedUnique(grams);
  const shared: number[] = [];
  const unshared: number[] = [];
  let unsharedTotal = 0;
  for (let k = 0; k < grams.length; k++) {
    const packed = packedOf(table.slots, grams[k] as number); // cache-warm: found a moment ago
    const u = ((packed << 16) >> 16) / 100;
    shared.push((packed >> 16) / 100);
    unshared.push(u);
    unsharedTotal += u;
  }
  detail.gramWeights = { table, grams, shared, unshared, unsharedTotal };
  return detail.gramWeights;
}

/**
 * Summed weights of the grams both sentences have, and of those only one has.
 * Only the shared grams are visited: what is left over on a side is its total
 * minus what it shares.
 */
export function gramWeightSums(a: SentenceFeatures, b: SentenceFeatures, table: GramWeights): { shared: number; unshared: number } {
  const wa = sentenceWeights(a, table);
  const wb = sentenceWeights(b, table);
  const x = wa.grams;
  const y = wb.grams;
  let shared = 0;
  let sharedAsUnshared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      shared += wa.shared[i] as number;
      sharedAsUnshared += wa.unshared[i] as number;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return { shared, unshared: wa.unsharedTotal + wb.unsharedTotal - 2 * sharedAsUnshared };
}

/**
 * A table as compact text for a committed module: rows sorted by hash, each
 * `hashDelta,shared,unshared` in base 36 (weights in hundredths), rows
 * separated by spaces. About 12 characters a gram instead of ~40 as JSON.
 */
export function encodeGramWeights(table: GramWeights): string {
  const rows = Array.from(table.hashes, (hash, r) => [hash, r] as const).sort((x, y) => x[0] - y[0]);
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
  // Read character by character into typed arrays, no string or object per row: splitting into ~100,000
  // row strings cost about 100 ms on every start of the CLI and the server, and a { value, next } object
  // per number read still cost ~20 ms of allocation and garbage collection before the code is optimised.
  let rowCount = text.length === 0 ? 0 : 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === SPACE) rowCount++;
  const hashes = new Int32Array(rowCount);
  const shared = new Float64Array(rowCount);
  const unshared = new Float64Array(rowCount);
  // Three numbers a row (hash delta, shared, unshared), each ended by a comma, a space or the end of the text.
  let field = 0;
  let row = 0;
  let hash = 0;
  let value = 0;
  let negative = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : SPACE;
    if (c === MINUS) negative = true;
    else if (c !== COMMA && c !== SPACE) {
      // 0–9 are 48–57, a–z are 97–122 (encodeGramWeights writes lower case).
      value = value * 36 + (c <= 57 ? c - 48 : c - 87);
    } else {
      const signed = negative ? -value : value;
      if (field === 0) hashes[row] = hash += signed;
      else if (field === 1) shared[row] = signed / 100;
      else unshared[row++] = signed / 100;
      field = field === 2 ? 0 : field + 1;
      value = 0;
      negative = false;
    }
  }
  return gramWeights(hashes, shared, unshared);
}

const SPACE = 32;
const COMMA = 44;
const MINUS = 45;

