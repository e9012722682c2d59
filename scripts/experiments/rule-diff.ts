/**
 * What one rule changes on aeb-dev (development aid for the ablation): every
 * page whose text differs with the rule off, with the lines only one side has.
 *
 *   npx tsx scripts/experiments/rule-diff.ts RULE [--aeb DIR] [--boilerplate DIR]
 *
 * With --boilerplate, the pages of that set instead (lines marked by whether a must-keep string is in them).
 */
import path from "node:path";
import { extractArticle } from "../../lib/ingest/extract/extract-article";
import type { ExtractionRule } from "../../lib/ingest/extract/extraction-rules";
import { loadAebDev } from "../datasets/aeb-dev";
import { loadBoilerplateDev } from "../datasets/boilerplate-dev";
import { benchmarkText } from "../datasets/benchmark-text";

const rule = process.argv[2] as ExtractionRule;
const i = process.argv.indexOf("--aeb");
const root = path.resolve(import.meta.dirname, "../..");
const b = process.argv.indexOf("--boilerplate");
const pages =
  b >= 0
    ? loadBoilerplateDev(path.resolve(root, process.argv[b + 1]!)).map((p) => ({ id: p.file, url: p.url, html: p.html, articleBody: p.with.join("\n") }))
    : loadAebDev(path.resolve(root, i >= 0 ? process.argv[i + 1]! : "../shared/datasets/aeb-dev")).pages;
const text = (html: string, url: string, skipRules: ExtractionRule[]): string => {
  try {
    return benchmarkText(extractArticle(html, url, { skipRules }).blocks);
  } catch {
    return "";
  }
};
const clip = (s: string): string => (s.length > 160 ? `${s.slice(0, 160)}…` : s);
for (const page of pages) {
  const on = text(page.html, page.url, []);
  const off = text(page.html, page.url, [rule]);
  if (on === off) continue;
  const onLines = new Set(on.split("\n"));
  const offLines = new Set(off.split("\n"));
  const gold = page.articleBody.replace(/\s+/g, " ");
  console.log(`== ${page.id.slice(0, 8)} ${page.url}`);
  for (const l of onLines) if (!offLines.has(l)) console.log(`  only on : ${gold.includes(l) ? "[in gold]" : "[not gold]"} ${clip(l)}`);
  for (const l of offLines) if (!onLines.has(l)) console.log(`  only off: ${gold.includes(l) ? "[in gold]" : "[not gold]"} ${clip(l)}`);
}
