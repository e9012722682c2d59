/**
 * Measures the sentence-pair scorer (lib/similarity) on public data:
 * - MRPC train (news sentence pairs labelled same meaning or not): accuracy and
 *   F1 of `same`, 10-fold cross-validated (the model is refitted on 9 folds and
 *   judged on the held-out one), the committed weights in-sample for reference,
 *   and two baselines in the same run;
 * - STS-B train + dev: Spearman × 100 between `score` and the human 0–5 score;
 * - throughput of prepare + score, and of score alone (what the aligner pays per candidate).
 *
 * `npm run eval:align`            print the figures
 * `npm run eval:align -- --fit`   also refit on all of MRPC train and print
 *                                 the constants for lib/similarity/fitted-weights.ts
 * `npm run eval:align -- --repeat` also cross-validate over 8 other fold
 *                                 shuffles: the noise band a change must beat
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fitLogistic, type LogisticModel } from "../lib/similarity/logistic-regression";
import { FEATURE_NAMES, pairFeatures } from "../lib/similarity/pair-features";
import { KIND_THRESHOLDS, prepareSentence, scorePrepared, scoreWithModel, type SentenceFeatures } from "../lib/similarity/score-pair";
import { contentStems } from "../lib/text/tokens";

const MRPC_FILE = "../shared/datasets/mrpc-train/msr_paraphrase_train.txt";
const STSB_FILES = ["../shared/datasets/stsb/stsb-en-train.csv", "../shared/datasets/stsb/stsb-en-dev.csv"];
const FOLDS = 10;
const L2 = 1;

interface LabelledPair {
  a: string;
  b: string;
  label: number;
}

function readDataset(relative: string): string {
  const file = path.resolve(process.cwd(), relative);
  if (!existsSync(file)) {
    console.error(`eval-align: dataset not found at ${relative} (resolved to ${file}).`);
    console.error("Run from the project root with the shared datasets checked out beside it (../shared/datasets/).");
    process.exit(1);
  }
  return readFileSync(file, "utf8").replace(/^\ufeff/, "");
}

/** MRPC: tab-separated `label id1 id2 sentence1 sentence2` with a header line. */
function loadMrpc(): LabelledPair[] {
  const lines = readDataset(MRPC_FILE).split(/\r?\n/).slice(1);
  const pairs: LabelledPair[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const [label, , , a, b] = line.split("\t");
    if (a === undefined || b === undefined) throw new Error(`eval-align: malformed MRPC line: ${line.slice(0, 80)}`);
    pairs.push({ a, b, label: Number(label) });
  }
  return pairs;
}

/** One CSV record per line; fields may be double-quoted with "" for a quote. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}

function loadStsb(): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const file of STSB_FILES) {
    for (const line of readDataset(file).split(/\r?\n/)) {
      if (!line.trim()) continue;
      const [a, b, score] = parseCsvLine(line);
      const label = Number(score);
      if (a === undefined || b === undefined || !Number.isFinite(label)) continue; // header or broken line
      pairs.push({ a, b, label });
    }
  }
  return pairs;
}

interface Confusion {
  accuracy: number;
  f1: number;
  precision: number;
  recall: number;
}

function confusion(predicted: readonly boolean[], gold: readonly number[]): Confusion {
  let tp = 0, fp = 0, fn = 0, correct = 0;
  predicted.forEach((p, i) => {
    const g = gold[i] === 1;
    if (p === g) correct++;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { accuracy: correct / predicted.length, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

function format(c: Confusion): string {
  return `accuracy ${(100 * c.accuracy).toFixed(1)}%  F1 ${c.f1.toFixed(3)}  (precision ${c.precision.toFixed(3)}, recall ${c.recall.toFixed(3)})`;
}

/** The shuffle behind the figures in docs/similarity.md; `--repeat` adds others. */
const FOLD_SEED = 20210504;

/** Deterministic fold of each item: a fixed shuffle so folds do not follow file order. */
function foldOf(count: number, foldSeed = FOLD_SEED): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let seed = foldSeed;
  for (let i = count - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const folds = new Array<number>(count);
  order.forEach((item, position) => (folds[item] = position % FOLDS));
  return folds;
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

/** Each pair's cross-validated `same` (fitted on the other folds, judged on its own). */
function crossValidated(prepared: readonly (readonly [SentenceFeatures, SentenceFeatures])[], features: number[][], gold: readonly number[], folds: readonly number[]): boolean[] {
  const predictions = new Array<boolean>(prepared.length);
  for (let k = 0; k < FOLDS; k++) {
    const train = prepared.map((_, i) => i).filter((i) => folds[i] !== k);
    const model = fitLogistic(train.map((i) => features[i]!), train.map((i) => gold[i]!), { l2: L2 });
    for (let i = 0; i < prepared.length; i++) {
      if (folds[i] !== k) continue;
      const [a, b] = prepared[i]!;
      predictions[i] = scoreWithModel(a, b, model).same;
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
function repeatedCrossValidation(prepared: readonly (readonly [SentenceFeatures, SentenceFeatures])[], features: number[][], gold: readonly number[]): void {
  const shuffles = 8;
  const results: Confusion[] = [];
  for (let s = 1; s <= shuffles; s++) results.push(confusion(crossValidated(prepared, features, gold, foldOf(prepared.length, 1000 + s * 7919)), gold));
  const summary = (pick: (c: Confusion) => number, scale: number, digits: number) => {
    const values = results.map(pick).map((v) => v * scale);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    return `${mean.toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
  };
  console.log(`  ${shuffles} other fold shuffles, mean (range): accuracy ${summary((c) => c.accuracy, 100, 2)}%  F1 ${summary((c) => c.f1, 1, 4)}`);
}

function evaluateMrpc(pairs: LabelledPair[], fit: boolean, repeat: boolean): void {
  const gold = pairs.map((p) => p.label);
  const prepared: [SentenceFeatures, SentenceFeatures][] = pairs.map((p) => [prepareSentence(p.a), prepareSentence(p.b)]);
  const features = prepared.map(([a, b]) => [...pairFeatures(a, b)]);
  const folds = foldOf(pairs.length);
  const overlap = pairs.map((p) => contentOverlap(p.a, p.b));

  const cvPredictions = crossValidated(prepared, features, gold, folds);
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
  if (repeat) repeatedCrossValidation(prepared, features, gold);
  row("scorer, committed weights (in-sample)", confusion(committed, gold));
  const kinds = new Map<string, number>();
  for (const [a, b] of prepared) {
    const kind = String(scorePrepared(a, b).kind);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(`  kinds (committed weights): ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);

  if (fit) {
    const model: LogisticModel = fitLogistic(features, gold, { l2: L2 });
    console.log("\nFitted on all of MRPC train (paste into lib/similarity/fitted-weights.ts):");
    console.log("  weights: [");
    FEATURE_NAMES.forEach((name, j) => console.log(`    ${model.weights[j]!.toFixed(4)}, // ${name}`));
    console.log(`  ],\n  intercept: ${model.intercept.toFixed(4)},`);
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
evaluateMrpc(mrpc, fit, repeat);
evaluateStsb(stsb);
measureThroughput(mrpc);
