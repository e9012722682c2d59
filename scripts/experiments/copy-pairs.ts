/**
 * The data behind the copy rule (lib/omissions/copy-groups.ts): for pairs of
 * articles, the share of each one's words the other carries in runs of five,
 * and the passages that report something one has and the other lacks; on the
 * QA derailment pages (a wire, a near-copy dropping a paragraph, rewrites),
 * the seed reports, the omission fixtures and the BASIL events (independent
 * outlets: never copies). Also simulated reprints of every BASIL article
 * (byline line swapped, an ad line added, house spellings changed; the last
 * paragraph dropped) to see what a reprint keeps.
 *
 *   npx tsx scripts/experiments/copy-pairs.ts [QA_SITE_DIR]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../../lib/ingest/extract/extract-article";
import { COPY_THRESHOLD, copyVerdict } from "../../lib/omissions/copy-groups";
import { segmentBlocks } from "../../lib/text/segment";
import type { Block, Passage } from "../../lib/text/types";
import { BASIL_DIR, basilBlocks, loadBasil } from "../bench/basil-pairs";

const f3 = (x: number) => x.toFixed(3);

function show(label: string, a: readonly Passage[], b: readonly Passage[], detail: boolean): void {
  const v = copyVerdict(a, b, 0);
  const strict = copyVerdict(a, b);
  console.log(`${label}: A in B ${f3(v.aInB)}, B in A ${f3(v.bInA)}; reporting passages only in A ${v.onlyInA.length}, only in B ${v.onlyInB.length}; copies at ${COPY_THRESHOLD}: ${strict.copies}`);
  if (detail) for (const [side, list] of [["A", v.onlyInA], ["B", v.onlyInB]] as const) for (const p of list) console.log(`   only in ${side}: ${p.text.slice(0, 120)}`);
}

const site = process.argv[2] ?? "/work/notes/qa4-repro/site";
if (existsSync(site)) {
  const pages = new Map<string, Passage[]>();
  for (const f of readdirSync(site).filter((f) => f.endsWith(".html")).sort()) {
    const art = extractArticle(readFileSync(path.join(site, f), "utf8"), `http://127.0.0.1/${f}`);
    pages.set(f.replace(".html", ""), segmentBlocks(art.blocks));
  }
  const names = [...pages.keys()];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const [x, y] = [names[i] as string, names[j] as string];
      show(`qa ${x} / ${y}`, pages.get(x) ?? [], pages.get(y) ?? [], x === "courier" && y === "wire");
    }
}

const textBlocks = (file: string): Block[] =>
  readFileSync(file, "utf8").split(/\n\s*\n/).map((text) => ({ role: "body" as const, text: text.trim() })).filter((b) => b.text);
const seeds = path.resolve("../shared/seeds");
if (existsSync(seeds)) {
  const [x, y] = readdirSync(seeds).sort();
  if (x && y) show(`seeds ${x} / ${y}`, segmentBlocks(textBlocks(path.join(seeds, x))), segmentBlocks(textBlocks(path.join(seeds, y))), false);
}
const fx = ["ani-report.txt", "kyodo-report.txt", "second-report.txt", "state-department-readout.txt"];
for (let i = 0; i < fx.length; i++)
  for (let j = i + 1; j < fx.length; j++) show(`fixture ${fx[i]} / ${fx[j]}`, segmentBlocks(textBlocks(`lib/omissions/fixtures/${fx[i]}`)), segmentBlocks(textBlocks(`lib/omissions/fixtures/${fx[j]}`)), false);

/** A reprint as portals make them: their byline, an ad line, house spellings ("per cent", "U.S." → "US"). */
function reprint(blocks: readonly Block[]): Block[] {
  const house = (t: string) => t.replace(/\bpercent\b/g, "per cent").replace(/\bU\.S\./g, "US").replace(/\bMr\. /g, "Mr ").replace(/\bcolor\b/g, "colour");
  return [{ role: "body", text: "By Portal Staff | Updated: 3 Dec 2026 14:05 IST" }, ...blocks.map((b) => ({ ...b, text: house(b.text) })), { role: "body", text: "Advertisement" }];
}

/** Copy edits: one plain word (lower case, no digit) in `every` replaced, as a sub-editor's touches ("said" → "says"). */
const EDIT_RATES = [40, 20, 10, 5];
function copyEdited(blocks: readonly Block[], every: number): Block[] {
  let n = 0;
  return blocks.map((b) => ({ ...b, text: b.text.replace(/(?<![’'\w])[a-z]+\b/g, (w) => (++n % every === 0 ? `${w}x` : w)) }));
}

const dir = path.resolve(BASIL_DIR);
if (existsSync(dir)) {
  let most = 0;
  let mostLabel = "";
  let pairs = 0;
  let grouped = 0;
  const reprints: number[] = [];
  let reprintCopies = 0;
  let trimmedCopies = 0;
  let trimmedReporting = 0;
  let articles = 0;
  const editedShares: number[][] = EDIT_RATES.map(() => []);
  const editedCopies: number[] = EDIT_RATES.map(() => 0);
  for (const [event, byOutlet] of loadBasil(dir)) {
    const docs = [...byOutlet.entries()].map(([o, a]) => [o, basilBlocks(a)] as const);
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) {
        const v = copyVerdict(segmentBlocks(docs[i]![1]), segmentBlocks(docs[j]![1]), 0);
        pairs++;
        if (copyVerdict(segmentBlocks(docs[i]![1]), segmentBlocks(docs[j]![1])).copies) grouped++;
        const m = Math.min(v.aInB, v.bInA);
        if (m > most) [most, mostLabel] = [m, `${event.slice(0, 8)} ${docs[i]![0]}/${docs[j]![0]}`];
      }
    for (const [, blocks] of docs) {
      articles++;
      const original = segmentBlocks(blocks);
      const copy = segmentBlocks(reprint(blocks));
      const v = copyVerdict(original, copy, 0);
      reprints.push(Math.min(v.aInB, v.bInA));
      if (copyVerdict(original, copy).copies) reprintCopies++;
      for (const [k, every] of EDIT_RATES.entries()) {
        const edited = copyVerdict(original, segmentBlocks(reprint(copyEdited(blocks, every))), 0);
        editedShares[k]?.push(Math.min(edited.aInB, edited.bInA));
        if (copyVerdict(original, segmentBlocks(reprint(copyEdited(blocks, every)))).copies) editedCopies[k] = (editedCopies[k] ?? 0) + 1;
      }
      const trimmed = segmentBlocks(reprint(blocks.slice(0, -1)));
      const t = copyVerdict(original, trimmed, 0);
      if (t.onlyInA.length > 0) trimmedReporting++;
      if (copyVerdict(original, trimmed).copies) trimmedCopies++;
    }
  }
  reprints.sort((x, y) => x - y);
  console.log(`BASIL: ${pairs} pairs of independent outlets; grouped as copies ${grouped}; highest two-way share (the lower of the two) ${f3(most)} (${mostLabel})`);
  console.log(`simulated reprints of ${articles} articles: lower share min ${f3(reprints[0] ?? 0)}, 5th pct ${f3(reprints[Math.floor(reprints.length * 0.05)] ?? 0)}, median ${f3(reprints[Math.floor(reprints.length / 2)] ?? 0)}; grouped ${reprintCopies}`);
  EDIT_RATES.forEach((every, k) => {
    const list = (editedShares[k] ?? []).sort((x, y) => x - y);
    console.log(`reprints with one plain word in ${every} changed: lower share min ${f3(list[0] ?? 0)}, median ${f3(list[Math.floor(list.length / 2)] ?? 0)}; grouped ${editedCopies[k]}`);
  });
  console.log(`reprints without the last paragraph: the dropped paragraph reports something in ${trimmedReporting}; grouped ${trimmedCopies}`);
}
