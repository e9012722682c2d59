/**
 * Speed of the comparison core (`npm run bench`): for pairs of real articles
 * by two different outlets about the same events, at about 1,000, 3,000 and
 * 10,000 words per article, the median time of
 *   - align + word diff of every aligned pair (passages already segmented),
 *   - the whole analysis (align, word diffs, omission flags) of two prepared
 *     articles, each read once beforehand (lib/compare/prepared-document.ts):
 *     what every further comparison of an article costs in a story,
 *   - the whole analysis from raw blocks (segmenting and reading both),
 *   - the same with the word-form memos emptied first (a cold process),
 * against a whole-document diff-match-patch character diff with semantic
 * cleanup and no time limit, the naive way to compare two articles.
 *
 * `--quick` skips the minute-long 10,000-word reference; `--core` skips every
 * reference (repeat it to get stable medians on a shared machine); `--prepared`
 * times only the analysis of prepared articles, for runs alternating with
 * another version of lib/.
 *
 * `npm run bench -- --coverage` instead times the N-way story coverage on six
 * sources of real sentences at 100, 200 and 400 passages each.
 *
 * `npm run bench -- --baselines` prints only the table of what a user would
 * otherwise run (git word-diff, Python's difflib, diff-match-patch with its
 * default timeout, the tokenising floor) next to Lacuna, in the same run
 * (scripts/bench/baselines.ts); the full bench prints it at the end.
 *
 * `npm run bench -- --segmentation` instead measures the sentence splitter
 * against BASIL's own sentence split (speed and agreement), next to
 * Intl.Segmenter, the built-in alternative.
 *
 * Pairs are BASIL articles (../shared/datasets/basil-dev) of the same events,
 * concatenated event by event: A from one outlet, B from another. Without the
 * dataset the in-repo seed story is used, repeated with light edits.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import DiffMatchPatch from "diff-match-patch";
import { analyseDocuments, analysePrepared } from "../lib/compare/analyse-documents";
import { comparePassages } from "../lib/compare/compare-documents";
import { prepareDocument } from "../lib/compare/prepared-document";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "../lib/compare/fixtures/blinken-motegi";
import { buildCoverage, type CoverageSource } from "../lib/omissions/coverage";
import { segmentBlocks } from "../lib/text/segment";
import { splitSentences } from "../lib/text/sentences";
import { clearSurfaceWordMemo } from "../lib/similarity/sentence-words";
import { clearTokenMemo } from "../lib/text/tokens";
import { blocksToText, type Block, type Passage } from "../lib/text/types";
import { runBaselines } from "./bench/baselines";
import { median, time } from "./bench/timing";
import { BASIL_DIR, basilBlocks, basilPair, loadBasil, OUTLET_PAIRS, wordCount, type BasilArticle, type BenchPair } from "./bench/basil-pairs";

const SIZES = [1_000, 3_000, 10_000] as const;
/**
 * Runs per size for the aligner and for the whole-document reference. The
 * reference grows about quadratically (≈1 s at 1,000 words, minutes at
 * 10,000), so at 10,000 words it runs once, on the first pair only, and
 * `--quick` skips it there altogether.
 */
const RUNS: Record<(typeof SIZES)[number], { core: number; reference: number; referencePairs: number }> = {
  1_000: { core: 300, reference: 3, referencePairs: 3 },
  3_000: { core: 100, reference: 1, referencePairs: 3 },
  10_000: { core: 30, reference: 1, referencePairs: 1 },
};
/** Fallback: the seed story repeated, with every copy lightly edited so copies differ. */
function seedPair(words: number): BenchPair {
  const a: Block[] = [];
  const b: Block[] = [];
  for (let copy = 0; wordCount({ info: { title: "", outlet: "" }, blocks: a }) < words; copy++) {
    const tag = (text: string) => text.replace(/\bMonday\b/g, `day ${copy}`).replace(/\blast week\b/g, `week ${copy}`);
    a.push(...BLINKEN_MOTEGI_ANI.blocks.map((x) => ({ ...x, text: `${tag(x.text)}` })));
    b.push(...BLINKEN_MOTEGI_REWRITE.blocks.map((x) => ({ ...x, text: `${tag(x.text)}` })));
  }
  return { label: "seed story (fallback)", a: { ...BLINKEN_MOTEGI_ANI, blocks: a }, b: { ...BLINKEN_MOTEGI_REWRITE, blocks: b } };
}



/**
 * Sentence boundaries against BASIL's sentence lists: each paragraph's
 * sentences joined by a space, split again, boundaries compared by offset.
 */
function benchSegmentation(events: Map<string, Map<string, BasilArticle>>): void {
  const paragraphs: Array<{ text: string; gold: Set<number> }> = [];
  for (const byOutlet of events.values()) {
    for (const article of byOutlet.values()) {
      for (const sentences of article["body-paragraphs"]) {
        // BASIL keeps stray spaces at some sentence ends; the splitter's spans are trimmed.
        const trimmed = sentences.map((s) => s.trim()).filter(Boolean);
        const gold = new Set<number>();
        let offset = 0;
        trimmed.forEach((s, k) => {
          offset += s.length + (k > 0 ? 1 : 0);
          if (k + 1 < trimmed.length) gold.add(offset);
        });
        paragraphs.push({ text: trimmed.join(" "), gold });
      }
    }
  }
  const icu = new Intl.Segmenter("en", { granularity: "sentence" });
  const splitters: Array<[string, (text: string) => number[]]> = [
    ["lib/text/sentences", (text) => splitSentences(text).slice(0, -1).map((s) => s.end)],
    ["Intl.Segmenter (ICU)", (text) => [...icu.segment(text)].slice(1).map((s) => text.slice(0, s.index).trimEnd().length)],
  ];
  const words = paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  console.log(`sentence boundaries in ${paragraphs.length} BASIL paragraphs (${words} words):`);
  for (const [name, split] of splitters) {
    let hit = 0;
    let found = 0;
    let gold = 0;
    for (const p of paragraphs) {
      const cuts = split(p.text);
      found += cuts.length;
      gold += p.gold.size;
      for (const c of cuts) if (p.gold.has(c)) hit++;
    }
    const ms = time(5, () => {
      for (const p of paragraphs) split(p.text);
    });
    const precision = hit / Math.max(1, found);
    const recall = hit / Math.max(1, gold);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    console.log(
      `  ${name.padEnd(22)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  ${((ms * 1000) / words).toFixed(3)} µs/word`,
    );
  }
}

/**
 * N-way story coverage (lib/omissions/coverage.ts) on six sources of real news
 * sentences — the three BASIL outlets, each from two different runs of events
 * — at 100, 200 and 400 passages per source: its cost should grow about
 * linearly, not with the square of the passages.
 */
function benchCoverage(events: Map<string, Map<string, BasilArticle>>): void {
  const articles = [...events.values()];
  const sourceOf = (outlet: string, offset: number, size: number): CoverageSource => {
    const passages: Passage[] = [];
    for (let k = 0; passages.length < size && k < articles.length; k++) {
      const article = articles[(offset + k) % articles.length]?.get(outlet);
      if (article) passages.push(...segmentBlocks(basilBlocks(article)));
    }
    const kept = passages.slice(0, size).map((p, index) => ({ ...p, index }));
    return { id: `${outlet}-${offset}`, label: `${outlet} from event ${offset}`, passages: kept };
  };
  console.log("N-way coverage, 6 sources of BASIL sentences (median of 3 runs):");
  for (const size of [100, 200, 400]) {
    const sources = ["nyt", "fox", "hpo"].flatMap((outlet) => [sourceOf(outlet, 0, size), sourceOf(outlet, 20, size)]);
    const ms = time(3, () => buildCoverage(sources));
    console.log(`  ${size} passages per source: ${ms.toFixed(0)} ms`);
  }
}

/**
 * `--prepared`: only the whole analysis of two prepared articles, per pair and size, each pair
 * warmed up first. A short run (about half a minute) to alternate with the same script over
 * another version of lib/ when a change is meant to make the analysis faster.
 */
function benchPrepared(events: Map<string, Map<string, BasilArticle>> | null): void {
  console.log("size     pair                 analysis:prepared (median of runs)");
  for (const size of SIZES) {
    const pairs: BenchPair[] = events
      ? OUTLET_PAIRS.map(([x, y], k) => basilPair(events, size, x, y, k * 7)).filter((p): p is BenchPair => p !== null)
      : [seedPair(size)];
    const medians = pairs.map((pair) => {
      const a = prepareDocument(pair.a);
      const b = prepareDocument(pair.b);
      time(5, () => analysePrepared(a, b));
      const ms = time(RUNS[size].core, () => analysePrepared(a, b));
      console.log(`${size}`.padEnd(8), pair.label.padEnd(20), `${ms.toFixed(2)} ms`);
      return ms;
    });
    console.log(`  ~${size} words: median over pairs ${median(medians).toFixed(2)} ms`);
  }
}

function main(): void {
  const root = process.cwd();
  const dir = path.resolve(root, BASIL_DIR);
  const haveBasil = existsSync(dir);
  if (process.argv.includes("--segmentation")) {
    if (!haveBasil) {
      console.error(`${BASIL_DIR} not found: run from the project root with the shared datasets beside it.`);
      process.exitCode = 1;
      return;
    }
    benchSegmentation(loadBasil(dir));
    return;
  }
  if (process.argv.includes("--coverage")) {
    if (!haveBasil) {
      console.error(`${BASIL_DIR} not found: run from the project root with the shared datasets beside it.`);
      process.exitCode = 1;
      return;
    }
    benchCoverage(loadBasil(dir));
    return;
  }
  if (!haveBasil) {
    console.error(`note: ${BASIL_DIR} not found (run from the project root with the shared datasets beside it); using the in-repo seed story instead.`);
  }
  const events = haveBasil ? loadBasil(dir) : null;
  const baselinePairs = () =>
    SIZES.map((size) => {
      const pair = events ? basilPair(events, size, "nyt", "fox", 0) : seedPair(size);
      return pair ? { size, ...pair } : null;
    }).filter((p): p is NonNullable<typeof p> => p !== null);
  if (process.argv.includes("--baselines")) {
    runBaselines(baselinePairs());
    return;
  }
  if (process.argv.includes("--prepared")) {
    benchPrepared(events);
    return;
  }
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0; // no limit: a fair, complete reference diff

  console.log(
    "size     pair                 words A/B     pairs  align+diff  analysis:prepared  from blocks  cold process   whole-doc dmp   speed-up (prepared / from blocks)",
  );
  const quick = process.argv.includes("--quick");
  // --core: the aligner only, no whole-document reference (for repeated runs on a shared machine).
  const coreOnly = process.argv.includes("--core");
  const summary: Array<{ size: number; core: number; prepared: number; omissions: number; analysis: number; reference: number | null }> = [];
  for (const size of SIZES) {
    const pairs: BenchPair[] = events
      ? OUTLET_PAIRS.map(([x, y], k) => basilPair(events, size, x, y, k * 7)).filter((p): p is BenchPair => p !== null)
      : [seedPair(size)];
    for (const [k, pair] of pairs.entries()) {
      const passagesA = segmentBlocks(pair.a.blocks);
      const passagesB = segmentBlocks(pair.b.blocks);
      const textA = blocksToText(pair.a.blocks);
      const textB = blocksToText(pair.b.blocks);
      const runs = RUNS[size];
      let aligned = 0;
      time(5, () => analyseDocuments(pair.a, pair.b)); // warm-up: JIT and word-form memo
      // Align + word diff only, on segmented passages (features computed every run).
      const core = time(runs.core, () => {
        aligned = comparePassages(passagesA, passagesB).alignments.length;
      });
      // The whole pairwise analysis (align, word diffs, omission flags) of two articles already
      // read once (prepared-document.ts): what each further comparison of an article costs.
      const preparedA = prepareDocument(pair.a);
      const preparedB = prepareDocument(pair.b);
      analysePrepared(preparedA, preparedB);
      const prepared = time(runs.core, () => analysePrepared(preparedA, preparedB));
      // Its alignment part alone, on the same prepared articles as analysePrepared uses them (features, candidate
      // index, merge candidates kept per article: lib/align/article-features.ts): the rest is the omission pass.
      const alignPrepared = time(runs.core, () => comparePassages(preparedA.passages, preparedB.passages, undefined, { a: preparedA.alignment, b: preparedB.alignment }));
      // The same from raw blocks: segmentation and reading both articles included.
      const analysis = time(runs.core, () => analyseDocuments(pair.a, pair.b));
      // …with the word-form memos emptied first, as in a fresh process.
      const cold = time(Math.min(runs.core, 30), () => {
        clearTokenMemo();
        clearSurfaceWordMemo();
        analyseDocuments(pair.a, pair.b);
      });
      const skipReference = coreOnly || k >= runs.referencePairs || (quick && size === 10_000);
      if (!skipReference) console.error(`  whole-document diff of ${pair.label} at ~${size} words…`);
      const reference = skipReference
        ? null
        : time(runs.reference, () => {
            const diffs = dmp.diff_main(textA, textB);
            dmp.diff_cleanupSemantic(diffs);
          });
      summary.push({ size, core, prepared, omissions: prepared - alignPrepared, analysis, reference });
      console.log(
        [
          `${size}`.padEnd(8),
          pair.label.padEnd(20),
          `${wordCount(pair.a)}/${wordCount(pair.b)}`.padEnd(13),
          `${aligned}`.padStart(5),
          `${core.toFixed(2)} ms`.padStart(11),
          `${prepared.toFixed(2)} ms`.padStart(18),
          `${analysis.toFixed(2)} ms`.padStart(12),
          `${cold.toFixed(2)} ms`.padStart(13),
          (reference === null ? "not run" : `${reference.toFixed(1)} ms`).padStart(15),
          (reference === null ? "" : `${(reference / prepared).toFixed(0)}× / ${(reference / analysis).toFixed(0)}×`).padStart(14),
        ].join(" "),
      );
    }
  }
  console.log("\nmedians over pairs:");
  for (const size of SIZES) {
    const rows = summary.filter((s) => s.size === size);
    if (rows.length === 0) continue;
    const referenced = rows.filter((r): r is typeof r & { reference: number } => r.reference !== null);
    const speedUp = (time: (r: (typeof referenced)[number]) => number) => median(referenced.map((r) => r.reference / time(r))).toFixed(0);
    const versus = referenced.length
      ? `; faster than the whole-document character diff: ${speedUp((r) => r.core)}× (align + diff), ${speedUp((r) => r.prepared)}× (prepared), ${speedUp((r) => r.analysis)}× (from blocks)`
      : "";
    const prepared = median(rows.map((r) => r.prepared));
    const analysis = median(rows.map((r) => r.analysis));
    console.log(
      `  ~${size} words: align + word diff ${median(rows.map((r) => r.core)).toFixed(2)} ms; whole analysis incl. omission flags ${prepared.toFixed(2)} ms on prepared articles (omission pass ${median(rows.map((r) => r.omissions)).toFixed(2)} ms of it), ${analysis.toFixed(2)} ms from blocks (reading both articles ≈ ${(analysis - prepared).toFixed(2)} ms)${versus}`,
    );
  }
  if (!coreOnly) runBaselines(baselinePairs());
}

main();
