/**
 * Experiment: does TF-KLD (Ji & Eisenstein 2013) raise the MRPC "same
 * content" figure over the scorer's 19 lexical features? Figures and what
 * came of them: docs/similarity.md.
 *
 * Same 10-fold split as eval-align (and its 8 other shuffles with --repeat).
 * Inside each fold, fitted on the training pairs only: the KLD weights, the
 * truncated SVD of the TF-KLD sentence matrix, the gram models and the
 * logistic model. With --crossfit 10, a training pair's KLD / gram features
 * come from weights fitted without it (inner 10-fold), as on unseen pairs.
 * The classifier here is the plain logistic model (logit ≥ 0), without the
 * scorer's negation veto, so its figures run ~0.3 point above eval-align's.
 *
 * Variants (--variants, comma-separated; each adds to the 19 base features
 * unless it ends in "only"):
 *   base      the 19 features alone
 *   kld       + KLD-weighted overlap: Dice, containment min/max, unshared
 *               mass max/min, cosine of the TF-KLD vectors
 *   lat       + latent pair vector [v1 + v2, |v1 − v2|] from a randomized
 *               truncated SVD (k dims) of the TF-KLD sentence matrix
 *   latcos    + cosine of the latent vectors
 *   nb        + summed naive-Bayes log-odds of the grams shared / one-sided
 *   blr, blr2 + logit (blr2: its shared / one-sided halves) of a sparse
 *               logistic model over shared / one-sided grams (what shipped)
 *   latonly, cosonly, kldonly, nbonly, lr   the added features alone
 *
 *   npx tsx scripts/experiments/tf-kld.ts --variants base,kld,lat --crossfit 10 --k 100 [--repeat]
 *   npx tsx scripts/experiments/tf-kld.ts --variants nb,blr,blr2 --crossfit 10 --min-df 1 --lr-l2 0.00005 --lr-epochs 10 --l2 1 --repeat
 *   other switches: --alpha (KLD / naive-Bayes pseudo-count), --min-df, --l2 (list),
 *   --normalize, --whiten, --content-only, --unigrams-only, --trigrams, --skip,
 *   --words, --split, --sides, --round
 */
import { FEATURE, pairFeatures } from "../../lib/similarity/pair-features";
import { prepareSentence } from "../../lib/similarity/score-pair";
import { fitStandardized, logit, standardize, toModel } from "./dense-logistic";
import { confusion, foldOf, FOLDS, loadMrpc, REPEAT_SEEDS, type Confusion } from "../mrpc-dataset";
import { kldWeights, project, sentenceGrams, toSparse, truncatedSvd, type PairLogOdds, type SparseVector, type Vocabulary } from "./tf-kld-model";

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}
const K = Number(arg("k", "100"));
const ALPHA = Number(arg("alpha", "1"));
const MIN_DF = Number(arg("min-df", "2"));
const L2S = arg("l2", "1,10,30").split(",").map(Number);
const CONTENT_ONLY = process.argv.includes("--content-only");
const NORMALIZE = process.argv.includes("--normalize");
const WHITEN = process.argv.includes("--whiten");
const UNIGRAMS_ONLY = process.argv.includes("--unigrams-only");
const CROSSFIT = Number(arg("crossfit", "0"));
const REPEAT = process.argv.includes("--repeat");
const SHUFFLES = Number(arg("shuffles", "8"));
const VARIANTS = arg("variants", "base,kld,lat,kldlat").split(",");
const uses = (variant: string, part: "base" | "kld" | "lat" | "cos" | "nb") =>
  part === "base" ? !variant.endsWith("only") && variant !== "lr" : part === "kld" ? variant.includes("kld") : part === "cos" ? variant.includes("cos") : part === "nb" ? variant.includes("nb") : /lat(?!cos)/.test(variant) || variant === "latonly";

const pairs = loadMrpc();
const gold = pairs.map((p) => p.label);
// The scorer's lexical features without its own gram log-odds (whose committed table saw all of MRPC).
const GRAM_FEATURES = new Set<number>([FEATURE.gramShared, FEATURE.gramUnshared]);
const base = pairs.map((p) => Float64Array.from(pairFeatures(prepareSentence(p.a), prepareSentence(p.b)).filter((_, j) => !GRAM_FEATURES.has(j))));

// Sentences by text (MRPC repeats some across pairs), each a sparse count vector over a global vocabulary.
const vocabulary: Vocabulary = { index: new Map(), size: 0 };
const sentenceIds = new Map<string, number>();
const sentences: SparseVector[] = [];
const idOf = (text: string): number => {
  let id = sentenceIds.get(text);
  if (id === undefined) {
    id = sentences.length;
    sentenceIds.set(text, id);
    const g = sentenceGrams(text, { contentOnly: CONTENT_ONLY, trigrams: process.argv.includes("--trigrams"), skipGrams: process.argv.includes("--skip"), words: process.argv.includes("--words") });
    sentences.push(toSparse(UNIGRAMS_ONLY ? g.unigrams : [...g.unigrams, ...g.bigrams], vocabulary));
    for (const h of g.bigrams) bigramHashes.add(h);
  }
  return id;
};
const bigramHashes = new Set<number>();
const pairIds = pairs.map((p) => [idOf(p.a), idOf(p.b)] as const);
/** Each pair as sparse indicators: 2k when gram k is on both sides, 2k + 1 when on one only. */
const pairRows: Int32Array[] = pairIds.map(([x, y]) => {
  const a = sentences[x]!.keys, b = sentences[y]!.keys;
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const u = i < a.length ? a[i]! : Infinity, v = j < b.length ? b[j]! : Infinity;
    if (u === v) { out.push(2 * u); i++; j++; }
    else if (u < v) { out.push(2 * u + 1); i++; }
    else { out.push(2 * v + 1); j++; }
  }
  return Int32Array.from(out);
});
const LR_L2 = Number(arg("lr-l2", "0.0005"));
const LR_EPOCHS = Number(arg("lr-epochs", "20"));
/** Sparse logistic regression by AdaGrad SGD in a fixed order (deterministic); returns weights with the bias last. */
function fitSparse(items: readonly number[]): Float64Array {
  const dim = 2 * vocabulary.size;
  const w = new Float64Array(dim + 1);
  const g2 = new Float64Array(dim + 1).fill(1e-8);
  const rate = 0.5;
  for (let epoch = 0; epoch < LR_EPOCHS; epoch++) {
    for (let t = 0; t < items.length; t++) {
      const i = items[(t * 7919 + epoch * 104729) % items.length]!;
      const row = pairRows[i]!;
      let z = w[dim]!;
      for (const k of row) z += w[k]!;
      const grad = 1 / (1 + Math.exp(-z)) - gold[i]!;
      for (const k of row) {
        const g = grad + LR_L2 * w[k]! * items.length / Math.max(1, items.length);
        g2[k]! += g * g;
        w[k]! -= (rate * g) / Math.sqrt(g2[k]!);
      }
      g2[dim]! += grad * grad;
      w[dim]! -= (rate * grad) / Math.sqrt(g2[dim]!);
    }
  }
  if (process.argv.includes("--round")) {
    let kept = 0;
    for (let k = 0; k < w.length; k++) {
      w[k] = Math.round(w[k]! * 100) / 100;
      if (w[k] !== 0) kept++;
    }
    if (items.length > 3600 && items.length < 3700 && Math.random() < 0.01) console.log(`    kept ${kept} of ${w.length}`);
  }
  return w;
}
const sparseLogitSplit = (i: number, w: Float64Array): number[] => {
  let s = 0, u = 0;
  for (const k of pairRows[i]!) if (k % 2 === 0) s += w[k]!; else u += w[k]!;
  return [s, u];
};
const sparseLogit = (i: number, w: Float64Array): number => {
  let z = w[w.length - 1]!;
  for (const k of pairRows[i]!) z += w[k]!;
  return z;
};

const isBigram = new Uint8Array(vocabulary.size);
for (const [h, k] of vocabulary.index) if (bigramHashes.has(h)) isBigram[k] = 1;
const SIDES = process.argv.includes("--sides");
const SPLIT = process.argv.includes("--split");
console.log(`${pairs.length} pairs, ${sentences.length} distinct sentences, ${vocabulary.size} features; k ${K}, alpha ${ALPHA}, min df ${MIN_DF}, content only ${CONTENT_ONLY}, normalize ${NORMALIZE}, whiten ${WHITEN}`);

/** Overlap of two sentences under the KLD weights: shared and unshared weighted mass. */
function kldOverlap(a: SparseVector, b: SparseVector, w: Float64Array): number[] {
  let shared = 0, onlyA = 0, onlyB = 0, dot = 0, na = 0, nb = 0;
  let i = 0, j = 0;
  while (i < a.keys.length || j < b.keys.length) {
    const x = i < a.keys.length ? a.keys[i]! : Infinity;
    const z = j < b.keys.length ? b.keys[j]! : Infinity;
    if (x === z) {
      const wx = w[x]!;
      shared += wx;
      dot += a.values[i]! * b.values[j]! * wx * wx;
      na += (a.values[i]! * wx) ** 2;
      nb += (b.values[j]! * wx) ** 2;
      i++;
      j++;
    } else if (x < z) {
      onlyA += w[x]!;
      na += (a.values[i]! * w[x]!) ** 2;
      i++;
    } else {
      onlyB += w[z]!;
      nb += (b.values[j]! * w[z]!) ** 2;
      j++;
    }
  }
  const totA = shared + onlyA;
  const totB = shared + onlyB;
  const cA = totA > 0 ? shared / totA : 0;
  const cB = totB > 0 ? shared / totB : 0;
  return [
    totA + totB > 0 ? (2 * shared) / (totA + totB) : 0,
    Math.min(cA, cB),
    Math.max(cA, cB),
    Math.max(onlyA, onlyB),
    Math.min(onlyA, onlyB),
    na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0,
  ];
}

/** Summed log-odds of "same" over the features both share and over those on one side only. */
function logOddsFeatures(a: SparseVector, b: SparseVector, odds: PairLogOdds): number[] {
  const shared = [0, 0], unshared = [0, 0], side = [0, 0];
  let i = 0, j = 0;
  while (i < a.keys.length || j < b.keys.length) {
    const x = i < a.keys.length ? a.keys[i]! : Infinity;
    const z = j < b.keys.length ? b.keys[j]! : Infinity;
    if (x === z) {
      shared[isBigram[x]!]! += odds.shared[x]!;
      i++;
      j++;
    } else if (x < z) {
      unshared[isBigram[x]!]! += odds.unshared[x]!;
      side[0]! += odds.unshared[x]!;
      i++;
    } else {
      unshared[isBigram[z]!]! += odds.unshared[z]!;
      side[1]! += odds.unshared[z]!;
      j++;
    }
  }
  const sum = [shared[0]! + shared[1]!, unshared[0]! + unshared[1]!];
  if (SIDES) sum.push(Math.min(side[0]!, side[1]!));
  return SPLIT ? [...shared, ...unshared] : sum;
}

function runShuffle(folds: readonly number[]): Map<string, Confusion[]> {
  const predictions = new Map<string, boolean[][]>();
  for (const v of VARIANTS) predictions.set(v, L2S.map(() => new Array<boolean>(pairs.length)));
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = pairs.map((_, i) => i).filter((i) => folds[i] !== fold);
    // Training sentences; features kept when seen in at least MIN_DF of them.
    const trainSentences = [...new Set(train.flatMap((i) => [pairIds[i]![0], pairIds[i]![1]]))];
    const df = new Int32Array(vocabulary.size);
    for (const s of trainSentences) for (const k of sentences[s]!.keys) df[k]!++;
    // KLD weights from the given (training) pairs only.
    const oddsOf = new Map<Float64Array, PairLogOdds>();
    const weightsFrom = (from: readonly number[]): Float64Array => {
      const odds: PairLogOdds = { shared: new Float64Array(vocabulary.size), unshared: new Float64Array(vocabulary.size) };
      const kld = kldWeights(from.map((i) => [sentences[pairIds[i]![0]]!, sentences[pairIds[i]![1]]!] as const), from.map((i) => gold[i]!), vocabulary.size, { alpha: ALPHA }, odds);
      for (let k = 0; k < vocabulary.size; k++) if (df[k]! < MIN_DF) kld[k] = odds.shared[k] = odds.unshared[k] = 0;
      oddsOf.set(kld, odds);
      return kld;
    };
    const weights = weightsFrom(train);
    // Cross-fitting: a training pair's features use weights fitted without it,
    // so the classifier sees them as noisy as on unseen pairs.
    const pairWeights = new Map<number, Float64Array>();
    if (CROSSFIT > 1) {
      const inner = foldOf(train.length, 777 + fold).map((f) => f % CROSSFIT);
      for (let f = 0; f < CROSSFIT; f++) {
        const w = weightsFrom(train.filter((_, t) => inner[t] !== f));
        train.forEach((i, t) => {
          if (inner[t] === f) pairWeights.set(i, w);
        });
      }
    }
    const weightsOf = (i: number) => pairWeights.get(i) ?? weights;
    // The same cross-fitting for the sparse logistic model's logit.
    const lrOf = new Map<number, number>();
    const lrSplit = new Map<number, number[]>();
    if (VARIANTS.some((v) => v.includes("lr"))) {
      const full = fitSparse(train);
      for (let i = 0; i < pairs.length; i++) if (folds[i] === fold) {
        lrOf.set(i, sparseLogit(i, full));
        lrSplit.set(i, sparseLogitSplit(i, full));
      }
      const inner = foldOf(train.length, 777 + fold).map((f) => f % CROSSFIT);
      for (let f = 0; f < CROSSFIT; f++) {
        const w = fitSparse(train.filter((_, t) => inner[t] !== f));
        train.forEach((i, t) => {
          if (inner[t] === f) {
            lrOf.set(i, sparseLogit(i, w));
            lrSplit.set(i, sparseLogitSplit(i, w));
          }
        });
      }
    }

    let latentOf: ((s: number, w: Float64Array) => Float64Array) | null = null;
    if (VARIANTS.some((v) => uses(v, "lat") || uses(v, "cos"))) {
      // Compact columns: only kept features enter the factorisation.
      const column = new Int32Array(vocabulary.size).fill(-1);
      let size = 0;
      for (let k = 0; k < vocabulary.size; k++) if (weights[k]! > 0) column[k] = size++;
      const rows = trainSentences.map((id) => {
        const x = sentences[id]!;
        const keys: number[] = [];
        const values: number[] = [];
        for (let t = 0; t < x.keys.length; t++) {
          const c = column[x.keys[t]!]!;
          if (c < 0) continue;
          keys.push(c);
          values.push(x.values[t]! * weights[x.keys[t]!]!);
        }
        const r = { keys: Int32Array.from(keys), values: Float64Array.from(values) };
        if (NORMALIZE) {
          let n = 0;
          for (const v of r.values) n += v * v;
          n = Math.sqrt(n) || 1;
          for (let t = 0; t < r.values.length; t++) r.values[t]! /= n;
        }
        return r;
      });
      const t0 = performance.now();
      const factorization = truncatedSvd(rows, size, K, 1234 + fold);
      if (fold === 0) console.log(`    svd: ${size} columns, ${rows.length} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      if (WHITEN) for (let f = 0; f < size; f++) for (let c = 0; c < K; c++) factorization.components[f * K + c]! /= factorization.singular[c]! || 1;
      const cache = new Map<number, Float64Array>();
      latentOf = (id, w) => {
        if (w === weights && cache.has(id)) return cache.get(id)!;
        const v = project(sentences[id]!, w, column, factorization, NORMALIZE);
        if (w === weights) cache.set(id, v);
        return v;
      };
    }

    for (const variant of VARIANTS) {
      const rowOf = (i: number): Float64Array => {
        const parts: number[] = [];
        if (uses(variant, "base")) parts.push(...base[i]!);
        if (uses(variant, "kld")) parts.push(...kldOverlap(sentences[pairIds[i]![0]]!, sentences[pairIds[i]![1]]!, weightsOf(i)));
        if (uses(variant, "lat")) {
          const u = latentOf!(pairIds[i]![0], weightsOf(i));
          const v = latentOf!(pairIds[i]![1], weightsOf(i));
          for (let c = 0; c < K; c++) parts.push(u[c]! + v[c]!);
          for (let c = 0; c < K; c++) parts.push(Math.abs(u[c]! - v[c]!));
        }
        if (uses(variant, "nb")) parts.push(...logOddsFeatures(sentences[pairIds[i]![0]]!, sentences[pairIds[i]![1]]!, oddsOf.get(weightsOf(i))!));
        if (variant.includes("lr2")) parts.push(...lrSplit.get(i)!);
        else if (variant.includes("lr")) parts.push(lrOf.get(i)!);
        if (uses(variant, "cos")) {
          const u = latentOf!(pairIds[i]![0], weightsOf(i));
          const v = latentOf!(pairIds[i]![1], weightsOf(i));
          let dot = 0, nu = 0, nv = 0;
          for (let c = 0; c < K; c++) {
            dot += u[c]! * v[c]!;
            nu += u[c]! ** 2;
            nv += v[c]! ** 2;
          }
          parts.push(nu > 0 && nv > 0 ? dot / Math.sqrt(nu * nv) : 0);
        }
        return Float64Array.from(parts);
      };
      const s = standardize(train.map(rowOf));
      const y = train.map((i) => gold[i]!);
      let beta: Float64Array | undefined;
      L2S.forEach((l2, li) => {
        beta = fitStandardized(s, y, l2, beta);
        const model = toModel(s, beta);
        for (let i = 0; i < pairs.length; i++) if (folds[i] === fold) predictions.get(variant)![li]![i] = logit(model, rowOf(i)) >= 0;
      });
    }
  }
  const out = new Map<string, Confusion[]>();
  for (const [v, perL2] of predictions) out.set(v, perL2.map((p) => confusion(p, gold)));
  return out;
}

const shuffleSeeds: (number | undefined)[] = REPEAT ? REPEAT_SEEDS.slice(0, SHUFFLES) : [undefined];
const all = new Map<string, Confusion[][]>();
for (const seed of shuffleSeeds) {
  const started = performance.now();
  const result = runShuffle(foldOf(pairs.length, seed));
  for (const [v, cs] of result) {
    if (!all.has(v)) all.set(v, []);
    all.get(v)!.push(cs);
    console.log(`  shuffle ${seed ?? "main"} ${v.padEnd(6)} ${cs.map((c, li) => `l2 ${L2S[li]}: ${(100 * c.accuracy).toFixed(2)}% / ${c.f1.toFixed(4)}`).join("   ")}`);
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
if (shuffleSeeds.length > 1) {
  console.log("Mean over shuffles:");
  for (const [v, runs] of all) {
    const cells = L2S.map((l2, li) => {
      const acc = runs.reduce((s, r) => s + r[li]!.accuracy, 0) / runs.length;
      const f1 = runs.reduce((s, r) => s + r[li]!.f1, 0) / runs.length;
      return `l2 ${l2}: ${(100 * acc).toFixed(2)}% / ${f1.toFixed(4)}`;
    });
    console.log(`  ${v.padEnd(6)} ${cells.join("   ")}`);
  }
}
