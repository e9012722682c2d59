/**
 * Extraction quality and cost (`npm run eval:extract`), Lacuna beside plain
 * Readability (Readability 0.6 on linkedom, blocks joined by newlines) in the
 * same run, on two development sets:
 *
 * - aeb-dev (92 pages of the article-extraction benchmark, full gold text):
 *   F1 / precision / recall over word 4-grams, scored by the benchmark's own
 *   scorer (../shared/eval/extraction_f1.py). Lacuna is scored on its body
 *   text as the gold defines it (see scripts/datasets/benchmark-text.ts).
 * - boilerplate-dev (454 pages, a few must-keep / must-drop strings each):
 *   share of "with" strings found and "without" strings absent.
 *
 * Both extractors run on every page, alternating which goes first, so the
 * ms/page figures come from the same machine state.
 *
 *   npm run eval:extract [-- --aeb DIR] [--dataset DIR] [--scorer FILE] [--limit N] [--show-misses N]
 *   npm run eval:extract -- --ablate [rule,rule…]
 *
 * --ablate re-runs Lacuna once per named rule with that rule off and prints
 * both sets' figures beside all-rules-on: what each rule is worth.
 * --show-misses lists boilerplate-dev strings Lacuna got wrong, with the
 * stage that lost (or kept) each one.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseHTML } from "linkedom";
import { extractArticle } from "../lib/ingest/extract/extract-article";
import { EXTRACTION_RULES, type ExtractionRule, type ExtractOptions } from "../lib/ingest/extract/extraction-rules";
import { filterBlocks } from "../lib/ingest/extract/filter-blocks";
import { htmlToBlocks } from "../lib/ingest/extract/html-to-blocks";
import { pruneBoilerplate } from "../lib/ingest/extract/prune-boilerplate";
import { runReadability } from "../lib/ingest/extract/run-readability";
import { stripInertMarkup } from "../lib/ingest/extract/strip-inert-markup";
import { type AebPage, loadAebDev } from "./datasets/aeb-dev";
import { benchmarkText } from "./datasets/benchmark-text";
import {
  type BoilerplatePage,
  type KeepDropMiss,
  type KeepDropScore,
  keepDropMean,
  loadBoilerplateDev,
  newKeepDropScore,
  normalizeSpace,
  scorePage,
} from "./datasets/boilerplate-dev";
import { type F1Score, scoreWithBenchmark } from "./datasets/extraction-f1";
import { plainReadability } from "./datasets/plain-readability";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const root = resolve(import.meta.dirname, "..");
const limit = Number(arg("limit") ?? Infinity);
const showMisses = Number(arg("show-misses") ?? 0);
const scorer = resolve(root, arg("scorer") ?? "../shared/eval/extraction_f1.py");

/** A set that is absent is reported and skipped; the other one is still measured. */
function load<T>(name: string, read: () => T[]): T[] {
  try {
    return read().slice(0, limit);
  } catch (error) {
    console.log(`eval:extract: ${name} skipped: ${(error as Error).message}`);
    return [];
  }
}
const boilerplate = load("boilerplate-dev", () => loadBoilerplateDev(resolve(root, arg("dataset") ?? "../shared/datasets/boilerplate-dev")));
const aeb = load("aeb-dev", () => loadAebDev(resolve(root, arg("aeb") ?? "../shared/datasets/aeb-dev")).pages);
if (boilerplate.length === 0 && aeb.length === 0) {
  console.error("eval:extract: no development data found (../shared/datasets/ is not part of a clone); nothing to measure.");
  process.exit(1);
}
const canScore = aeb.length > 0 && existsSync(scorer);
if (aeb.length > 0 && !canScore) console.log(`eval:extract: benchmark scorer not found at ${scorer}; aeb-dev F1 skipped (timings still printed).`);

/** `gold` says which set's gold the text is for: aeb-dev scores body text as its gold defines it, boilerplate-dev the text a user sees. */
type Extractor = (html: string, url: string, gold: "aeb" | "boilerplate") => string;
const lacuna = (options?: ExtractOptions): Extractor => (html, url, gold) => {
  try {
    const article = extractArticle(html, url, options);
    return gold === "aeb" ? benchmarkText(article.blocks) : article.text;
  } catch {
    // "No article found" scores as an empty prediction, as the benchmark counts a page an extractor returns nothing for.
    return "";
  }
};
const readability: Extractor = (html) => plainReadability(html);

interface SetRun {
  keepDrop: KeepDropScore;
  misses: Array<KeepDropMiss & { file: string }>;
  aebPredictions: Map<string, string>;
  msBoilerplate: number[];
  msAeb: number[];
}
const newRun = (): SetRun => ({ keepDrop: newKeepDropScore(), misses: [], aebPredictions: new Map(), msBoilerplate: [], msAeb: [] });

/** Process CPU ms per call, by extractor: less shaken than wall time when other jobs share the cores. */
const cpuTimes = new Map<Extractor, number[]>();

function timed(extract: Extractor, page: { html: string; url: string }, gold: "aeb" | "boilerplate", times: number[]): string {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const text = extract(page.html, page.url, gold);
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  const list = cpuTimes.get(extract) ?? [];
  list.push((used.user + used.system) / 1000);
  cpuTimes.set(extract, list);
  return text;
}

/** Runs the extractors over both sets, one page at a time, alternating which goes first. */
function runAll(extractors: Record<string, Extractor>): Record<string, SetRun> {
  const runs = Object.fromEntries(Object.keys(extractors).map((name) => [name, newRun()]));
  const order = (i: number): Array<[string, Extractor]> => (i % 2 === 0 ? Object.entries(extractors) : Object.entries(extractors).reverse());
  aeb.forEach((page: AebPage, i) => {
    for (const [name, extract] of order(i)) runs[name]!.aebPredictions.set(page.id, timed(extract, page, "aeb", runs[name]!.msAeb));
  });
  boilerplate.forEach((page: BoilerplatePage, i) => {
    for (const [name, extract] of order(i)) {
      const run = runs[name]!;
      const text = normalizeSpace(timed(extract, page, "boilerplate", run.msBoilerplate));
      for (const miss of scorePage(run.keepDrop, page, text)) run.misses.push({ ...miss, file: page.file });
    }
  });
  return runs;
}

const aebTruth = Object.fromEntries(aeb.map((p) => [p.id, { articleBody: p.articleBody }]));
const f1Of = (run: SetRun): F1Score | undefined => (canScore ? scoreWithBenchmark(scorer, aebTruth, run.aebPredictions) : undefined);

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[sorted.length >> 1]!;
};
const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
const ms = (xs: readonly number[]): string => `${median(xs).toFixed(1).padStart(9)}   ${mean(xs).toFixed(1).padStart(7)}`;

function printFigures(runs: Record<string, SetRun>): Record<string, F1Score | undefined> {
  const f1s: Record<string, F1Score | undefined> = {};
  if (aeb.length > 0) {
    console.log(`\naeb-dev: ${aeb.length} pages, full gold text, benchmark scorer (word 4-grams, P and R averaged over pages)`);
    console.log("extractor         F1   precision   recall   exact   median ms   mean ms");
    for (const [name, run] of Object.entries(runs)) {
      const s = (f1s[name] = f1Of(run));
      const figures = s ? `${s.f1.toFixed(3)}   ${s.precision.toFixed(3).padStart(9)}   ${s.recall.toFixed(3).padStart(6)}   ${s.exact.toFixed(3)}` : "    (not scored)                   ";
      console.log(`${name.padEnd(12)}  ${figures}   ${ms(run.msAeb)}`);
    }
  }
  if (boilerplate.length > 0) {
    console.log(`\nboilerplate-dev: ${boilerplate.length} pages, must-keep ("with") and must-drop ("without") strings`);
    console.log("extractor     with found   without absent   mean of both   median ms   mean ms");
    for (const [name, run] of Object.entries(runs)) {
      const s = run.keepDrop;
      console.log(`${name.padEnd(12)}  ${pct(s.withFound, s.withTotal).padStart(10)}   ${pct(s.withoutAbsent, s.withoutTotal).padStart(14)}   ${(100 * keepDropMean(s)).toFixed(1).padStart(11)}%   ${ms(run.msBoilerplate)}`);
    }
    // No F1 here: precision needs every output 4-gram judged, and this gold names only a few strings per page.
    console.log("extractor     4-gram recall (with)   4-gram leak (without)");
    for (const [name, { keepDrop: s }] of Object.entries(runs)) {
      console.log(`${name.padEnd(12)}  ${pct(s.withGramsFound, s.withGrams).padStart(20)}   ${pct(s.withoutGramsLeaked, s.withoutGrams).padStart(21)}`);
    }
  }
  // The machine is shared: compare the medians of one run, not absolute times across runs.
  const all = Object.entries(runs).map(([name, run]) => [name, median([...run.msAeb, ...run.msBoilerplate])] as const);
  console.log(`\nmedian wall ms/page over both sets, same run: ${all.map(([name, m]) => `${name} ${m.toFixed(1)}`).join(", ")}` +
    (all.length === 2 ? ` (ratio ${(all[0]![1] / all[1]![1]).toFixed(2)})` : ""));
  const cpu = Object.entries(extractors).map(([name, extract]) => [name, cpuTimes.get(extract) ?? []] as const);
  console.log(`median / mean CPU ms/page (process, GC threads included), same run: ${cpu.map(([name, xs]) => `${name} ${median(xs).toFixed(1)} / ${mean(xs).toFixed(1)}`).join(", ")}` +
    (cpu.length === 2 ? ` (median ratio ${(median(cpu[0]![1]) / median(cpu[1]![1])).toFixed(2)})` : ""));
  return f1s;
}

/** Each rule off in turn, Lacuna only: both sets' figures beside all-rules-on. */
function ablate(allOn: SetRun, allOnF1: F1Score | undefined): void {
  const named = arg("ablate");
  const rules = named && !named.startsWith("--") ? (named.split(",") as ExtractionRule[]) : [...EXTRACTION_RULES];
  const unknown = rules.filter((r) => !(EXTRACTION_RULES as readonly string[]).includes(r));
  if (unknown.length > 0) throw new Error(`unknown rule(s): ${unknown.join(", ")}; rules are ${EXTRACTION_RULES.join(", ")}`);
  const onMean = boilerplate.length > 0 ? keepDropMean(allOn.keepDrop) : 0;
  console.log(`\nablation: each rule off, all others on (gain = all on − this rule off; + means the rule pays)`);
  console.log("rule                        aeb F1 off   gain F1   P off   R off    boilerplate mean off   gain");
  console.log(`${"(all on)".padEnd(26)}  ${(allOnF1?.f1 ?? NaN).toFixed(3).padStart(10)}                              ${(100 * onMean).toFixed(2).padStart(9)}%`);
  for (const rule of rules) {
    const run = runAll({ lacuna: lacuna({ skipRules: [rule] }) }).lacuna!;
    const f1 = f1Of(run);
    const offMean = boilerplate.length > 0 ? keepDropMean(run.keepDrop) : 0;
    const gainF1 = f1 && allOnF1 ? (allOnF1.f1 - f1.f1).toFixed(3) : "n/a";
    console.log(
      `${rule.padEnd(26)}  ${(f1?.f1 ?? NaN).toFixed(3).padStart(10)}   ${gainF1.padStart(7)}   ${(f1?.precision ?? NaN).toFixed(3)}   ${(f1?.recall ?? NaN).toFixed(3)}   ${(100 * offMean).toFixed(2).padStart(20)}%   ${(100 * (onMean - offMean)).toFixed(2).padStart(5)}`,
    );
  }
}

/**
 * The last stage of the pipeline whose text still holds a string: "markup" (not in the page text at all), "pruning"
 * (in the page, gone after pruning), "readability" (pruned page has it, Readability's blocks do not), "filter"
 * (in the blocks, dropped by the block filter), "output" (in the filtered blocks: a standfirst or fallback difference,
 * or for a kept string, in the output).
 */
function stageTexts(html: string): string[] {
  const { document } = parseHTML(stripInertMarkup(html));
  const doc = document as unknown as Document;
  const page = normalizeSpace(doc.body?.textContent ?? "");
  pruneBoilerplate(doc);
  const pruned = normalizeSpace(doc.body?.textContent ?? "");
  const content = runReadability(doc);
  const blocks = content ? htmlToBlocks(content) : [];
  return [page, pruned, normalizeSpace(blocks.map((b) => b.text).join(" ")), normalizeSpace(filterBlocks(blocks).map((b) => b.text).join(" "))];
}
const STAGES = ["markup", "pruning", "readability", "filter", "output"];

function describeMisses(misses: ReadonlyArray<KeepDropMiss & { file: string }>): string[] {
  const pages = new Map(boilerplate.map((p) => [p.file, p]));
  const texts = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const lines = misses.map(({ file, kind, text }) => {
    let staged = texts.get(file);
    if (!staged) texts.set(file, (staged = stageTexts(pages.get(file)!.html)));
    const index = staged.findIndex((t) => !t.includes(normalizeSpace(text)));
    const stage = STAGES[index === -1 ? STAGES.length - 1 : index]!;
    const key = `${kind} ${stage}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return `${file}  ${kind.padEnd(7)}  ${text}  [${stage}]`;
  });
  return [...lines, ...[...counts].sort().map(([key, n]) => `by stage: ${key.padEnd(20)} ${n}`)];
}

const extractors: Record<string, Extractor> = { lacuna: lacuna(), readability };
const runs = runAll(extractors);
const f1s = printFigures(runs);
if (showMisses > 0) for (const line of describeMisses(runs.lacuna!.misses.slice(0, showMisses))) console.log(line);
if (flag("ablate")) ablate(runs.lacuna!, f1s.lacuna);
