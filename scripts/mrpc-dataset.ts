/**
 * MRPC train as the similarity evaluations read it, with the fold split and
 * the confusion figures they share: eval-align and the experiments under
 * scripts/experiments must judge on exactly the same folds.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const MRPC_FILE = "../shared/datasets/mrpc-train/msr_paraphrase_train.txt";
export const FOLDS = 10;
/** The shuffle behind the figures in docs/similarity.md; `--repeat` adds others. */
export const FOLD_SEED = 20210504;
/** The 8 other shuffles `--repeat` averages over. */
export const REPEAT_SEEDS: readonly number[] = Array.from({ length: 8 }, (_, s) => 1000 + (s + 1) * 7919);

export interface LabelledPair {
  a: string;
  b: string;
  label: number;
}

export function readDataset(relative: string, who = "eval-align"): string {
  const file = path.resolve(process.cwd(), relative);
  if (!existsSync(file)) {
    console.error(`${who}: dataset not found at ${relative} (resolved to ${file}).`);
    console.error("Run from the project root with the shared datasets checked out beside it (../shared/datasets/).");
    process.exit(1);
  }
  return readFileSync(file, "utf8").replace(/^\ufeff/, "");
}

/** MRPC: tab-separated `label id1 id2 sentence1 sentence2` with a header line. */
export function loadMrpc(who = "eval-align"): LabelledPair[] {
  const lines = readDataset(MRPC_FILE, who).split(/\r?\n/).slice(1);
  const pairs: LabelledPair[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const [label, , , a, b] = line.split("\t");
    if (a === undefined || b === undefined) throw new Error(`${who}: malformed MRPC line: ${line.slice(0, 80)}`);
    pairs.push({ a, b, label: Number(label) });
  }
  return pairs;
}

export interface Confusion {
  accuracy: number;
  f1: number;
  precision: number;
  recall: number;
}

export function confusion(predicted: readonly boolean[], gold: readonly number[]): Confusion {
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

/** Deterministic fold of each item: a fixed shuffle so folds do not follow file order. */
export function foldOf(count: number, foldSeed = FOLD_SEED): number[] {
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
