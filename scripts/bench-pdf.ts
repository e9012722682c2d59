/**
 * PDF export cost (`npm run bench:pdf`): the median time to render, and the
 * size of, the PDF of (1) the 30-article story report of the tests'
 * fixtures and (2) the comparison of two ~10,000-word BASIL articles
 * (../shared/datasets/basil-dev; without it, the seed story), warm, in one
 * process, beside the HTML export of the same report in the same run.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { analyseDocuments } from "../lib/compare/analyse-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "../lib/compare/fixtures/blinken-motegi";
import { buildComparisonReport } from "../lib/report/build-comparison-report";
import { buildStoryReport } from "../lib/report/build-story-report";
import { thirtyArticleStory } from "../lib/report/fixtures/sample-story";
import { renderHtml } from "../lib/report/render-html";
import { renderPdf } from "../lib/report/render-pdf";
import { BASIL_DIR, basilPair, loadBasil } from "./bench/basil-pairs";
import { median } from "./bench/timing";

const basil = path.resolve(import.meta.dirname, "..", BASIL_DIR);
const pair = existsSync(basil) ? basilPair(loadBasil(basil), 10_000, "nyt", "fox", 0) : null;
const comparison = pair ? analyseDocuments(pair.a, pair.b) : analyseDocuments(BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE);
const reports = [
  ["story of 30 articles (test fixture)", buildStoryReport(thirtyArticleStory())],
  [pair ? "comparison, ~10,000 words each (BASIL nyt vs fox)" : "comparison, seed story", buildComparisonReport(comparison, new Map(), { generatedAt: "2026-12-06T00:00:00Z", hideDismissed: false })],
] as const;

console.log(`${"report".padEnd(50)} ${"PDF ms".padStart(8)} ${"PDF KB".padStart(8)} ${"HTML ms".padStart(8)}`);
for (const [label, model] of reports) {
  await renderPdf(model); // warm-up: fonts read, code compiled
  const pdfTimes: number[] = [];
  let size = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    size = (await renderPdf(model)).length;
    pdfTimes.push(performance.now() - start);
  }
  const htmlTimes: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    renderHtml(model);
    htmlTimes.push(performance.now() - start);
  }
  console.log(`${label.padEnd(50)} ${median(pdfTimes).toFixed(0).padStart(8)} ${(size / 1024).toFixed(0).padStart(8)} ${median(htmlTimes).toFixed(1).padStart(8)}`);
}
