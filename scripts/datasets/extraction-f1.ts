/**
 * Runs the benchmark's own scorer (../shared/eval/extraction_f1.py: word
 * 4-gram overlap per page, precision and recall averaged over pages, F1 of
 * the averages) on predictions, so the figures printed are the benchmark's,
 * not a re-implementation's.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface F1Score {
  f1: number;
  precision: number;
  recall: number;
  exact: number;
  pages: number;
  missing: number;
}

const workDir = mkdtempSync(path.join(tmpdir(), "lacuna-eval-extract-"));
let files = 0;

/**
 * Scores `predictions` (id → text) against the pages of `truth` (id → gold body) with `scorer`.
 * The ground truth is written out per call, so a half of the set is scored exactly like the whole.
 */
export function scoreWithBenchmark(scorer: string, truth: Record<string, { articleBody: string }>, predictions: ReadonlyMap<string, string>): F1Score {
  const n = files++;
  const truthPath = path.join(workDir, `truth-${n}.json`);
  const predictionsPath = path.join(workDir, `predictions-${n}.jsonl`);
  writeFileSync(truthPath, JSON.stringify(truth));
  writeFileSync(predictionsPath, [...predictions].map(([id, text]) => JSON.stringify({ id, text })).join("\n"));
  const run = spawnSync("python3", [scorer, truthPath, predictionsPath], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`extraction_f1.py failed (${run.error?.message ?? run.stderr.trim()})`);
  const fields = Object.fromEntries([...run.stdout.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1]!, Number(m[2])]));
  return {
    f1: fields.f1 ?? 0,
    precision: fields.precision ?? 0,
    recall: fields.recall ?? 0,
    exact: fields.exact ?? 0,
    pages: fields.pages ?? 0,
    missing: fields.missing ?? 0,
  };
}
