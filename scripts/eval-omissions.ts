/**
 * `npm run eval:omissions`: entity omission flags on the BASIL dev set (45
 * events × Fox News / NYT / HuffPost). For every pair of outlets covering an
 * event it flags the entities one article names and the other never does, and
 * checks each flag against the other article's raw text:
 *   - flags with and without alias handling (alias data, gazetteer, name forms);
 *   - precision = share of flagged entities truly absent from the other text
 *     (no spelling, alias or surname of it appears, case-insensitively — a
 *     strict check: "China" inside "South China Sea" counts as present);
 *   - a fixed-seed sample of 30 flags to read by hand;
 *   - recall of BASIL's annotated `main-entities` by the recogniser.
 * Then the ranking of whole comparisons against the omissions answer key
 * (eval-omission-rank.ts): R@5, R@10, trap rate, items per direction.
 * Reads ../shared/datasets (dev data, not shipped); figures go to docs/omissions.md.
 */
import path from "node:path";
import { basilText, loadBasil } from "./datasets/basil";
import { seededRandom } from "./datasets/seeded-random";
import { DEFAULT_ALIASES } from "../lib/entities/aliases";
import { COUNTRIES } from "../lib/entities/gazetteer";
import { resolveEntities } from "../lib/entities/resolve-entities";
import type { Omission } from "../lib/types/comparison";
import { entityOmissions } from "../lib/omissions/entity-omissions";
import { buildCoverage } from "../lib/omissions/coverage";
import { buildOmissionContext } from "../lib/omissions/find-omissions";
import type { OmissionOptions } from "../lib/omissions/omission-input";
import type { Passage } from "../lib/text/types";
import { evalOmissionRank } from "./eval-omission-rank";

const ROOT = path.resolve(import.meta.dirname, "..");
const BASIL = path.resolve(ROOT, process.argv[2] ?? "../shared/datasets/basil-dev");

interface Article {
  file: string;
  source: string;
  event: string;
  mainEntities: string[];
  passages: Passage[];
  text: string;
}

function load(): Article[] {
  return loadBasil(BASIL, "eval-omissions").map((article) => {
    const passages: Passage[] = [];
    let offset = 0;
    article.paragraphs.forEach((sentences, paragraph) => {
      for (const s of sentences) {
        passages.push({ index: passages.length, paragraph, role: "body", text: s, start: offset, end: offset + s.length });
        offset += s.length + 1;
      }
      offset += 1;
    });
    return { file: article.file, source: article.source, event: article.event, mainEntities: article.mainEntities, passages, text: basilText(article) };
  });
}


const ALIAS_FORMS = new Map<string, string[]>();
for (const e of DEFAULT_ALIASES) ALIAS_FORMS.set(e.canonical, [e.canonical, ...e.aliases]);
for (const c of COUNTRIES) ALIAS_FORMS.set(c.name, [...(ALIAS_FORMS.get(c.name) ?? []), c.name, ...c.demonyms, ...c.otherNames]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Independent of the flagger: any form of the term — its spellings, its alias
 * data, a person's surname — anywhere in the other text, ignoring case except
 * for short all-capital forms ("US" must not match the pronoun "us").
 */
function foundIn(term: string, type: string, surfaces: readonly string[], text: string): string | undefined {
  const forms = new Set<string>([term, ...surfaces, ...(ALIAS_FORMS.get(term) ?? [])].map((f) => f.replace(/['’]s$/, "")));
  const words = term.split(/\s+/);
  const last = words.at(-1);
  if (type === "person" && words.length >= 2 && last && last.length >= 3) forms.add(last);
  for (const f of forms) {
    if (f.length < 2) continue;
    const caps = /^[\p{Lu}.]+$/u.test(f) && f.replace(/\./g, "").length <= 5;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?![\\p{L}\\p{N}])`, caps ? "u" : "iu").test(text)) return f;
  }
  return undefined;
}

interface CheckedFlag {
  pair: string;
  flag: Omission;
  found?: string;
}

function runPairs(articles: readonly Article[], options: OmissionOptions): CheckedFlag[] {
  const byEvent = new Map<string, Article[]>();
  for (const a of articles) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a]);
  const out: CheckedFlag[] = [];
  for (const group of byEvent.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (!a || !b) continue;
        const ctx = buildOmissionContext({ a: { passages: a.passages }, b: { passages: b.passages }, alignments: [], onlyA: [], onlyB: [] }, options);
        for (const flag of entityOmissions(ctx)) {
          const present = flag.missingFrom === "a" ? b : a;
          const absent = flag.missingFrom === "a" ? a : b;
          const entity = ctx.entities.find((e) => e.canonical === flag.term);
          out.push({ pair: `${present.source}→${absent.source} ${present.file.slice(0, 8)}`, flag, found: foundIn(flag.term ?? "", entity?.type ?? "other", entity?.surfaces ?? [], absent.text) });
        }
      }
    }
  }
  return out;
}

function precision(flags: readonly CheckedFlag[]): string {
  const ok = flags.filter((f) => !f.found).length;
  return `${flags.length} flags, ${ok} truly absent → precision ${(flags.length ? ok / flags.length : 0).toFixed(3)}`;
}

/** Annotation words that name no one: "Republican lawmakers" is found through "Republican". */
const GENERIC = new Set(["lawmakers", "officials", "administration", "programs", "program", "leaders", "members", "supporters", "voters"]);

function annotationWords(m: string): string[] {
  return m
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase().replace(/['’]s$/, "").replace(/s$/, ""))
    .filter((w) => !GENERIC.has(w) && !GENERIC.has(`${w}s`));
}

/**
 * Recall of BASIL's `main-entities`: an annotation counts as found when one of
 * its capitalised words is a word of a recognised entity. Annotations with no
 * capitalised word ("social security", "protestors") are not names and are
 * counted apart.
 */
function mainEntityRecall(articles: readonly Article[]): { found: number; names: number; total: number; missed: string[] } {
  let found = 0;
  let names = 0;
  let total = 0;
  const missed: string[] = [];
  for (const a of articles) {
    const known = new Set(
      resolveEntities(a.passages)
        .flatMap((e) => [e.canonical, ...e.surfaces])
        .flatMap((s) => s.toLowerCase().split(/[\s-]+/))
        .map((w) => w.replace(/['’]s$/, "").replace(/s$/, "")),
    );
    for (const m of a.mainEntities) {
      total++;
      const words = annotationWords(m);
      if (words.length === 0) continue;
      names++;
      if (words.some((w) => known.has(w))) found++;
      else missed.push(`${m} (${a.source})`);
    }
  }
  return { found, names, total, missed };
}

const articles = load();
const t0 = performance.now();
const withAliases = runPairs(articles, { verifyInText: false });
const ms = performance.now() - t0;
const withoutAliases = runPairs(articles, { foldAliases: false, verifyInText: false });
const verified = runPairs(articles, {});

console.log(`BASIL dev: ${articles.length} articles, ${new Set(articles.map((a) => a.event)).size} events; entity flags for every pair of outlets in an event (both directions)`);
console.log(`  without alias handling (recogniser only):     ${precision(withoutAliases)}`);
console.log(`  with alias handling:                          ${precision(withAliases)}`);
console.log(`  with alias handling + raw-text check (default): ${precision(verified)}`);
console.log(`  time: ${(ms / withAliases.length).toFixed(2)} ms per flag, ${ms.toFixed(0)} ms for all pairs`);

const rand = seededRandom(20210504);
const pool = [...withAliases];
const sample: CheckedFlag[] = [];
while (sample.length < 30 && pool.length > 0) sample.push(...pool.splice(Math.floor(rand() * pool.length), 1));
console.log("\nSample of 30 flags (alias handling on, raw-text check off): term | counts | found in other text?");
for (const s of sample) {
  console.log(`  ${s.pair}  ${s.flag.term}  [${s.flag.countA}/${s.flag.countB}]  ${s.found ? `PRESENT as “${s.found}”` : "absent"}  — ${(s.flag.text ?? "").slice(0, 90)}`);
}
const sampleOk = sample.filter((s) => !s.found).length;
console.log(`  sample precision (automatic): ${sampleOk}/${sample.length}`);

const recall = mainEntityRecall(articles);
console.log(`\nmain-entities recall: ${recall.found}/${recall.names} named annotations = ${(recall.found / recall.names).toFixed(3)} (${recall.total - recall.names} of ${recall.total} annotations have no capitalised word and are not counted)`);
console.log(`  missed: ${recall.missed.join("; ")}`);

const present = withAliases.filter((f) => f.found);
console.log(`\nFlags whose term the strict check finds in the other text (${present.length}), most common:`);
const byTerm = new Map<string, number>();
for (const f of present) byTerm.set(`${f.flag.term} ~ ${f.found}`, (byTerm.get(`${f.flag.term} ~ ${f.found}`) ?? 0) + 1);
console.log(`  ${[...byTerm.entries()].sort((x, y) => y[1] - x[1]).slice(0, 25).map(([t, n]) => `${t} ×${n}`).join("; ")}`);

// N-way coverage per event: three independent outlets, so no copies should be grouped.
const events = new Map<string, Article[]>();
for (const a of articles) events.set(a.event, [...(events.get(a.event) ?? []), a]);
const tc = performance.now();
let copies = 0;
let entityFlags = 0;
let passageFlags = 0;
let conflictFlags = 0;
let figureFlags = 0;
let figureItems = 0;
let items = 0;
const conflictExamples: string[] = [];
const figureExamples: string[] = [];
let example = "";
for (const group of events.values()) {
  const coverage = buildCoverage(group.map((a) => ({ id: a.file, label: a.source, passages: a.passages })));
  if (coverage.groups.length < group.length) copies++;
  entityFlags += coverage.flags.filter((f) => f.kind === "entity").length;
  passageFlags += coverage.flags.filter((f) => f.kind === "passage").length;
  const conflicts = coverage.flags.filter((f) => f.kind === "conflict");
  conflictFlags += conflicts.length;
  conflictExamples.push(...conflicts.map((f) => `${f.term}: ${f.text.slice(0, 160)}`));
  const figures = coverage.flags.filter((f) => f.kind === "figure");
  figureFlags += figures.length;
  // Items a figure leads; the others joined the item of the passage that gives them.
  figureItems += figures.filter((f) => f.item === f.key).length;
  figureExamples.push(...figures.map((f) => `${f.item === f.key ? "item" : "joined"} [${f.importance}] ${f.text.slice(0, 220)} — ${f.reasons.join("; ")}`));
  items += new Set(coverage.flags.map((f) => f.item)).size;
  if (!example && coverage.flags[0]) example = `${coverage.flags[0].text}${coverage.flags[0].kind === "passage" ? `: ${(coverage.flags[0].term ?? "").slice(0, 80)}` : ""}`;
}
console.log(`\nN-way coverage: ${events.size} events in ${(performance.now() - tc).toFixed(0)} ms; events where copies were grouped: ${copies} (expected 0: three independent outlets)`);
console.log(`  flags: ${entityFlags} entity, ${passageFlags} passage, ${conflictFlags} figure conflict, ${figureFlags} figure left out (${figureItems} items of their own), in ${items} items; e.g. ${example}`);
if (process.argv.includes("--show-conflicts")) for (const c of conflictExamples) console.log(`  conflict: ${c}`);
if (process.argv.includes("--show-figures")) for (const f of figureExamples) console.log(`  figure: ${f}`);

// The ranking against the answer key: what a careful reader calls most important among the first items.
console.log("");
await evalOmissionRank({ show: process.argv.includes("--show") });
