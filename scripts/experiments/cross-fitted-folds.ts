/**
 * The cross-validation the similarity experiments share: a plain logistic
 * model (probability ≥ 0.5, no negation veto) over features that depend on
 * a table fitted on training pairs (gram weights, word-pair weights). Inside
 * each outer fold the table is cross-fitted over 10 inner folds, as
 * eval-align does, so no training row sees weights fitted on itself.
 */
import { fitLogistic, logisticProbability } from "../../lib/similarity/logistic-regression";
import { confusion, type Confusion, FOLDS, foldOf, REPEAT_SEEDS } from "../mrpc-dataset";

export interface CrossFittedSetup<T> {
  gold: readonly number[];
  /** The table fitted on these pair indices. */
  fitTable: (items: readonly number[]) => T;
  /** Feature vector of pair i under a table. */
  featuresOf: (i: number, table: T) => number[];
}

export function crossFittedPredictions<T>(setup: CrossFittedSetup<T>, folds: readonly number[]): boolean[] {
  const { gold, fitTable, featuresOf } = setup;
  const predictions = new Array<boolean>(gold.length);
  for (let k = 0; k < FOLDS; k++) {
    const train = gold.map((_, i) => i).filter((i) => folds[i] !== k);
    const inner = foldOf(train.length, 777 + k);
    const rows = new Array<number[]>(train.length);
    for (let f = 0; f < FOLDS; f++) {
      const table = fitTable(train.filter((_, t) => inner[t] !== f));
      train.forEach((i, t) => {
        if (inner[t] === f) rows[t] = featuresOf(i, table);
      });
    }
    const model = fitLogistic(rows, train.map((i) => gold[i]!), { l2: 1 });
    const table = fitTable(train);
    for (let i = 0; i < gold.length; i++) if (folds[i] === k) predictions[i] = logisticProbability(model, featuresOf(i, table)) >= 0.5;
  }
  return predictions;
}

const show = (c: Confusion) => `${(100 * c.accuracy).toFixed(2)}% / F1 ${c.f1.toFixed(4)} (P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)})`;

/** Prints one line per setup: the main shuffle, and with `repeat` the mean over the 8 other shuffles eval-align uses. */
export function reportCrossFitted<T>(setups: readonly { label: string; setup: CrossFittedSetup<T> }[], repeat: boolean): void {
  for (const { label, setup } of setups) {
    const count = setup.gold.length;
    const main = confusion(crossFittedPredictions(setup, foldOf(count)), setup.gold);
    const others = (repeat ? REPEAT_SEEDS : []).map((seed) => confusion(crossFittedPredictions(setup, foldOf(count, seed)), setup.gold));
    const mean = (pick: (c: Confusion) => number) => others.reduce((s, c) => s + pick(c), 0) / Math.max(1, others.length);
    const tail = others.length > 0 ? `   mean over ${others.length} shuffles ${(100 * mean((c) => c.accuracy)).toFixed(2)}% / F1 ${mean((c) => c.f1).toFixed(4)}` : "";
    console.log(`${label}: main shuffle ${show(main)}${tail}`);
  }
}
