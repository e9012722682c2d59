/**
 * Extraction quality on the boilerplate dev set (`npm run eval:extract`):
 * for Lacuna's extractor and, in the same run, plain Readability on linkedom,
 * prints the share of "with" strings found, the share of "without" strings
 * absent (both compared on whitespace-normalised text), speed and failures.
 *
 *   npm run eval:extract [-- --dataset ../shared/datasets/boilerplate-dev] [--limit N] [--show-misses N]
 *
 * With --show-misses, each listed string also names the stage where it was
 * lost or kept (markup / pruning / readability / filter / output), and a
 * count by stage is printed: where to look for a general cause.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeHtmlFile } from "../lib/ingest/extract/decode-html-file";
import { extractArticle } from "../lib/ingest/extract/extract-article";
import { filterBlocks } from "../lib/ingest/extract/filter-blocks";
import { htmlToBlocks } from "../lib/ingest/extract/html-to-blocks";
import { pruneBoilerplate } from "../lib/ingest/extract/prune-boilerplate";
import { runReadability } from "../lib/ingest/extract/run-readability";
import { stripInertMarkup } from "../lib/ingest/extract/strip-inert-markup";

interface GoldEntry {
  url: string;
  with: string[];
  without: string[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = resolve(import.meta.dirname, "..");
const dataset = resolve(root, arg("dataset") ?? "../shared/datasets/boilerplate-dev");
const goldPath = join(dataset, "gold.json");
if (!existsSync(goldPath)) {
  console.error(`eval:extract: dataset not found at ${dataset} (expected gold.json and html/*.html.gz). Pass --dataset <dir>.`);
  process.exit(1);
}
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Record<string, GoldEntry>;
const limit = Number(arg("limit") ?? Infinity);
const showMisses = Number(arg("show-misses") ?? 0);
const only = arg("only");

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Word 4-grams (lower-cased letter/digit runs), the unit of the F1 used by news extraction benchmarks. */
function fourGrams(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++) grams.push(words.slice(i, i + 4).join(" "));
  return grams;
}

/** A "with" string Lacuna missed or a "without" string it kept. */
interface Miss {
  file: string;
  kind: "MISSING" | "KEPT";
  text: string;
}

interface Score {
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
  failures: number;
  ms: number;
  times: number[];
  /** 4-grams of "with" strings found in the output / all of them; the same for "without" strings (leaked). */
  withGrams: number;
  withGramsFound: number;
  withoutGrams: number;
  withoutGramsLeaked: number;
  pages: number;
  misses: Miss[];
}

const newScore = (): Score => ({ withFound: 0, withTotal: 0, withoutAbsent: 0, withoutTotal: 0, failures: 0, ms: 0, times: [], withGrams: 0, withGramsFound: 0, withoutGrams: 0, withoutGramsLeaked: 0, pages: 0, misses: [] });

function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? "";
}

/** "with" strings Lacuna misses in the body but has as the title (the title is metadata, not body text). */
let missedButInTitle = 0;

function lacuna(html: string, url: string): string {
  const article = extractArticle(html, url);
  const text = norm(article.text);
  const title = norm(article.title ?? "");
  for (const s of currentWith) if (title.includes(norm(s)) && !text.includes(norm(s))) missedButInTitle++;
  return article.text;
}

let currentWith: string[] = [];

const extractors: Record<string, (html: string, url: string) => string> = { lacuna, readability: plainReadability };
const scores: Record<string, Score> = { lacuna: newScore(), readability: newScore() };

const files = Object.keys(gold).filter((f) => !only || f.includes(only)).slice(0, limit);
for (const file of files) {
  const entry = gold[file]!;
  const path = join(dataset, "html", `${file}.gz`);
  if (!existsSync(path)) continue;
  const html = decodeHtmlFile(gunzipSync(readFileSync(path)));
  currentWith = entry.with;
  for (const [name, extract] of Object.entries(extractors)) {
    const score = scores[name]!;
    const started = performance.now();
    let text = "";
    try {
      text = norm(extract(html, entry.url));
    } catch {
      score.failures++;
    }
    const elapsed = performance.now() - started;
    score.ms += elapsed;
    score.times.push(elapsed);
    score.pages++;
    const grams = new Set(fourGrams(text));
    for (const s of entry.with) for (const g of fourGrams(s)) {
      score.withGrams++;
      if (grams.has(g)) score.withGramsFound++;
    }
    for (const s of entry.without) for (const g of fourGrams(s)) {
      score.withoutGrams++;
      if (grams.has(g)) score.withoutGramsLeaked++;
    }
    for (const s of entry.with) {
      score.withTotal++;
      if (text.includes(norm(s))) score.withFound++;
      else if (name === "lacuna") score.misses.push({ file, kind: "MISSING", text: s });
    }
    for (const s of entry.without) {
      score.withoutTotal++;
      if (!text.includes(norm(s))) score.withoutAbsent++;
      else if (name === "lacuna") score.misses.push({ file, kind: "KEPT", text: s });
    }
  }
}

/**
 * The last stage of the pipeline whose text still holds `s`: "markup" (not in the page text at all), "pruning"
 * (in the page, gone after pruning), "readability" (pruned page has it, Readability's blocks do not), "filter"
 * (in the blocks, dropped by the block filter), "output" (in the filtered blocks: a standfirst or fallback difference,
 * or for a kept string, in the output).
 */
function stageTexts(html: string): string[] {
  const { document } = parseHTML(stripInertMarkup(html));
  const doc = document as unknown as Document;
  const page = norm(doc.body?.textContent ?? "");
  pruneBoilerplate(doc);
  const pruned = norm(doc.body?.textContent ?? "");
  const content = runReadability(doc);
  const blocks = content ? htmlToBlocks(content) : [];
  return [page, pruned, norm(blocks.map((b) => b.text).join(" ")), norm(filterBlocks(blocks).map((b) => b.text).join(" "))];
}
const STAGES = ["markup", "pruning", "readability", "filter", "output"];

/** One line per miss, with the stage that lost (or kept) it, then the count by stage. */
function describeMisses(misses: readonly Miss[]): string[] {
  const texts = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const lines = misses.map(({ file, kind, text }) => {
    let staged = texts.get(file);
    if (!staged) {
      staged = stageTexts(decodeHtmlFile(gunzipSync(readFileSync(join(dataset, "html", `${file}.gz`)))));
      texts.set(file, staged);
    }
    const needle = norm(text);
    const index = staged.findIndex((t) => !t.includes(needle));
    const stage = STAGES[index === -1 ? STAGES.length - 1 : index]!;
    const key = `${kind} ${stage}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return `${file}  ${kind.padEnd(7)}  ${text}  [${stage}]`;
  });
  return [...lines, ...[...counts].sort().map(([key, n]) => `by stage: ${key.padEnd(20)} ${n}`)];
}

const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
console.log(`dataset: ${dataset} (${files.length} pages)`);
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[sorted.length >> 1]!;
};
// The machine is shared, so the median page time is the figure to compare; the mean is pulled up by a few huge pages.
console.log("extractor     with found   without absent   mean of both   median ms   mean ms   failures");
for (const [name, s] of Object.entries(scores)) {
  const mean = (s.withFound / s.withTotal + s.withoutAbsent / s.withoutTotal) / 2;
  console.log(
    `${name.padEnd(12)}  ${pct(s.withFound, s.withTotal).padStart(10)}   ${pct(s.withoutAbsent, s.withoutTotal).padStart(14)}   ${(100 * mean).toFixed(1).padStart(11)}%   ${median(s.times).toFixed(1).padStart(9)}   ${(s.ms / s.pages).toFixed(1).padStart(7)}   ${String(s.failures).padStart(8)}`,
  );
}
// No F1 here: precision needs every output 4-gram judged, and the gold only names a few boilerplate strings per page.
// Recall over the "with" strings' 4-grams is honest; the "without" leak rate is a boilerplate sample, not 1 - precision.
console.log("extractor     4-gram recall (with)   4-gram leak (without)");
for (const [name, s] of Object.entries(scores)) {
  console.log(`${name.padEnd(12)}  ${pct(s.withGramsFound, s.withGrams).padStart(20)}   ${pct(s.withoutGramsLeaked, s.withoutGrams).padStart(21)}`);
}
console.log(`lacuna: ${missedButInTitle} of the missed "with" strings are in the extracted title (kept as metadata, not in the text).`);
if (showMisses > 0) for (const line of describeMisses(scores.lacuna!.misses.slice(0, showMisses))) console.log(line);
