/**
 * Weight of the compare page for two very long articles
 * (`npm run bench:compare-page`): two ~1.4 MB texts (the demo story's two
 * reports, repeated with every copy lightly edited, so the pair aligns like
 * real coverage), analysed once, then the bytes the page sends:
 *   - baseline: the whole comparison as JSON, which is what the page passed
 *     to the browser before (props in the page payload, plus every row
 *     rendered to HTML, roughly the same text again);
 *   - now: the compare page model of one page (rows of that page, the
 *     overview of every row for the ruler, the items and short flags).
 * Prints sizes in MB and the ratio. Byte counts, not times, so a loaded
 * machine does not change them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildComparePageModel } from "../components/compare/compare-page-model";
import { analyseDocuments } from "../lib/compare/analyse-documents";
import { cleanPastedText } from "../lib/ingest/clean/clean-pasted-text";
import type { Block } from "../lib/text/types";

const TARGET_CHARS = 1_400_000;

function longArticle(file: string, twist: (copy: number, text: string) => string): Block[] {
  const blocks = cleanPastedText(readFileSync(path.join(process.cwd(), "demo", file), "utf8")).blocks;
  const out: Block[] = [];
  let chars = 0;
  for (let copy = 0; chars < TARGET_CHARS; copy++) {
    for (const block of blocks) {
      const text = twist(copy, block.text);
      out.push({ role: block.role, text });
      chars += text.length + 2;
    }
  }
  return out;
}

// Each copy names its own day and place, so copies are not identical to each other.
const edit = (copy: number, text: string) => `On day ${copy + 1} (session ${copy % 7}), ${text}`;
const a = longArticle("ani-blinken-motegi.txt", edit);
const b = longArticle("second-report-blinken-motegi.txt", edit);
const mb = (n: number) => `${(n / 1_048_576).toFixed(2)} MB`;
const chars = (blocks: Block[]) => blocks.reduce((n, x) => n + x.text.length, 0);

const started = performance.now();
const comparison = analyseDocuments({ info: { title: "A", outlet: "ANI" }, blocks: a }, { info: { title: "B", outlet: "Republic World" }, blocks: b });
const analysed = performance.now() - started;
const whole = Buffer.byteLength(JSON.stringify(comparison));
const model = buildComparePageModel(comparison);
const page = Buffer.byteLength(JSON.stringify(model));
const last = Buffer.byteLength(JSON.stringify(buildComparePageModel(comparison, { page: model.pageCount - 1 })));
console.log(`articles: A ${mb(chars(a))} (${a.length} paragraphs), B ${mb(chars(b))} (${b.length} paragraphs); analysis ${(analysed / 1000).toFixed(1)} s`);
console.log(`rows: ${model.overview.length}, pages: ${model.pageCount}, omission items: ${model.items.length}`);
console.log(`baseline, the whole comparison sent to the page: ${mb(whole)} (and its rows rendered as HTML on top)`);
console.log(`now, one page of the compare page model: first ${mb(page)}, last ${mb(last)} — ${(whole / page).toFixed(1)}× less`);
if (process.argv.includes("--breakdown")) {
  for (const [key, value] of Object.entries(model)) console.log(`  ${key}: ${mb(Buffer.byteLength(JSON.stringify(value)))}`);
}
