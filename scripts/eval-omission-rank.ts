/**
 * Part of `npm run eval:omissions` (or alone: `npx tsx scripts/eval-omission-rank.ts [--show]`):
 * the omission ranking against the answer key of ../shared/datasets/omissions-dev.
 * Each pair is compared exactly as `lacuna compare A.txt B.txt --format json`
 * would (cleaning, alignment, omissions, grouping), the JSONs are written to a
 * temporary folder and scored by ../shared/eval/omission_rank.py: R@5, R@10,
 * trap rate, items per direction. Beside it, in the same run, a plain baseline:
 * the passages the aligner left unpaired, in article order (what a reader gets
 * by scanning the article top-down for unmatched paragraphs).
 * Under each, the same ranking read by sentences (scripts/omission-rank/reading-cost.py):
 * key omissions met within the first 5 / 10 / 20 sentences of evidence, so
 * that an item gathering more sentences costs more to read; R@5 alone would
 * reward grouping for its own sake.
 * The key is development data; an unseen key judges the result. To see how far
 * a change is tuned to these pairs, figures are also printed per half of the
 * key (pairs at even / odd lines).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyseDocuments } from "../lib/compare/analyse-documents";
import type { Comparison, Omission } from "../lib/types/comparison";
import { loadInput } from "../cli/load-input";
import { loadKeyArticle, loadKeyPairs, type KeyPair } from "./omission-rank/key-pairs";

const ROOT = path.resolve(import.meta.dirname, "..");
const DATASETS = path.resolve(ROOT, "../shared/datasets");
const KEY = path.join(DATASETS, "omissions-dev", "answer-key.jsonl");
const SCORER = path.resolve(ROOT, "../shared/eval/omission_rank.py");
const READING_COST = path.join(ROOT, "scripts/omission-rank/reading-cost.py");

function baseline(c: Comparison): Omission[] {
  const flag = (side: "a" | "b") => (p: Comparison["onlyA"][number]): Omission => ({
    kind: "passage",
    missingFrom: side === "a" ? "b" : "a",
    text: p.text,
    countA: side === "a" ? 1 : 0,
    countB: side === "b" ? 1 : 0,
    severity: 0,
    passagesA: side === "a" ? [p.index] : [],
    passagesB: side === "b" ? [p.index] : [],
    key: `baseline:${side}:${p.index}`,
  });
  return [...c.onlyA.map(flag("a")), ...c.onlyB.map(flag("b"))];
}

function score(dir: string, show: boolean): string {
  const line = execFileSync("python3", [SCORER, KEY, dir, ...(show ? ["--show"] : [])], { encoding: "utf8" }).trim();
  return `${line}\n${" ".repeat(44)}${readingCost(dir)}`;
}

/** Key omissions met within the first 5 / 10 / 20 sentences of evidence: a figure that grouping cannot inflate. */
function readingCost(dir: string): string {
  return execFileSync("python3", [READING_COST, SCORER, KEY, dir, "5", "10", "20"], { encoding: "utf8" }).trim();
}

function scoreSubset(pairs: readonly KeyPair[], outputs: Map<string, string>, label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `lacuna-rank-${label}-`));
  const keyFile = path.join(dir, "key.jsonl");
  const all = loadKeyPairs(KEY);
  writeFileSync(keyFile, all.filter((p) => pairs.some((q) => q.pair === p.pair)).map((p) => JSON.stringify(p)).join("\n") + "\n");
  for (const p of pairs) writeFileSync(path.join(dir, `${p.a}__${p.b}.json`), outputs.get(p.pair) ?? "{}");
  const line = execFileSync("python3", [SCORER, keyFile, dir], { encoding: "utf8" }).trim();
  rmSync(dir, { recursive: true, force: true });
  return line;
}

export async function evalOmissionRank(options: { show?: boolean } = {}): Promise<void> {
  const pairs = loadKeyPairs(KEY);
  const work = mkdtempSync(path.join(tmpdir(), "lacuna-rank-"));
  const lacunaDir = path.join(work, "lacuna");
  const baseDir = path.join(work, "baseline");
  execFileSync("mkdir", ["-p", lacunaDir, baseDir]);
  const outputs = new Map<string, string>();
  let ms = 0;
  for (const p of pairs) {
    const docs = await Promise.all(
      [p.a, p.b].map(async (id) => {
        const article = loadKeyArticle(id, DATASETS);
        const file = path.join(work, `${id}.txt`);
        writeFileSync(file, article.text);
        const doc = await loadInput(file);
        return { ...doc, info: { ...doc.info, outlet: article.outlet } };
      }),
    );
    const [a, b] = docs as [(typeof docs)[0], (typeof docs)[0]];
    const t0 = performance.now();
    const comparison = analyseDocuments(a, b);
    ms += performance.now() - t0;
    const json = JSON.stringify(comparison);
    outputs.set(p.pair, json);
    writeFileSync(path.join(lacunaDir, `${p.a}__${p.b}.json`), json);
    writeFileSync(path.join(baseDir, `${p.a}__${p.b}.json`), JSON.stringify({ omissions: baseline(comparison) }));
  }
  console.log(`Omission ranking vs the answer key (${pairs.length} pairs, both directions; dev data):`);
  console.log(`  Lacuna:                                   ${score(lacunaDir, false)}`);
  console.log(`  baseline (unpaired passages, in order):   ${score(baseDir, false)}`);
  const even = pairs.filter((_, i) => i % 2 === 0);
  const odd = pairs.filter((_, i) => i % 2 === 1);
  console.log(`  Lacuna, pairs at even lines:              ${scoreSubset(even, outputs, "even")}`);
  console.log(`  Lacuna, pairs at odd lines:               ${scoreSubset(odd, outputs, "odd")}`);
  console.log(`  analysis time: ${(ms / pairs.length).toFixed(1)} ms per pair (mean, in-process, after reading)`);
  if (options.show) console.log(score(lacunaDir, true));
  // LACUNA_RANK_KEEP=DIR keeps the comparison JSONs there (for reading them beside the key).
  const keep = process.env.LACUNA_RANK_KEEP;
  if (keep) {
    rmSync(keep, { recursive: true, force: true });
    execFileSync("cp", ["-r", lacunaDir, keep]);
  }
  rmSync(work, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await evalOmissionRank({ show: process.argv.includes("--show") });
}
