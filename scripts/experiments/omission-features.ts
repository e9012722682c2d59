/**
 * Experiment: what sets the answer key's omissions apart from the other
 * passages a side leaves out? For every passage of every key pair (both
 * directions) prints the features the ranking could use and whether the
 * passage carries a key item's evidence (or a trap's), as TSV for reading.
 * Dev data only (../shared/datasets/omissions-dev).
 */
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadInput } from "../../cli/load-input";
import { segmentBlocks } from "../../lib/text/segment";
import { ArticleReading } from "../../lib/omissions/article-reading";
import { loadKeyArticle, loadKeyPairs } from "../omission-rank/key-pairs";
import { readFileSync } from "node:fs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DATASETS = path.resolve(ROOT, "../shared/datasets");
const KEY = path.join(DATASETS, "omissions-dev", "answer-key.jsonl");
const STOP = new Set("a an the of to in on at for by with and or but is are was were be been has have had that this it its as from said says not no he she they his her their them we our you i who which what when where than then also".split(" "));
const content = (t: string) => new Set((t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter((w) => !STOP.has(w)));
/** The scorer's rule (omission_rank.py): the text holds ≥ 60 % of the evidence's content words (and, for a trap, the evidence is ≥ half of the text). */
const holds = (text: string, evidence: string, trap = false) => {
  const ev = content(evidence);
  const tx = content(text);
  let shared = 0;
  for (const w of ev) if (tx.has(w)) shared++;
  return ev.size > 0 && shared / ev.size >= 0.6 && (!trap || shared / tx.size >= 0.5);
};

interface KeyLine { pair: string; a: string; b: string; missing_from_b: { rank: number; evidence: string }[]; missing_from_a: { rank: number; evidence: string }[]; traps_b: { evidence: string }[]; traps_a: { evidence: string }[] }
const lines = readFileSync(KEY, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as KeyLine);
const work = mkdtempSync(path.join(tmpdir(), "feat-"));
const rows: string[] = ["pair\tside\tidx\tpara\trel\tcontent\twin\tart\tquote\tverb\tnovelw\tnovelNames\tnovelNums\tfirstInPara\tcentral\tnovelCentral\tquoteWords\twords\tlabel\ttext"];
for (const p of loadKeyPairs(KEY)) {
  const line = lines.find((l) => l.pair === p.pair)!;
  const docs = [];
  for (const id of [p.a, p.b]) {
    const art = loadKeyArticle(id, DATASETS);
    const f = path.join(work, `${id}.txt`);
    writeFileSync(f, art.text);
    docs.push(await loadInput(f));
  }
  const passages = docs.map((d) => segmentBlocks(d.blocks));
  const readings = passages.map((ps) => new ArticleReading(ps));
  for (const [present, absentSide] of [[0, "b"], [1, "a"]] as const) {
    const other = 1 - present;
    const cover = passages[present]!.map((x) => readings[other]!.coverIndex().cover(readings[present]!.tokens(x.text)));
    const items = absentSide === "b" ? line.missing_from_b : line.missing_from_a;
    const traps = absentSide === "b" ? line.traps_b : line.traps_a;
    const ps = passages[present]!;
    // In how many of its own article's passages each stem occurs.
    const df = new Map<string, number>();
    for (const x of ps) for (const st of new Set(readings[present]!.tokens(x.text).filter((t) => t.isContent).map((t) => t.stem))) df.set(st, (df.get(st) ?? 0) + 1);
    ps.forEach((x, i) => {
      const c = cover[i]!;
      const toks = readings[present]!.tokens(x.text);
      const novel = new Set(c.novel);
      const novelToks = toks.filter((t) => t.isContent && novel.has(t.norm));
      const novelNames = new Set(novelToks.filter((t) => t.isCapitalized && t.start > 0).map((t) => t.norm)).size;
      const novelNums = new Set(novelToks.filter((t) => t.isNumber).map((t) => t.norm)).size;
      const stems = [...new Set(toks.filter((t) => t.isContent).map((t) => t.stem))];
      const central = stems.reduce((sum, st) => sum + Math.log2(df.get(st) ?? 1), 0) / Math.max(1, stems.length);
      const novelCentral = [...new Set(novelToks.map((t) => t.stem))].reduce((sum, st) => sum + Math.log2(df.get(st) ?? 1), 0);
      const quoteWords = (x.text.match(/["“][^"”]*["”]?/g) ?? []).join(" ").split(/\s+/).filter(Boolean).length;
      const firstInPara = i === 0 || ps[i - 1]!.paragraph !== x.paragraph ? 1 : 0;
      const label = items.find((it) => holds(x.text, it.evidence)) ? `K${items.find((it) => holds(x.text, it.evidence))!.rank}` : traps.some((t) => holds(x.text, t.evidence, true)) ? "T" : "-";
      rows.push([p.pair.slice(0, 8) + p.a.slice(-1) + p.b.slice(-1), absentSide, i, x.paragraph, (i / ps.length).toFixed(2), c.weight.toFixed(0), c.window.toFixed(2), c.article.toFixed(2), /["“”]/.test(x.text) ? 1 : 0, /\b(said|says|told|according to)\b/.test(x.text) ? 1 : 0, ((1 - c.window) * c.weight).toFixed(0), novelNames, novelNums, firstInPara, central.toFixed(2), novelCentral.toFixed(2), quoteWords, stems.length, label, x.text.slice(0, 100)].join("\t"));
    });
  }
}
writeFileSync(process.argv[2] ?? "/tmp/features.tsv", rows.join("\n") + "\n");
console.log(`${rows.length - 1} passages → ${process.argv[2] ?? "/tmp/features.tsv"}`);
