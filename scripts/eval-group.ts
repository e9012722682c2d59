/**
 * `npm run eval:group`: how well `groupArticles` finds the stories of the BASIL
 * dev set (45 events × Fox News / NYT / HuffPost), against the plain TF-IDF +
 * single-link baseline, and whether it holds when the 135 articles are lost
 * among thousands of distractor articles. Reads ../shared/datasets (dev data,
 * not shipped); see docs/grouping.md for the method and the figures.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseCsvLine } from "./datasets/csv-line";
import { basilText, loadBasil } from "./datasets/basil";
import { seededRandom } from "./datasets/seeded-random";
import { bCubed, type BCubed } from "../lib/group/b-cubed";
import { groupArticles, resolveParams, type GroupableDoc } from "../lib/group/group-articles";
import { buildNeighbourGraph } from "../lib/group/neighbour-graph";
import { allPairs, baselineVectors, singleLink } from "../lib/group/single-link-baseline";

const ROOT = path.resolve(import.meta.dirname, "..");
const BASIL = path.join(ROOT, "../shared/datasets/basil-dev");
const MRPC = path.join(ROOT, "../shared/datasets/mrpc-train/msr_paraphrase_train.txt");
const STSB = [path.join(ROOT, "../shared/datasets/stsb/stsb-en-train.csv"), path.join(ROOT, "../shared/datasets/stsb/stsb-en-dev.csv")];

function requireFile(p: string): void {
  if (!existsSync(p)) {
    console.error(`eval-group: ${path.relative(ROOT, p)} is missing. This script reads the dev datasets in ../shared/datasets/ (see its README); they are not part of the repository.`);
    process.exit(1);
  }
}

interface LabelledDoc extends GroupableDoc {
  gold: string;
}

function loadLabelledBasil(): LabelledDoc[] {
  return loadBasil(BASIL, "eval-group").map((article) => ({
    id: `basil/${article.file}`,
    title: article.title,
    text: basilText(article),
    publishedAt: article.date,
    gold: article.event,
  }));
}


function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Distractors: "other events covered by two outlets". Sentence pairs of MRPC
 * (two outlets' sentences on one news item, 2004–05) and STS-B (headlines,
 * captions, forum posts) are dealt into fake events of PAIRS_PER_EVENT pairs;
 * outlet 1 gets the first sentences, outlet 2 the second ones. So distractors
 * come in pairs that really do belong together (they are scored as such), use
 * news vocabulary and names, share nothing with the BASIL events beyond what
 * unrelated news shares, and each sentence is used once (no copy links two
 * distractor events). Dates are drawn from the BASIL event dates ±3 days, so
 * date proximity cannot filter them out: each BASIL event has ~90 distractors
 * published in its own week. Why not shuffled BASIL sentences: they would
 * share the very events we score, and a correct grouper should join them.
 */
export function buildDistractors(dates: string[]): LabelledDoc[] {
  requireFile(MRPC);
  for (const p of STSB) requireFile(p);
  const pairs: Array<[string, string]> = [];
  const mrpc = readFileSync(MRPC, "utf8").replace(/^\ufeff/, "").split("\n").slice(1);
  for (const line of mrpc) {
    const cols = line.split("\t");
    if (cols.length >= 5) pairs.push([cols[3]!.trim(), cols[4]!.trim()]);
  }
  for (const file of STSB) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const cols = parseCsvLine(line.trim());
      if (cols.length >= 3 && cols[0] && cols[1]) pairs.push([cols[0], cols[1]]);
    }
  }
  const next = seededRandom(20210504);
  shuffle(pairs, next);
  const PAIRS_PER_EVENT = 6;
  const docs: LabelledDoc[] = [];
  for (let e = 0; e + PAIRS_PER_EVENT <= pairs.length; e += PAIRS_PER_EVENT) {
    const chunk = pairs.slice(e, e + PAIRS_PER_EVENT);
    const base = Date.parse(dates[Math.floor(next() * dates.length)]!) + Math.round((next() * 6 - 3)) * 86_400_000;
    for (const side of [0, 1] as const) {
      const sentences = chunk.map((p) => p[side]);
      const day = new Date(base + (side === 1 && next() < 0.5 ? 86_400_000 : 0)).toISOString().slice(0, 10);
      docs.push({
        id: `distractor/${e / PAIRS_PER_EVENT}-${side + 1}`,
        title: sentences[0]!.split(/\s+/).slice(0, 10).join(" "),
        text: [sentences.slice(0, 3).join(" "), sentences.slice(3).join(" ")].join("\n\n"),
        publishedAt: day,
        gold: `distractor-${e / PAIRS_PER_EVENT}`,
      });
    }
  }
  return docs;
}

function fmt(score: BCubed): string {
  return `P ${score.precision.toFixed(4)}  R ${score.recall.toFixed(4)}  F1 ${score.f1.toFixed(4)}`;
}

function labelsToMap(docs: readonly LabelledDoc[], labels: readonly (string | number)[]): Map<string, string> {
  return new Map(docs.map((d, i) => [d.id, String(labels[i])]));
}

function goldMap(docs: readonly LabelledDoc[]): Map<string, string> {
  return new Map(docs.map((d) => [d.id, d.gold]));
}

/** Wall-clock and CPU time: on a shared machine the CPU figure is the steadier of the two. */
function timed<T>(run: () => T): [T, string] {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return [result, `${(performance.now() - start).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`];
}

function main(): void {
  const basil = loadLabelledBasil();
  const basilIds = basil.map((d) => d.id);
  console.log(`BASIL dev: ${basil.length} articles, ${new Set(basil.map((d) => d.gold)).size} events`);
  console.log(`params: ${JSON.stringify(resolveParams())}\n`);

  // 1. The grouper, parameters fixed in lib/group/params.ts.
  const [grouped, ms] = timed(() => groupArticles(basil));
  const ours = bCubed(new Map(grouped.map((g) => [g.id, g.story])), goldMap(basil));
  console.log(`grouper (fixed params)                 ${fmt(ours)}   ${ms}`);

  // 2. The baseline, with its threshold chosen AFTER seeing the answers (its best case).
  const [baseline, baselineMs] = timed(() => {
    const pairs = allPairs(baselineVectors(basil));
    let best = { threshold: 0, score: { precision: 0, recall: 0, f1: -1 } as BCubed };
    for (let t = 0.02; t <= 0.6; t += 0.01) {
      const score = bCubed(labelsToMap(basil, singleLink(basil.length, pairs, t)), goldMap(basil));
      if (score.f1 > best.score.f1) best = { threshold: t, score };
    }
    return best;
  });
  console.log(`baseline TF-IDF + single-link (t=${baseline.threshold.toFixed(2)}, oracle) ${fmt(baseline.score)}   ${baselineMs} (threshold sweep)`);

  // 3. Growth: the same 135 among thousands of distractors.
  const distractors = buildDistractors(basil.map((d) => d.publishedAt!));
  const all = [...basil, ...distractors];
  console.log(`\ngrowth test: ${basil.length} BASIL + ${distractors.length} distractors = ${all.length} articles`);
  const [groupedAll, allMs] = timed(() => groupArticles(all));
  const predictedAll = new Map(groupedAll.map((g) => [g.id, g.story]));
  console.log(`grouper, scored on the 135 BASIL       ${fmt(bCubed(predictedAll, goldMap(all), basilIds))}   ${allMs}`);
  console.log(`grouper, scored on all ${all.length}          ${fmt(bCubed(predictedAll, goldMap(all)))}`);

  // Baseline in the large collection: exhaustive pairs are O(n²), so it gets the same candidate pairs as the grouper.
  const [baselineAll, baselineAllMs] = timed(() => {
    const vectors = baselineVectors(all);
    const noDates = { ...resolveParams(), dateWindowDays: Number.POSITIVE_INFINITY };
    const edges = buildNeighbourGraph(vectors, all.map(() => null), noDates);
    return singleLink(all.length, edges, baseline.threshold);
  });
  const baselinePredicted = labelsToMap(all, baselineAll);
  console.log(`baseline (same t, candidate pairs), 135 ${fmt(bCubed(baselinePredicted, goldMap(all), basilIds))}   ${baselineAllMs}`);

  // 4. Without dates (plain files given to the CLI): only the wording is left to go on.
  const undated = (docs: readonly LabelledDoc[]) => docs.map((d) => ({ ...d, publishedAt: undefined }));
  const basilUndated = groupArticles(undated(basil));
  console.log(`\nwithout dates, 135 BASIL               ${fmt(bCubed(new Map(basilUndated.map((g) => [g.id, g.story])), goldMap(basil)))}`);
  const allUndated = groupArticles(undated(all));
  console.log(`without dates, 135 among ${all.length}       ${fmt(bCubed(new Map(allUndated.map((g) => [g.id, g.story])), goldMap(all), basilIds))}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
