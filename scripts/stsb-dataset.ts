/**
 * STS-B train + dev as the similarity evaluations read it: sentence pairs
 * with a 0–5 human similarity score. eval-align judges `score` against it
 * and lets the gram weights learn from its clear pairs; the experiments under
 * scripts/experiments read it the same way.
 */
import { gramsOf, prepareSentence } from "../lib/similarity/prepare-sentence";
import { parseCsvLine } from "./datasets/csv-line";
import { type LabelledPair, readDataset } from "./mrpc-dataset";

export const STSB_FILES = ["../shared/datasets/stsb/stsb-en-train.csv", "../shared/datasets/stsb/stsb-en-dev.csv"];

export function loadStsb(): LabelledPair[] {
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

/** Labelled gram pairs from outside MRPC, added to every fit of the gram weights. */
export interface ExtraGramPairs {
  grams: (readonly [readonly number[], readonly number[]])[];
  labels: number[];
}

/**
 * STS-B pairs as extra training pairs for the gram weights only (not for the
 * logistic model, whose features STS-B's other genres would skew). Its
 * annotation guidelines give 4 to "mostly equivalent, only unimportant
 * details differ" and 2 to "not equivalent, but share some details": pairs at
 * or above 4 count as same, at or below 2 as not, the ambiguous middle is
 * left out. 4,284 more pairs teach which words matter when two sentences
 * reword one report (docs/similarity.md: +0.5 point of accuracy on average).
 * `score`, which the STS-B figure below judges, does not use the gram
 * weights, so that figure stays a held-out one.
 */
export const STSB_SAME_AT = 4;
export const STSB_NOT_AT = 2;

export function stsbGramPairs(pairs: readonly LabelledPair[]): ExtraGramPairs {
  const extra: ExtraGramPairs = { grams: [], labels: [] };
  for (const p of pairs) {
    if (p.label > STSB_NOT_AT && p.label < STSB_SAME_AT) continue;
    extra.grams.push([gramsOf(prepareSentence(p.a)), gramsOf(prepareSentence(p.b))]);
    extra.labels.push(p.label >= STSB_SAME_AT ? 1 : 0);
  }
  return extra;
}
