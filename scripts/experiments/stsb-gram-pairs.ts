/**
 * Experiment (shipped with --same 4 --not 2: scripts/eval-align.ts,
 * docs/similarity.md): do STS-B's pairs, as extra training pairs for the
 * gram weights only, teach them which words matter when two sentences reword
 * one report? MRPC train has 4,076 pairs; STS-B train + dev adds up to 7,249
 * from other genres (news headlines, image captions, forums).
 *
 * Pairs scored at or above --same count as same, at or below --not as not;
 * the middle is left out. --dup 2 gives MRPC's own pairs twice the weight.
 * The base line fits the grams on MRPC alone. Note that the committed
 * scorer's features are used for both lines (only the gram tables differ).
 *
 *   npx tsx scripts/experiments/stsb-gram-pairs.ts [--same 4] [--not 2] [--dup 1] [--repeat]
 */
import { fitGramWeights, type GramWeights } from "../../lib/similarity/gram-weights";
import { pairFeatures } from "../../lib/similarity/pair-features";
import { gramsOf, prepareSentence } from "../../lib/similarity/prepare-sentence";
import { loadMrpc } from "../mrpc-dataset";
import { loadStsb } from "../stsb-dataset";
import { reportCrossFitted } from "./cross-fitted-folds";

function arg(name: string, fallback: string): number {
  const at = process.argv.indexOf(`--${name}`);
  return Number(at >= 0 ? process.argv[at + 1]! : fallback);
}
const SAME_AT = arg("same", "4");
const NOT_AT = arg("not", "2");
const DUP = arg("dup", "1");

const pairs = loadMrpc("stsb-gram-pairs");
const gold = pairs.map((p) => p.label);
const prepared = pairs.map((p) => [prepareSentence(p.a), prepareSentence(p.b)] as const);
const grams = prepared.map(([a, b]) => [gramsOf(a), gramsOf(b)] as const);
const extra = loadStsb()
  .filter((p) => p.label >= SAME_AT || p.label <= NOT_AT)
  .map((p) => ({ grams: [gramsOf(prepareSentence(p.a)), gramsOf(prepareSentence(p.b))] as const, label: p.label >= SAME_AT ? 1 : 0 }));
console.log(`STS-B pairs added to the gram fitting: ${extra.length} (≥ ${SAME_AT} same, ≤ ${NOT_AT} not); MRPC pairs ×${DUP}`);

const fitTable = (withExtra: boolean) => (items: readonly number[]) => {
  const mrpc = withExtra ? Array.from({ length: DUP }, () => items).flat() : items;
  const added = withExtra ? extra : [];
  return fitGramWeights([...mrpc.map((i) => grams[i]!), ...added.map((e) => e.grams)], [...mrpc.map((i) => gold[i]!), ...added.map((e) => e.label)]);
};
const featuresOf = (i: number, table: GramWeights) => [...pairFeatures(prepared[i]![0], prepared[i]![1], undefined, true, table)];
reportCrossFitted(
  [
    { label: "grams from MRPC only", setup: { gold, fitTable: fitTable(false), featuresOf } },
    { label: "grams from MRPC + STS-B", setup: { gold, fitTable: fitTable(true), featuresOf } },
  ],
  process.argv.includes("--repeat"),
);
