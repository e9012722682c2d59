/**
 * Per-page view of the aeb-dev figures (development aid, not a benchmark):
 * Lacuna's and plain Readability's precision / recall per page with the
 * benchmark's metric re-implemented, worst pages first, so a general cause
 * can be looked for.
 *
 *   npx tsx scripts/experiments/aeb-per-page.ts [--aeb DIR] [--only ID] [--dump DIR]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../../lib/ingest/extract/extract-article";
import { loadAebDev } from "../datasets/aeb-dev";
import { plainReadability } from "../datasets/plain-readability";
import { benchmarkText } from "../datasets/benchmark-text";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = path.resolve(import.meta.dirname, "../..");
const data = loadAebDev(path.resolve(root, arg("aeb") ?? "../shared/datasets/aeb-dev"));
const only = arg("only");
const dump = arg("dump");

const WORD = /[\p{L}\p{N}_]+/gu;
function grams(text: string): Map<string, number> {
  const toks = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  if (toks.length < 4) {
    if (toks.length) out.set(toks.join(" "), 1);
    return out;
  }
  for (let i = 0; i + 4 <= toks.length; i++) {
    const g = toks.slice(i, i + 4).join(" ");
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}
function pr(truth: string, pred: string): [number, number] {
  const t = grams(truth), p = grams(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [g, n] of p) { const m = t.get(g) ?? 0; tp += Math.min(n, m); fp += Math.max(0, n - m); }
  for (const [g, n] of t) fn += Math.max(0, n - (p.get(g) ?? 0));
  if (fp === 0 && fn === 0) return [1, 1];
  return [tp + fp === 0 ? 0 : tp / (tp + fp), tp + fn === 0 ? 0 : tp / (tp + fn)];
}

const rows: string[] = [];
let sums = [0, 0, 0, 0];
for (const page of data.pages) {
  if (only && !page.id.startsWith(only)) continue;
  let lac = "";
  try { lac = benchmarkText(extractArticle(page.html, page.url).blocks); } catch { lac = ""; }
  const rd = plainReadability(page.html);
  const [lp, lr] = pr(page.articleBody, lac);
  const [rp, rr] = pr(page.articleBody, rd);
  sums = [sums[0]! + lp, sums[1]! + lr, sums[2]! + rp, sums[3]! + rr];
  rows.push(`${(lp + lr - rp - rr).toFixed(3).padStart(7)}  L ${lp.toFixed(2)} ${lr.toFixed(2)}  R ${rp.toFixed(2)} ${rr.toFixed(2)}  ${page.id.slice(0, 8)} ${page.url.slice(0, 70)}`);
  if (dump) {
    mkdirSync(dump, { recursive: true });
    writeFileSync(path.join(dump, `${page.id.slice(0, 8)}.gold.txt`), page.articleBody);
    writeFileSync(path.join(dump, `${page.id.slice(0, 8)}.lacuna.txt`), lac);
    writeFileSync(path.join(dump, `${page.id.slice(0, 8)}.readability.txt`), rd);
  }
}
rows.sort();
console.log(rows.join("\n"));
const n = rows.length;
const f = (p: number, r: number) => (2 * p * r) / (p + r);
console.log(`lacuna P ${(sums[0]! / n).toFixed(3)} R ${(sums[1]! / n).toFixed(3)} F ${f(sums[0]! / n, sums[1]! / n).toFixed(3)}   readability P ${(sums[2]! / n).toFixed(3)} R ${(sums[3]! / n).toFixed(3)} F ${f(sums[2]! / n, sums[3]! / n).toFixed(3)}`);
