/**
 * Measures the sentence-pair scorer (lib/similarity) on public data:
 * - MRPC train (news sentence pairs labelled same meaning or not): accuracy and
 *   F1 of `same`, 10-fold cross-validated (the model is refitted on 9 folds and
 *   judged on the held-out one; the gram weights also learn from STS-B's clear
 *   pairs, never from MRPC's held-out fold), the committed weights in-sample
 *   for reference, and two baselines in the same run;
 * - STS-B train + dev: Spearman × 100 between `score` and the human 0–5 score;
 * - throughput of prepare + score, and of score alone (what the aligner pays per candidate).
 *
 * `npm run eval:align`            print the figures
 * `npm run eval:align -- --fit`   also refit on all of MRPC train (+ STS-B's clear pairs for the grams): writes the gram
 *                                 table (lib/similarity/gram-weights-data.ts) and the
 *                                 model's weights into lib/similarity/fitted-weights.ts
 * `npm run eval:align -- --repeat` also cross-validate over 8 other fold
 *                                 shuffles: the noise band a change must beat
 */
import { readFileSync, writeFileSync } from "node:fs";
import { encodeGramWeights, fitGramWeights, type GramWeights } from "../lib/similarity/gram-weights";
import { fitLogistic, type LogisticModel } from "../lib/similarity/logistic-regression";
import { gramsOf } from "../lib/similarity/prepare-sentence";
import { FEATURE_NAMES, pairFeatures } from "../lib/similarity/pair-features";
import { KIND_THRESHOLDS, prepareSentence, scorePrepared, scoreWithModel, type SentenceFeatures } from "../lib/similarity/score-pair";
import { contentStems } from "../lib/text/tokens";
import { confusion, type Confusion, FOLDS, foldOf, type LabelledPair, loadMrpc, REPEAT_SEEDS } from "./mrpc-dataset";
import { type ExtraGramPairs, loadStsb, stsbGramPairs } from "./stsb-dataset";

const GRAM_DATA_FILE = "lib/similarity/gram-weights-data.ts";
const MODEL_FILE = "lib/similarity/fitted-weights.ts";
const GRAM_DATA_HEADER = `/**
 * Written by \`npm run eval:align -- --fit\` (fitted on all of MRPC train and
 * the STS-B train + dev pairs scored ≥ 4 or ≤ 2): the gram weights, encoded by
 * encodeGramWeights (gram-weights.ts). Gram hashes and rounded numbers only,
 * no text of either corpus. Do not edit by hand.
 */
`;
const L2 = 1;

function format(c: Confusion): string {
  return `accuracy ${(100 * c.accuracy).toFixed(1)}%  F1 ${c.f1.toFixed(3)}  (precision ${c.precision.toFixed(3)}, recall ${c.recall.toFixed(3)})`;
}

/** The threshold on `values` (predict same at or above it) with the best accuracy on the given items. */
function bestThreshold(values: readonly number[], gold: readonly number[]): number {
  const candidates = [...new Set(values)].sort((x, y) => x - y);
  let best = 0, bestCorrect = -1;
  for (const t of candidates) {
    let correct = 0;
    for (let i = 0; i < values.length; i++) if ((values[i]! >= t) === (gold[i] === 1)) correct++;
    if (correct > bestCorrect) [best, bestCorrect] = [t, correct];
  }
  return best;
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const result = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) result[order[k]![1]] = (i + j) / 2; // ties share their average rank
    i = j + 1;
  }
  return result;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const spearman = (x: readonly number[], y: readonly number[]): number => pearson(ranks(x), ranks(y));

function contentOverlap(a: string, b: string): number {
  const sa = new Set(contentStems(a));
  const sb = new Set(contentStems(b));
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return sa.size + sb.size === 0 ? 0 : (2 * shared) / (sa.size + sb.size);
}

type PreparedPair = readonly [SentenceFeatures, SentenceFeatures];

/**
 * The model and gram weights fitted on the pairs `train`, as `--fit` does on
 * all of them: the gram weights from all those pairs; the logistic model from
 * features in which each pair's gram sums come from gram weights fitted
 * without it (10-fold cross-fitting). Without that, the model would learn how
 * telling the gram sums are on pairs the gram weights have already seen, and
 * trust them far more than they deserve on new pairs (measured with KLD
 * weights: −2.7 points of accuracy).
 */
function fitOn(
  prepared: readonly PreparedPair[],
  gold: readonly number[],
  train: readonly number[],
  innerSeed: number,
  extra: ExtraGramPairs,
): { model: LogisticModel; grams: GramWeights } {
  const tableOf = (items: readonly number[]) =>
    fitGramWeights(
      [...items.map((i) => [gramsOf(prepared[i]![0]), gramsOf(prepared[i]![1])] as const), ...extra.grams],
      [...items.map((i) => gold[i]!), ...extra.labels],
    );
  const inner = foldOf(train.length, innerSeed);
  const rows = new Array<number[]>(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const table = tableOf(train.filter((_, t) => inner[t] !== f));
    train.forEach((i, t) => {
      if (inner[t] === f) rows[t] = [...pairFeatures(prepared[i]![0], prepared[i]![1], undefined, true, table)];
    });
  }
  const model = fitLogistic(rows, train.map((i) => gold[i]!), { l2: L2 });
  return { model, grams: tableOf(train) };
}

/** Seed of the cross-fitting split inside the training folds of outer fold k (the same in the TF-KLD experiment). */
const innerSeedOf = (fold: number) => 777 + fold;

/** Each pair's cross-validated `same` (model and gram weights fitted on the other folds, judged on its own). */
function crossValidated(prepared: readonly PreparedPair[], gold: readonly number[], folds: readonly number[], extra: ExtraGramPairs): boolean[] {
  const predictions = new Array<boolean>(prepared.length);
  for (let k = 0; k < FOLDS; k++) {
    const train = prepared.map((_, i) => i).filter((i) => folds[i] !== k);
    const { model, grams } = fitOn(prepared, gold, train, innerSeedOf(k), extra);
    for (let i = 0; i < prepared.length; i++) {
      if (folds[i] !== k) continue;
      const [a, b] = prepared[i]!;
      predictions[i] = scoreWithModel(a, b, model, grams).same;
    }
  }
  return predictions;
}

/**
 * The spread of the cross-validated figures over other shuffles of the folds:
 * which pairs land in which fold moves accuracy by a few tenths, so a change
 * smaller than this spread is not a measured gain. Compare a change by its
 * mean over these shuffles, not by one.
 */
function repeatedCrossValidation(prepared: readonly PreparedPair[], gold: readonly number[], extra: ExtraGramPairs): void {
  const shuffles = REPEAT_SEEDS.length;
  const results: Confusion[] = REPEAT_SEEDS.map((seed) => confusion(crossValidated(prepared, gold, foldOf(prepared.length, seed), extra), gold));
  const summary = (pick: (c: Confusion) => number, scale: number, digits: number) => {
    const values = results.map(pick).map((v) => v * scale);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    return `${mean.toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
  };
  console.log(`  ${shuffles} other fold shuffles, mean (range): accuracy ${summary((c) => c.accuracy, 100, 2)}%  F1 ${summary((c) => c.f1, 1, 4)}`);
}

function evaluateMrpc(pairs: LabelledPair[], extra: ExtraGramPairs, fit: boolean, repeat: boolean): void {
  const gold = pairs.map((p) => p.label);
  const prepared: [SentenceFeatures, SentenceFeatures][] = pairs.map((p) => [prepareSentence(p.a), prepareSentence(p.b)]);
  const folds = foldOf(pairs.length);
  const overlap = pairs.map((p) => contentOverlap(p.a, p.b));

  const cvPredictions = crossValidated(prepared, gold, folds, extra);
  const baselinePredictions = new Array<boolean>(pairs.length);
  for (let k = 0; k < FOLDS; k++) {
    const train = pairs.map((_, i) => i).filter((i) => folds[i] !== k);
    const threshold = bestThreshold(train.map((i) => overlap[i]!), train.map((i) => gold[i]!));
    for (let i = 0; i < pairs.length; i++) if (folds[i] === k) baselinePredictions[i] = overlap[i]! >= threshold;
  }
  const committed = prepared.map(([a, b]) => scorePrepared(a, b).same);

  console.log(`MRPC train (${pairs.length} pairs, ${gold.filter((g) => g === 1).length} labelled same)`);
  const row = (label: string, c: Confusion) => console.log(`  ${label.padEnd(40)} ${format(c)}`);
  row('always "same"', confusion(pairs.map(() => true), gold));
  row(`content-word overlap, tuned (${FOLDS}-fold)`, confusion(baselinePredictions, gold));
  row(`scorer, ${FOLDS}-fold cross-validated`, confusion(cvPredictions, gold));
  if (repeat) repeatedCrossValidation(prepared, gold, extra);
  // Not a quality figure: the committed gram weights were fitted on these very pairs.
  row("committed weights, in-sample (seen)", confusion(committed, gold));
  const kinds = new Map<string, number>();
  for (const [a, b] of prepared) {
    const kind = String(scorePrepared(a, b).kind);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(`  kinds (committed weights): ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);

  if (fit) {
    const { model, grams } = fitOn(prepared, gold, gold.map((_, i) => i), innerSeedOf(0), extra);
    const data = encodeGramWeights(grams);
    writeFileSync(GRAM_DATA_FILE, `${GRAM_DATA_HEADER}export const GRAM_WEIGHTS_DATA =\n  "${data}";\n`);
    console.log(`\nWrote ${grams.hashes.length.toLocaleString("en")} gram weights (${(data.length / 1e6).toFixed(2)} MB) to ${GRAM_DATA_FILE}`);
    const block = [
      "  weights: [",
      ...FEATURE_NAMES.map((name, j) => `    ${model.weights[j]!.toFixed(4)}, // ${name}`),
      "  ],",
      `  intercept: ${model.intercept.toFixed(4)},`,
    ].join("\n");
    const source = readFileSync(MODEL_FILE, "utf8");
    const updated = source.replace(/  weights: \[[\s\S]*?\n  intercept: [-\d.]+,/, block);
    if (updated === source && !source.includes(block)) throw new Error(`eval-align: could not find the weights block in ${MODEL_FILE}`);
    writeFileSync(MODEL_FILE, updated);
    console.log(`Wrote the model fitted on all of MRPC train to ${MODEL_FILE} (update its provenance figures by hand)`);
  }
}

function evaluateStsb(pairs: LabelledPair[]): void {
  const scores = pairs.map((p) => scorePrepared(prepareSentence(p.a), prepareSentence(p.b)).score);
  const human = pairs.map((p) => p.label);
  console.log(`\nSTS-B train + dev (${pairs.length} pairs)`);
  console.log(`  Spearman x100, score vs human:  ${(100 * spearman(scores, human)).toFixed(1)}`);
  console.log(`  content-word overlap baseline:  ${(100 * spearman(pairs.map((p) => contentOverlap(p.a, p.b)), human)).toFixed(1)}`);
}

function measureThroughput(pairs: LabelledPair[]): void {
  const rounds = 3;
  let start = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of pairs) scorePrepared(prepareSentence(p.a), prepareSentence(p.b));
  const full = (rounds * pairs.length) / ((performance.now() - start) / 1000);
  const prepared = pairs.map((p) => [prepareSentence(p.a), prepareSentence(p.b)] as const);
  const scoreRounds = 20;
  start = performance.now();
  for (let r = 0; r < scoreRounds; r++) for (const [a, b] of prepared) scorePrepared(a, b);
  const elapsed = performance.now() - start;
  const perPair = (1000 * elapsed) / (scoreRounds * prepared.length);
  console.log(`\nThroughput (MRPC sentences, one core)`);
  console.log(`  prepare both + score:  ${Math.round(full).toLocaleString("en")} pairs/s`);
  console.log(`  score prepared pair:   ${Math.round((1e6 / perPair)).toLocaleString("en")} pairs/s (${perPair.toFixed(2)} µs per pair)`);
}

const fit = process.argv.includes("--fit");
const repeat = process.argv.includes("--repeat");
const mrpc = loadMrpc();
const stsb = loadStsb();
console.log(`Thresholds: ${JSON.stringify(KIND_THRESHOLDS)}\n`);
evaluateMrpc(mrpc, stsbGramPairs(stsb), fit, repeat);
evaluateStsb(stsb);
measureThroughput(mrpc);
