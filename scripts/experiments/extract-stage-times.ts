/**
 * Where Lacuna's extraction time goes (development aid): the median ms per
 * page of each stage of extractArticle on aeb-dev, beside plain Readability's
 * parse and run on the same pages, in one run.
 *
 *   npx tsx scripts/experiments/extract-stage-times.ts [--aeb DIR]
 */
import path from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractArticle } from "../../lib/ingest/extract/extract-article";
import { filterBlocks } from "../../lib/ingest/extract/filter-blocks";
import { findStandfirst } from "../../lib/ingest/extract/find-standfirst";
import { htmlToBlocks } from "../../lib/ingest/extract/html-to-blocks";
import { markCaptions } from "../../lib/ingest/extract/mark-captions";
import { pruneBoilerplate } from "../../lib/ingest/extract/prune-boilerplate";
import { readMetadata } from "../../lib/ingest/extract/read-metadata";
import { runReadability } from "../../lib/ingest/extract/run-readability";
import { stripInertMarkup } from "../../lib/ingest/extract/strip-inert-markup";
import { loadAebDev } from "../datasets/aeb-dev";

const i = process.argv.indexOf("--aeb");
const root = path.resolve(import.meta.dirname, "../..");
const pages = loadAebDev(path.resolve(root, i >= 0 ? process.argv[i + 1]! : "../shared/datasets/aeb-dev")).pages;

const times = new Map<string, number[]>();
function time<T>(stage: string, run: () => T): T {
  const started = performance.now();
  const out = run();
  const list = times.get(stage) ?? [];
  list.push(performance.now() - started);
  times.set(stage, list);
  return out;
}

for (const page of pages) {
  const source = time("lacuna: strip inert markup", () => stripInertMarkup(page.html));
  const doc = time("lacuna: parse", () => parseHTML(source).document as unknown as Document);
  time("lacuna: metadata", () => readMetadata(doc, page.url));
  time("lacuna: captions", () => markCaptions(doc));
  time("lacuna: prune", () => pruneBoilerplate(doc));
  time("lacuna: standfirst", () => findStandfirst(doc));
  const content = time("lacuna: readability", () => runReadability(doc));
  time("lacuna: blocks + filter", () => (content ? filterBlocks(htmlToBlocks(content)) : []));
  const plain = time("plain: parse", () => parseHTML(page.html).document as unknown as Document);
  time("plain: readability", () => new Readability<Node>(plain, { serializer: (node) => node }).parse());
  // Whole calls, alternating which goes first, as npm run eval:extract times them.
  const whole: Array<[string, () => unknown]> = [
    ["whole: extractArticle", () => { try { return extractArticle(page.html, page.url); } catch { return null; } }],
    ["whole: plain Readability", () => new Readability<Node>(parseHTML(page.html).document as unknown as Document, { serializer: (node) => node }).parse()],
  ];
  for (const [stage, run] of pages.indexOf(page) % 2 ? whole.reverse() : whole) time(stage, run);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const total = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
for (const [stage, xs] of times) console.log(`${stage.padEnd(28)} median ${median(xs).toFixed(2).padStart(6)} ms   total ${total(xs).toFixed(0).padStart(5)} ms`);
