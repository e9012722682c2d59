/**
 * TF-KLD (Ji & Eisenstein 2013) pieces for the experiment: sparse sentence
 * vectors of unigram + bigram stems, KL-divergence feature weights fitted on
 * labelled pairs, and a randomized truncated SVD of the weighted matrix.
 */
import { mixHashes } from "../../lib/similarity/hashed-set";
import { rewriteNewsVariants } from "../../lib/similarity/news-variants";
import { surfaceWord } from "../../lib/similarity/sentence-words";
import { forEachWord } from "../../lib/text/tokens";
import { seededRandom } from "../datasets/seeded-random";

export interface SparseVector {
  keys: Int32Array; // global feature indices, ascending
  values: Float64Array; // term counts
}

export interface Vocabulary {
  index: Map<number, number>; // feature hash → global index
  size: number;
}

export interface SentenceGrams {
  unigrams: number[];
  bigrams: number[];
}

export interface GramOptions {
  contentOnly?: boolean;
  trigrams?: boolean;
  skipGrams?: boolean;
  words?: boolean;
}

export function sentenceGrams(text: string, options: GramOptions = {}): SentenceGrams {
  const stems: number[] = [];
  const words: number[] = [];
  forEachWord(rewriteNewsVariants(text), (surface) => {
    const w = surfaceWord(surface);
    if (w === null) return;
    for (const u of w.units) if (!options.contentOnly || u.isContent) {
      stems.push(u.stemId);
      words.push(u.id);
    }
  });
  const bigrams: number[] = [];
  for (let i = 0; i + 1 < stems.length; i++) bigrams.push(mixHashes(stems[i]!, stems[i + 1]!) ^ 0x15555555);
  if (options.trigrams) for (let i = 0; i + 2 < stems.length; i++) bigrams.push(mixHashes(mixHashes(stems[i]!, stems[i + 1]!), stems[i + 2]!) ^ 0x2aaaaaaa);
  if (options.skipGrams) for (let i = 0; i + 2 < stems.length; i++) bigrams.push(mixHashes(stems[i]!, stems[i + 2]!) ^ 0x0f0f0f0f);
  const unigrams = stems.slice();
  if (options.words) for (const w of words) unigrams.push(w ^ 0x33333333);
  return { unigrams, bigrams };
}

export function toSparse(grams: readonly number[], vocabulary: Vocabulary): SparseVector {
  const counts = new Map<number, number>();
  for (const g of grams) {
    let k = vocabulary.index.get(g);
    if (k === undefined) {
      k = vocabulary.size++;
      vocabulary.index.set(g, k);
    }
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const keys = Int32Array.from(counts.keys()).sort();
  const values = Float64Array.from(keys, (k) => counts.get(k)!);
  return { keys, values };
}

/** Per-feature log-odds of "same" when the feature is in both sentences / in one only (naive Bayes given the feature occurs in the pair). */
export interface PairLogOdds {
  shared: Float64Array;
  unshared: Float64Array;
}

export interface KldOptions {
  /** Pseudo-count added to "in both" and "in one only" (Laplace). */
  alpha: number;
}

/** KL(p_k || q_k) per feature, from the given (training) pairs only; with `logOdds`, also the naive-Bayes log-odds of "in both" and "in one only". */
export function kldWeights(
  pairs: readonly (readonly [SparseVector, SparseVector])[],
  labels: readonly number[],
  size: number,
  options: KldOptions,
  logOdds?: PairLogOdds,
): Float64Array {
  const either = [new Float64Array(size), new Float64Array(size)];
  const both = [new Float64Array(size), new Float64Array(size)];
  pairs.forEach(([a, b], n) => {
    const y = labels[n]!;
    let i = 0;
    let j = 0;
    while (i < a.keys.length || j < b.keys.length) {
      const x = i < a.keys.length ? a.keys[i]! : Infinity;
      const z = j < b.keys.length ? b.keys[j]! : Infinity;
      if (x === z) {
        either[y]![x]!++;
        both[y]![x]!++;
        i++;
        j++;
      } else if (x < z) {
        either[y]![x]!++;
        i++;
      } else {
        either[y]![z]!++;
        j++;
      }
    }
  });
  const w = new Float64Array(size);
  const a = options.alpha;
  for (let k = 0; k < size; k++) {
    const p = (both[1]![k]! + a) / (either[1]![k]! + 2 * a);
    const q = (both[0]![k]! + a) / (either[0]![k]! + 2 * a);
    w[k] = p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
    if (logOdds) {
      logOdds.shared[k] = Math.log(p / q);
      logOdds.unshared[k] = Math.log((1 - p) / (1 - q));
    }
  }
  return w;
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
}

/** Orthonormalises the l columns of a row-major rows×l matrix in place (modified Gram–Schmidt, twice for stability). */
function orthonormalize(m: Float64Array, rows: number, l: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < l; c++) {
      for (let p = 0; p < c; p++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += m[r * l + c]! * m[r * l + p]!;
        for (let r = 0; r < rows; r++) m[r * l + c]! -= dot * m[r * l + p]!;
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += m[r * l + c]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < rows; r++) m[r * l + c]! /= norm;
    }
  }
}

/** Eigen-decomposition of a symmetric n×n matrix by cyclic Jacobi rotations: values and column eigenvectors. */
function symmetricEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q * n + q]! - m[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k * n + p]!;
          const mkq = m[k * n + q]!;
          m[k * n + p] = c * mkp - s * mkq;
          m[k * n + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p * n + k]!;
          const mqk = m[q * n + k]!;
          m[p * n + k] = c * mpk - s * mqk;
          m[q * n + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = m[i * n + i]!;
  return { values, vectors: v };
}

export interface Factorization {
  /** Feature rows of the right singular vectors, row-major size×k (rows of unused features are 0). */
  components: Float64Array;
  singular: Float64Array;
  k: number;
}

/**
 * Randomized truncated SVD (Halko, Martinsson & Tropp) of the sparse matrix
 * whose rows are `rows` (global feature indices, already weighted).
 */
export function truncatedSvd(rows: readonly SparseVector[], size: number, k: number, seed: number, powerIterations = 2): Factorization {
  const l = k + 10;
  const rand = seededRandom(seed); // repeatable factorisations
  const n = rows.length;
  const omega = new Float64Array(size * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(rand);
  const multiply = (right: Float64Array): Float64Array => {
    // rows × l = A · right (right: size × l)
    const y = new Float64Array(n * l);
    rows.forEach((row, r) => {
      const base = r * l;
      for (let t = 0; t < row.keys.length; t++) {
        const v = row.values[t]!;
        const off = row.keys[t]! * l;
        for (let c = 0; c < l; c++) y[base + c]! += v * right[off + c]!;
      }
    });
    return y;
  };
  const multiplyT = (left: Float64Array): Float64Array => {
    // size × l = Aᵀ · left (left: rows × l)
    const z = new Float64Array(size * l);
    rows.forEach((row, r) => {
      const base = r * l;
      for (let t = 0; t < row.keys.length; t++) {
        const v = row.values[t]!;
        const off = row.keys[t]! * l;
        for (let c = 0; c < l; c++) z[off + c]! += v * left[base + c]!;
      }
    });
    return z;
  };
  let q = multiply(omega);
  orthonormalize(q, n, l);
  for (let it = 0; it < powerIterations; it++) {
    const z = multiplyT(q);
    orthonormalize(z, size, l);
    q = multiply(z);
    orthonormalize(q, n, l);
  }
  const bt = multiplyT(q); // Bᵀ, size × l
  const gram = new Float64Array(l * l); // B Bᵀ
  for (let f = 0; f < size; f++) {
    const off = f * l;
    for (let i = 0; i < l; i++) {
      const x = bt[off + i]!;
      if (x === 0) continue;
      for (let j = 0; j < l; j++) gram[i * l + j]! += x * bt[off + j]!;
    }
  }
  const { values, vectors } = symmetricEigen(gram, l);
  const order = Array.from({ length: l }, (_, i) => i).sort((x, y) => values[y]! - values[x]!);
  const singular = new Float64Array(k);
  const components = new Float64Array(size * k);
  for (let c = 0; c < k; c++) {
    const e = order[c]!;
    const s = Math.sqrt(Math.max(values[e]!, 0));
    singular[c] = s;
    // right singular vector = Bᵀ u / s
    for (let f = 0; f < size; f++) {
      let sum = 0;
      const off = f * l;
      for (let i = 0; i < l; i++) sum += bt[off + i]! * vectors[i * l + e]!;
      components[f * k + c] = s > 0 ? sum / s : 0;
    }
  }
  return { components, singular, k };
}

/** A sentence's latent vector: Σ count × weight × component row over its kept features (column ≥ 0). */
export function project(x: SparseVector, weights: Float64Array, column: Int32Array, f: Factorization, normalize: boolean): Float64Array {
  const k = f.k;
  const v = new Float64Array(k);
  let norm = 0;
  for (let t = 0; t < x.keys.length; t++) if (column[x.keys[t]!]! >= 0) norm += (x.values[t]! * weights[x.keys[t]!]!) ** 2;
  const scale = normalize && norm > 0 ? 1 / Math.sqrt(norm) : 1;
  for (let t = 0; t < x.keys.length; t++) {
    const c = column[x.keys[t]!]!;
    if (c < 0) continue;
    const w = x.values[t]! * weights[x.keys[t]!]! * scale;
    if (w === 0) continue;
    const off = c * k;
    for (let d = 0; d < k; d++) v[d]! += w * f.components[off + d]!;
  }
  return v;
}
