/**
 * Experiment: the ranking's inputs per item. For every key pair (both
 * directions) builds the items exactly as the app does, and prints per item
 * the traits the ranking reads and whether a flag of it hits one of the
 * answer key's omissions (the scorer's rule), as TSV for a fit in Python
 * with events held out. Dev data only (../shared/datasets/omissions-dev).
 */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadInput } from "../../cli/load-input";
import { comparePassages } from "../../lib/compare/compare-documents";
import { prepareDocument } from "../../lib/compare/prepared-document";
import { findOmissionFlags } from "../../lib/omissions/find-omissions";
import { describeItems } from "../../lib/omissions/omission-items";
import type { Omission } from "../../lib/types/comparison";
import { loadKeyArticle, loadKeyPairs } from "../omission-rank/key-pairs";

const DATASETS = path.resolve(import.meta.dirname, "../../../shared/datasets");
const KEY = path.join(DATASETS, "omissions-dev", "answer-key.jsonl");
const STOP = new Set("a an the of to in on at for by with and or but is are was were be been has have had that this it its as from said says not no he she they his her their them we our you i who which what when where than then also".split(" "));
const content = (t: string) => new Set((t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter((w) => !STOP.has(w)));
interface KeyItem { rank: number; evidence: string; key_terms: string[] }
const termHit = (term: string, keys: string[]) => keys.some((k) => { const t = term.trim().toLowerCase(); const kk = k.trim().toLowerCase(); return Math.min(t.length, kk.length) >= 3 && (t.includes(kk) || kk.includes(t)); });
/** omission_rank.py's flag_hits. */
function hits(f: Omission, item: KeyItem, trap = false): boolean {
  if (f.kind === "entity" || f.kind === "number") return termHit(f.term ?? "", item.key_terms);
  const ev = content(item.evidence);
  const fl = content(`${f.text ?? ""} ${f.term ?? ""}`);
  let shared = 0;
  for (const w of ev) if (fl.has(w)) shared++;
  return ev.size > 0 && fl.size > 0 && shared / ev.size >= 0.6 && (!trap || shared / fl.size >= 0.5);
}

const lines = readFileSync(KEY, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const work = mkdtempSync(path.join(tmpdir(), "items-"));
const rows = ["pair\tside\tkind\tnovel\tquoted\tspeaker\tnames\tfigures\theadline\tlede\trole\tboiler\tcount\tetype\tperipheral\trel\tsalience\tkey\ttrap\ttitle"];
for (const p of loadKeyPairs(KEY)) {
  const line = lines.find((l) => l.pair === p.pair);
  const docs = [];
  for (const id of [p.a, p.b]) {
    const art = loadKeyArticle(id, DATASETS);
    const f = path.join(work, `${id}.txt`);
    writeFileSync(f, art.text);
    const doc = await loadInput(f);
    docs.push(prepareDocument({ ...doc, info: { ...doc.info, outlet: art.outlet } }));
  }
  const [a, b] = docs as [ReturnType<typeof prepareDocument>, ReturnType<typeof prepareDocument>];
  const compared = comparePassages(a.passages, b.passages, undefined, { a: a.alignment, b: b.alignment });
  const { ctx, flags } = findOmissionFlags({
    a: { passages: a.passages, reading: a.reading, title: a.info.title, outlet: a.info.outlet },
    b: { passages: b.passages, reading: b.reading, title: b.info.title, outlet: b.info.outlet },
    alignments: compared.alignments,
    onlyA: compared.onlyA,
    onlyB: compared.onlyB,
  });
  for (const d of describeItems(flags, ctx)) {
    const side = d.item.missingFrom;
    const keyItems: KeyItem[] = side === "b" ? line.missing_from_b : line.missing_from_a;
    const traps: KeyItem[] = side === "b" ? line.traps_b : line.traps_a;
    const keyHit = keyItems.filter((k) => d.flags.some((f) => hits(f, k))).map((k) => `K${k.rank}`).join(",") || "-";
    const trapHit = traps.filter((t) => d.flags.some((f) => hits(f, t, true))).length;
    const t = d.traits;
    const e = d.entityTraits;
    const total = ctx.passages[side === "b" ? "a" : "b"].length;
    rows.push([p.pair.slice(0, 8) + p.a.slice(-1) + p.b.slice(-1), side, d.item.kind, (t?.novelWeight ?? 0).toFixed(0), t?.quoted ? 1 : 0, t?.speaker ? 1 : 0, t?.absentNames.length ?? 0, t?.figures.length ?? 0, (t?.inHeadline ?? (e?.inHeadline ? 1 : 0)).toFixed(2), t?.inLede || e?.inLede ? 1 : 0, t?.role ?? "-", t?.boilerplate ? 1 : 0, e?.count ?? 0, e?.type ?? "-", e?.peripheral ? 1 : 0, (d.first / Math.max(1, total)).toFixed(2), d.item.salience, keyHit, trapHit, d.item.title.slice(0, 80).replace(/\t/g, " ")].join("\t"));
  }
}
writeFileSync(process.argv[2] ?? "/tmp/items.tsv", rows.join("\n") + "\n");
console.log(`${rows.length - 1} items → ${process.argv[2] ?? "/tmp/items.tsv"}`);
