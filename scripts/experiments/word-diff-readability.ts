/**
 * Experiment: does the word diff of aligned pairs show what two outlets
 * share? Runs the seed story (lib/compare/fixtures/blinken-motegi.ts) and
 * the BASIL dev pairs (../shared/datasets/basil-dev, three outlet pairings
 * per event) through analyseDocuments, takes every partial / paraphrase /
 * near pair, and diffs its two texts twice: with the word diff as shipped
 * before 23 November 2026 (spaces as pieces, diff_cleanupSemantic; kept
 * below as the baseline) and with lib/diff/word-diff.ts now. Prints, per
 * kind: pairs whose diff keeps at least one shared content word, the mean
 * share of content words shown as shared (of the shorter side's), the mean
 * number of chunks, and µs per pair (median of --rounds timed rounds, the two
 * variants alternating).
 *
 *   npx tsx scripts/experiments/word-diff-readability.ts [--rounds 15] [--examples 6]
 */
import DiffMatchPatch from "diff-match-patch";
import path from "node:path";
import { analyseDocuments } from "../../lib/compare/analyse-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "../../lib/compare/fixtures/blinken-motegi";
import type { ComparableDocument, DiffChunk, DiffOp } from "../../lib/types/comparison";
import { tokenWeight } from "../../lib/diff/token-weight";
import { wordDiff } from "../../lib/diff/word-diff";
import { pieceEnd, splitTokens } from "../../lib/diff/word-pieces";
import { loadBasil, type BasilArticle } from "../datasets/basil";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASIL = path.join(ROOT, "../shared/datasets/basil-dev");
const KINDS = ["partial", "paraphrase", "near"] as const;
type Kind = (typeof KINDS)[number];

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

// The baseline: every distinct word, space run and punctuation mark → one code unit, diff_main, diff_cleanupSemantic.
const dmp = new DiffMatchPatch();
function baselineDiff(a: string, b: string): DiffChunk[] {
  if (a === b) return a === "" ? [] : [[0, a]];
  dmp.Diff_Timeout = 0.5;
  const pieces: string[] = [];
  const code = new Map<string, string>();
  const encode = (text: string): string => {
    let out = "";
    for (let at = 0; at < text.length; ) {
      const end = pieceEnd(text, at);
      const piece = text.slice(at, end);
      at = end;
      let c = code.get(piece);
      if (c === undefined) {
        c = String.fromCharCode(pieces.length + 1);
        pieces.push(piece);
        code.set(piece, c);
      }
      out += c;
    }
    return out;
  };
  const diffs = dmp.diff_main(encode(a), encode(b), false);
  dmp.diff_cleanupSemantic(diffs);
  const chunks: DiffChunk[] = [];
  for (const [op, encoded] of diffs) {
    let text = "";
    for (let k = 0; k < encoded.length; k++) text += pieces[encoded.charCodeAt(k) - 1] as string;
    if (text !== "") chunks.push([op as DiffOp, text]);
  }
  return chunks;
}

interface Pair {
  source: string;
  kind: Kind;
  a: string;
  b: string;
}

function sideText(diff: readonly DiffChunk[], side: -1 | 1): string {
  return diff.filter(([op]) => op === 0 || op === side).map(([, t]) => t).join("");
}

/** Every aligned pair of one analysis, whatever its kind: what the word diffs of one comparison cost. */
interface Analysis {
  words: number;
  texts: Array<[string, string]>;
}
const analyses: Analysis[] = [];

function pairsOf(source: string, a: ComparableDocument, b: ComparableDocument): Pair[] {
  const out: Pair[] = [];
  const analysis: Analysis = { words: 0, texts: [] };
  for (const doc of [a, b]) for (const block of doc.blocks) analysis.words += block.text.split(/\s+/).filter(Boolean).length / 2;
  for (const al of analyseDocuments(a, b).alignments) {
    const ta = sideText(al.diff, -1);
    const tb = sideText(al.diff, 1);
    analysis.texts.push([ta, tb]);
    if (!(KINDS as readonly string[]).includes(al.kind)) continue;
    out.push({ source, kind: al.kind as Kind, a: ta, b: tb });
  }
  if (source === "basil") analyses.push(analysis);
  return out;
}

function basilDoc(article: BasilArticle): ComparableDocument {
  return { info: { title: article.title, outlet: article.source }, blocks: article.paragraphs.map((p) => ({ role: "body", text: p.join(" ") })) };
}

function loadPairs(): Pair[] {
  const pairs = pairsOf("seed", BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE);
  const events = new Map<string, Map<string, BasilArticle>>();
  for (const article of loadBasil(BASIL, "word-diff-readability")) {
    const bySource = events.get(article.event) ?? new Map<string, BasilArticle>();
    bySource.set(article.source, article);
    events.set(article.event, bySource);
  }
  for (const bySource of events.values()) {
    for (const [x, y] of [["nyt", "fox"], ["fox", "hpo"], ["hpo", "nyt"]] as const) {
      const ax = bySource.get(x);
      const ay = bySource.get(y);
      if (ax && ay) pairs.push(...pairsOf("basil", basilDoc(ax), basilDoc(ay)));
    }
  }
  return pairs;
}

function contentCount(text: string): number {
  return splitTokens(text).tokens.filter((t) => tokenWeight(t) > 0).length;
}

interface Reading {
  keepsContent: boolean;
  sharedShare: number;
  chunks: number;
  sharedContent: number;
}

function read(diff: readonly DiffChunk[], pair: Pair): Reading {
  const sharedContent = diff.filter(([op]) => op === 0).reduce((n, [, t]) => n + contentCount(t), 0);
  const most = Math.min(contentCount(pair.a), contentCount(pair.b));
  return { keepsContent: sharedContent > 0, sharedShare: most === 0 ? 1 : sharedContent / most, chunks: diff.length, sharedContent };
}

type Differ = (a: string, b: string) => DiffChunk[];

/** µs per pair for each differ: rounds alternate between them so a busy machine slows both alike; medians. */
function microsPerPair(pairs: readonly Pair[], differs: readonly Differ[], rounds: number): number[] {
  for (const diff of differs) for (const p of pairs) diff(p.a, p.b);
  const times = differs.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    differs.forEach((diff, k) => {
      const t0 = process.hrtime.bigint();
      for (const p of pairs) diff(p.a, p.b);
      times[k]!.push(Number(process.hrtime.bigint() - t0) / 1000 / pairs.length);
    });
  }
  return times.map((t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)] as number);
}

function show(diff: readonly DiffChunk[]): string {
  return diff.map(([op, t]) => (op === 0 ? t : op < 0 ? `[-${t}-]` : `{+${t}+}`)).join("");
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

function main(): void {
  const rounds = arg("rounds", 15);
  const examples = arg("examples", 6);
  const pairs = loadPairs();
  for (const p of pairs) {
    const d = wordDiff(p.a, p.b);
    if (sideText(d, -1) !== p.a || sideText(d, 1) !== p.b) throw new Error(`word diff does not rebuild a ${p.kind} pair`);
  }
  const variants = [
    { name: "before", diff: baselineDiff },
    { name: "after", diff: (a: string, b: string) => wordDiff(a, b) },
  ];
  // Warm both up on everything first, so neither pays the JIT for the other.
  for (let r = 0; r < 3; r++) for (const v of variants) for (const p of pairs) v.diff(p.a, p.b);
  console.log("| pairs | n | variant | keeps ≥ 1 shared content word | shared content words shown | mean chunks | µs per pair |");
  console.log("|---|---|---|---|---|---|---|");
  const groups: Array<[string, Pair[]]> = [];
  for (const source of ["seed", "basil"]) {
    for (const kind of KINDS) groups.push([`${source} ${kind}`, pairs.filter((p) => p.source === source && p.kind === kind)]);
  }
  groups.push(["all partial + paraphrase + near", pairs]);
  for (const [label, group] of groups) {
    if (group.length === 0) continue;
    const us = microsPerPair(group, variants.map((v) => v.diff), rounds);
    variants.forEach((v, k) => {
      const readings = group.map((p) => read(v.diff(p.a, p.b), p));
      const mean = (f: (r: Reading) => number): number => readings.reduce((s, r) => s + f(r), 0) / readings.length;
      console.log(`| ${label} | ${group.length} | ${v.name} | ${pct(mean((r) => (r.keepsContent ? 1 : 0)))} | ${pct(mean((r) => r.sharedShare))} | ${mean((r) => r.chunks).toFixed(2)} | ${us[k]!.toFixed(1)} |`);
    });
  }

  // Whole comparisons: every aligned pair's diff (identical ones included, as analyseDocuments runs them).
  const all: Pair[] = analyses.flatMap((an) => an.texts.map(([a, b]) => ({ source: "basil", kind: "near" as Kind, a, b })));
  const perPair = microsPerPair(all, variants.map((v) => v.diff), rounds);
  const meanWords = analyses.reduce((n, an) => n + an.words, 0) / analyses.length;
  console.log(
    `\nAll word diffs of one BASIL comparison (${analyses.length} article pairings, ${Math.round(meanWords)} words per article on average, ${(all.length / analyses.length).toFixed(1)} aligned pairs each): ` +
      variants.map((v, k) => `${v.name} ${((perPair[k]! * all.length) / analyses.length).toFixed(0)} µs`).join(", "),
  );

  // The partial pairs where the new diff shows the most more shared content words, as reading examples.
  const gains = pairs
    .filter((p) => p.kind === "partial")
    .map((p) => ({ p, before: baselineDiff(p.a, p.b), after: wordDiff(p.a, p.b) }))
    .map((x) => ({ ...x, gain: read(x.after, x.p).sharedContent - read(x.before, x.p).sharedContent }))
    .filter((x) => x.gain > 0)
    .sort((x, y) => y.gain - x.gain || x.p.a.length - y.p.a.length);
  console.log(`\n${gains.length} partial pairs show more shared content words than before; ${examples} of them ([-only A-] {+only B+}):`);
  const step = Math.max(1, Math.floor(gains.length / Math.max(1, examples)));
  for (let k = 0; k < examples && k * step < gains.length; k++) {
    const x = gains[k * step]!;
    console.log(`\n${x.p.source} ${x.p.kind}, ${x.gain} more shared content words\n  before: ${show(x.before)}\n  after:  ${show(x.after)}`);
  }
}

main();
