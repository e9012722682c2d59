/**
 * Experiment (tried and left out, docs/similarity.md, fourth round): do
 * left-over word pairs, learned like the gram weights, teach the "same
 * content" model rewordings (said / stated, rose / increased)?
 *
 * For each sentence pair, the content stems each side has and the other
 * lacks (rarity below --rarity, at most --max per side, in sentence order)
 * are paired across the sides; each unordered (stem of A, stem of B) pair is
 * one more sparse feature of the gram model (gram-weights.ts), fitted and
 * cross-fitted exactly as the grams inside each training fold. Their learned
 * weights are summed per pair, added to gramShared or (--separate) as a
 * 22nd feature.
 *
 * Same folds as eval-align (and its 8 other shuffles with --repeat). The
 * classifier is the plain logistic model (probability ≥ 0.5), without the
 * scorer's negation veto, so figures here run a few tenths above
 * eval-align's; compare "base" against the variant in one run.
 *
 *   npx tsx scripts/experiments/leftover-pairs.ts --rarity 13 --max 8 [--min-pairs 2] [--window 0.25] [--separate] [--repeat]
 */
import { fitGramWeights, type GramWeights } from "../../lib/similarity/gram-weights";
import { mixHashes, sortedUnique } from "../../lib/similarity/hashed-set";
import { FEATURE, pairFeatures } from "../../lib/similarity/pair-features";
import { gramsOf, prepareSentence, type SentenceFeatures } from "../../lib/similarity/prepare-sentence";
import { loadMrpc } from "../mrpc-dataset";
import { reportCrossFitted } from "./cross-fitted-folds";

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}
const MAX_RARITY = Number(arg("rarity", "13"));
const MAX_PER_SIDE = Number(arg("max", "8"));
const MIN_PAIRS = Number(arg("min-pairs", "1"));
const WINDOW = Number(arg("window", "2"));
const SEPARATE = process.argv.includes("--separate");
const REPEAT = process.argv.includes("--repeat");
/** Keeps word-pair hashes apart from stem and bigram hashes. */
const CROSS_MASK = 0x2aaaaaaa;

/** Content stems of `a` that `b` lacks, below the rarity cap, in sentence order, with their relative positions. */
function leftovers(a: SentenceFeatures, b: SentenceFeatures): { stems: number[]; at: number[] } {
  const stems: number[] = [];
  const at: number[] = [];
  const other = new Set(b.stems);
  const last = Math.max(1, a.contentSequence.length - 1);
  a.contentSequence.forEach((v, k) => {
    if (stems.length >= MAX_PER_SIDE || a.sequenceWeights[k]! >= MAX_RARITY || other.has(v) || stems.includes(v)) return;
    stems.push(v);
    at.push(k / last);
  });
  return { stems, at };
}

function leftoverPairs(a: SentenceFeatures, b: SentenceFeatures): number[] {
  const x = leftovers(a, b);
  const y = leftovers(b, a);
  const out: number[] = [];
  x.stems.forEach((u, i) =>
    y.stems.forEach((v, j) => {
      if (Math.abs(x.at[i]! - y.at[j]!) <= WINDOW) out.push(mixHashes(Math.min(u, v), Math.max(u, v)) ^ CROSS_MASK);
    }),
  );
  return sortedUnique(out);
}

const pairs = loadMrpc("leftover-pairs");
const gold = pairs.map((p) => p.label);
const prepared = pairs.map((p) => [prepareSentence(p.a), prepareSentence(p.b)] as const);
const grams = prepared.map(([a, b]) => [gramsOf(a), gramsOf(b)] as const);
const cross = prepared.map(([a, b]) => leftoverPairs(a, b));

/**
 * The gram table with the word pairs as extra grams on both sides (so the
 * sparse model learns them on the "shared" side of their rows), and a map
 * of those pairs' weights: sentences never hold these hashes, so the
 * scorer's own sums ignore them and they are summed here.
 */
function tableOf(items: readonly number[], withPairs: boolean): { table: GramWeights; pairWeight: Map<number, number> } {
  const seen = new Map<number, number>();
  for (const i of items) for (const h of cross[i]!) seen.set(h, (seen.get(h) ?? 0) + 1);
  const kept = (i: number) => (withPairs ? cross[i]!.filter((h) => seen.get(h)! >= MIN_PAIRS) : []);
  const table = fitGramWeights(
    items.map((i) => {
      const extra = kept(i);
      return [sortedUnique([...grams[i]![0], ...extra]), sortedUnique([...grams[i]![1], ...extra])] as const;
    }),
    items.map((i) => gold[i]!),
  );
  const pairWeight = new Map<number, number>();
  const wanted = new Set(items.flatMap(kept));
  table.hashes.forEach((h, r) => {
    if (wanted.has(h)) pairWeight.set(h, table.shared[r]!);
  });
  return { table, pairWeight };
}

function featuresOf(i: number, fitted: { table: GramWeights; pairWeight: Map<number, number> }, withPairs: boolean): number[] {
  const [a, b] = prepared[i]!;
  const x = [...pairFeatures(a, b, undefined, true, fitted.table)];
  const sum = withPairs ? cross[i]!.reduce((s, h) => s + (fitted.pairWeight.get(h) ?? 0), 0) : 0;
  if (SEPARATE) x.push(sum);
  else x[FEATURE.gramShared]! += sum;
  return x;
}

console.log(`rarity < ${MAX_RARITY}, ≤ ${MAX_PER_SIDE} a side, seen in ≥ ${MIN_PAIRS} training pairs, window ${WINDOW}${SEPARATE ? ", separate feature" : ""}`);
const setup = (withPairs: boolean) => ({ gold, fitTable: (items: readonly number[]) => tableOf(items, withPairs), featuresOf: (i: number, fitted: ReturnType<typeof tableOf>) => featuresOf(i, fitted, withPairs) });
reportCrossFitted([{ label: "base", setup: setup(false) }, { label: "with left-over pairs", setup: setup(true) }], REPEAT);
