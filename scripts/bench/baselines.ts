/**
 * Lacuna next to what a user would otherwise run on the same two articles, in
 * the same run (`npm run bench -- --baselines`, and at the end of the full bench):
 *   - the floor: tokenising both texts once (lib/text/tokens), the least any
 *     word-level comparison must do;
 *   - diff-match-patch on the whole documents with its default 1 s timeout
 *     and semantic cleanup (what the library gives out of the box);
 *   - Python's difflib SequenceMatcher over the words and over the sentences
 *     (timed inside Python; interpreter start-up excluded);
 *   - `git diff --no-index --word-diff` of the two files: a whole process,
 *     start-up included, as a user runs it;
 *   - Lacuna in-process from raw text (segment, read and analyse both), the
 *     same with the word-form memos emptied first (a one-off comparison in a
 *     fresh process; its floor is then tokenising with an empty memo too), on
 *     two prepared articles (each read once, as the server does), and the
 *     prebuilt CLI `lacuna compare a.txt b.txt` as a whole process, start-up
 *     included, the fair match for git.
 * Times are medians. The ratios printed are Lacuna from raw text over the
 * floor, warm and cold (the target: at most 8×), and over git.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import DiffMatchPatch from "diff-match-patch";
import { analyseDocuments, analysePrepared } from "../../lib/compare/analyse-documents";
import { prepareDocument } from "../../lib/compare/prepared-document";
import { clearSurfaceWordMemo } from "../../lib/similarity/sentence-words";
import { clearTokenMemo, tokenize } from "../../lib/text/tokens";
import { blocksToText } from "../../lib/text/types";
import type { ComparableDocument } from "../../lib/types/comparison";
import { median, time } from "./timing";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface BaselinePair {
  size: number;
  label: string;
  a: ComparableDocument;
  b: ComparableDocument;
}

/** Median wall time of a whole process; null when the program is not installed. */
function processTime(runs: number, command: string, args: string[]): number | null {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    if (result.error) return null;
    // git diff exits 1 when the files differ; anything else is a failure.
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr}`);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

function ms(value: number | null): string {
  if (value === null) return "n/a";
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

export function runBaselines(pairs: readonly BaselinePair[]): void {
  const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-bench-"));
  const dmp = new DiffMatchPatch(); // default Diff_Timeout: 1 s
  const cli = path.join(ROOT, "dist/cli/lacuna.js");
  // Make sure the prebuilt CLI is current before timing it.
  spawnSync(process.execPath, [path.join(ROOT, "cli/run.mjs"), "help"], { cwd: ROOT, stdio: "ignore" });
  console.log("\nversus what a user would otherwise run (medians; same machine, same run):");
  console.log(
    [
      "size".padEnd(7),
      "pair".padEnd(20),
      "floor: tokenise".padStart(16),
      "dmp (1 s timeout)".padStart(18),
      "difflib words".padStart(14),
      "difflib sent.".padStart(14),
      "git word-diff*".padStart(15),
      "Lacuna raw".padStart(11),
      "raw, cold".padStart(10),
      "prepared".padStart(10),
      "lacuna CLI*".padStart(12),
      "raw/floor".padStart(10),
      "cold/floor".padStart(11),
      "raw/git".padStart(8),
    ].join(" "),
  );
  try {
    for (const pair of pairs) {
      const textA = blocksToText(pair.a.blocks);
      const textB = blocksToText(pair.b.blocks);
      const fileA = path.join(scratch, `a-${pair.size}.txt`);
      const fileB = path.join(scratch, `b-${pair.size}.txt`);
      writeFileSync(fileA, textA);
      writeFileSync(fileB, textB);
      const runs = pair.size >= 10_000 ? 10 : 30;
      analyseDocuments(pair.a, pair.b); // warm-up: JIT and word-form memos, as in a running server or a second call
      const floor = time(runs, () => {
        tokenize(textA);
        tokenize(textB);
      });
      const dmpTime = time(Math.min(runs, 5), () => {
        const diffs = dmp.diff_main(textA, textB);
        dmp.diff_cleanupSemantic(diffs);
      });
      const python = spawnSync("python3", [path.join(ROOT, "scripts/bench/difflib-timer.py"), fileA, fileB, String(Math.min(runs, 10))], { encoding: "utf8" });
      const difflib = python.status === 0 ? (JSON.parse(python.stdout) as { words: number; sentences: number }) : null;
      const git = processTime(Math.min(runs, 10), "git", ["diff", "--no-index", "--word-diff", "--no-color", fileA, fileB]);
      const raw = time(runs, () => analyseDocuments(pair.a, pair.b));
      const cold = () => {
        clearTokenMemo();
        clearSurfaceWordMemo();
      };
      const coldFloor = time(runs, () => {
        cold();
        tokenize(textA);
        tokenize(textB);
      });
      const coldRaw = time(runs, () => {
        cold();
        analyseDocuments(pair.a, pair.b);
      });
      const preparedA = prepareDocument(pair.a);
      const preparedB = prepareDocument(pair.b);
      const prepared = time(runs, () => analysePrepared(preparedA, preparedB));
      const lacunaCli = existsSync(cli) ? processTime(5, process.execPath, [cli, "compare", fileA, fileB]) : null;
      console.log(
        [
          `${pair.size}`.padEnd(7),
          pair.label.padEnd(20),
          ms(floor).padStart(16),
          ms(dmpTime).padStart(18),
          ms(difflib?.words ?? null).padStart(14),
          ms(difflib?.sentences ?? null).padStart(14),
          ms(git).padStart(15),
          ms(raw).padStart(11),
          ms(coldRaw).padStart(10),
          ms(prepared).padStart(10),
          ms(lacunaCli).padStart(12),
          `${(raw / floor).toFixed(1)}×`.padStart(10),
          `${(coldRaw / coldFloor).toFixed(1)}×`.padStart(11),
          (git === null ? "n/a" : `${(raw / git).toFixed(1)}×`).padStart(8),
        ].join(" "),
      );
    }
    console.log("  * whole process, start-up included (git as a user runs it; the prebuilt `lacuna compare` on the same two files). Everything else in-process, after one warm-up call.");
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
