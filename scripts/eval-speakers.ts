/**
 * Quote speakers, re-attributions and figure conflicts on every pair of
 * outlets in the BASIL development events (`npm run eval:speakers`), not only
 * the 25 pairs of the omission key: how many distinct quotations get a
 * speaker, how many "attributed to someone else" and figure-conflict claims
 * the comparisons make, and (`--sample N [--seed S]`) a fixed-seed sample of
 * named speakers with their paragraph, to read by hand. Dev data: the
 * figures steer rule-writing; they are not a held-out result.
 *
 * `--aeb`: the same on the article bodies of aeb-dev (92 pages of many sites
 * and subjects, the extraction benchmark's gold text), which the speaker
 * rules were not written on: each article is compared with an unrelated
 * sentence, so every quotation in it is flagged with its speaker.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyseDocuments } from "../lib/compare/analyse-documents";
import type { ComparableDocument, Comparison } from "../lib/types/comparison";
import { loadInput } from "../cli/load-input";
import { seededRandom } from "./datasets/seeded-random";
import { loadKeyArticle } from "./omission-rank/key-pairs";

const DATASETS = path.resolve(import.meta.dirname, "../../shared/datasets");

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function comparisons(): Promise<Comparison[]> {
  const files = readdirSync(path.join(DATASETS, "basil-dev")).filter((f) => f.endsWith(".json"));
  const ids = new Set(files.map((f) => f.replace(/\.json$/, "")));
  const events = [...new Set([...ids].map((id) => id.replace(/_\d$/, "")))].sort();
  const work = mkdtempSync(path.join(tmpdir(), "lacuna-speakers-"));
  const documents = new Map<string, Awaited<ReturnType<typeof loadInput>>>();
  const load = async (id: string) => {
    let doc = documents.get(id);
    if (!doc) {
      const article = loadKeyArticle(id, DATASETS);
      const file = path.join(work, `${id}.txt`);
      writeFileSync(file, article.text);
      const read = await loadInput(file);
      doc = { ...read, info: { ...read.info, outlet: article.outlet } };
      documents.set(id, doc);
    }
    return doc;
  };
  const out: Comparison[] = [];
  try {
    for (const event of events) {
      for (const [x, y] of [[1, 2], [1, 3], [2, 3]]) {
        const a = `${event}_${x}`;
        const b = `${event}_${y}`;
        if (ids.has(a) && ids.has(b)) out.push(analyseDocuments(await load(a), await load(b)));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

/** Each aeb-dev article body against an unrelated sentence: every quotation it holds is "left out". */
function aebComparisons(): Comparison[] {
  const truth = JSON.parse(readFileSync(path.join(DATASETS, "aeb-dev/ground-truth.json"), "utf8")) as Record<string, { articleBody: string }>;
  const unrelated: ComparableDocument = { info: { title: "unrelated", outlet: "Other" }, blocks: [{ role: "body", text: "The weather was mild on Monday across the region." }] };
  return Object.entries(truth).map(([id, { articleBody }]) => {
    const blocks = articleBody.split(/\n+/).map((t) => t.trim()).filter(Boolean).map((text) => ({ role: "body" as const, text }));
    return analyseDocuments({ info: { title: id, outlet: "Site" }, blocks }, unrelated);
  });
}

const aeb = process.argv.includes("--aeb");
const all = aeb ? aebComparisons() : await comparisons();
// A quotation met in two comparisons (A vs B, A vs C) counts once, by its words.
const quotations = new Map<string, { speaker?: string; term: string; text: string }>();
let reattributed = 0;
let unnamedAgainstNamed = 0;
let conflicts = 0;
for (const c of all) {
  for (const f of c.omissions) {
    // A changed figure is filed under each side (number-omissions.ts): counted once, as A's, as before 7 December.
    if (f.kind === "conflict" && f.missingFrom === "b") conflicts++;
    if (f.kind !== "quote") continue;
    // "attributed to X in A, to Y in B"; "attributed to X in A; B does not name the source (…)" is counted apart.
    if (f.note?.includes("does not name the source")) unnamedAgainstNamed++;
    else if (f.note?.includes("attributed to")) reattributed++;
    const words = (f.term ?? "").slice(0, 100);
    const seen = quotations.get(words);
    if (!seen || (!seen.speaker && f.speaker)) quotations.set(words, { speaker: f.speaker, term: f.term ?? "", text: f.text ?? "" });
  }
}
const named = [...quotations.values()].filter((q) => q.speaker);
console.log(
  aeb
    ? `Quote speakers in aeb-dev's article bodies (${all.length} articles, each against an unrelated sentence; text the speaker rules were not written on):`
    : `Quote speakers on every pair of outlets in the BASIL development events (${all.length} comparisons; dev data):`,
);
console.log(`  distinct quotations flagged: ${quotations.size}, with a speaker: ${named.length} (${(named.length / Math.max(1, quotations.size)).toFixed(3)})`);
console.log(`  "attributed to someone else" claims: ${reattributed}; named on one side, an unnamed source on the other: ${unnamedAgainstNamed}; figure conflicts: ${conflicts}`);
const size = argument("--sample", 0);
if (size > 0) {
  const random = seededRandom(argument("--seed", 2028));
  const pool = [...named];
  console.log(`\nSample of ${size} named speakers (seed ${argument("--seed", 2028)}), to read against the text:`);
  for (let k = 0; k < size && pool.length > 0; k++) {
    const [q] = pool.splice(Math.floor(random() * pool.length), 1);
    if (q) console.log(`  ${q.speaker} | “${q.term.slice(0, 80)}” | ${q.text.slice(0, 300)}`);
  }
}
