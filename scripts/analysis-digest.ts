/**
 * A digest of the analysis's output on the BASIL development events: the
 * comparison JSON of every ordered pair of outlets (270), and of the bench's
 * long pairs at ~1,000 / 3,000 / 10,000 words on prepared articles (twice,
 * so what an article keeps between comparisons is checked too), each hashed.
 * Run it before and after a change meant to leave the output alone (a speed
 * change, moving code): the digests must be equal, and with `--out FILE`
 * the per-comparison hashes show which comparison moved.
 *
 *   npm run digest:analysis -- --out /tmp/before.txt
 */
import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyseDocuments, analysePrepared } from "../lib/compare/analyse-documents";
import { prepareDocument } from "../lib/compare/prepared-document";
import type { ComparableDocument } from "../lib/types/comparison";
import { BASIL_DIR, basilBlocks, basilPair, loadBasil, OUTLET_PAIRS } from "./bench/basil-pairs";

const SIZES = [1_000, 3_000, 10_000];

function main(): void {
  const dir = path.resolve(process.cwd(), BASIL_DIR);
  if (!existsSync(dir)) {
    console.error(`${BASIL_DIR} not found: run from the project root with the shared datasets beside it.`);
    process.exitCode = 1;
    return;
  }
  const outAt = process.argv.indexOf("--out");
  const out = outAt >= 0 ? process.argv[outAt + 1] : undefined;
  const events = loadBasil(dir);
  const lines: string[] = [];
  const all = createHash("sha256");
  const add = (label: string, value: unknown) => {
    const hash = createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
    all.update(hash);
    lines.push(`${label} ${hash}`);
  };
  for (const [event, byOutlet] of events) {
    const docs: ComparableDocument[] = [...byOutlet.entries()].map(([outlet, article]) => ({ info: { title: outlet, outlet }, blocks: basilBlocks(article) }));
    for (const a of docs) for (const b of docs) if (a !== b) add(`${event} ${a.info.outlet}-${b.info.outlet}`, analyseDocuments(a, b));
  }
  for (const size of SIZES) {
    for (const [k, [x, y]] of OUTLET_PAIRS.entries()) {
      const pair = basilPair(events, size, x, y, k * 7);
      if (!pair) continue;
      const a = prepareDocument(pair.a);
      const b = prepareDocument(pair.b);
      add(`~${size} words ${x}-${y}, prepared`, analysePrepared(a, b));
      add(`~${size} words ${x}-${y}, prepared, again`, analysePrepared(a, b));
    }
  }
  if (out) writeFileSync(out, `${lines.join("\n")}\n`);
  console.log(`${lines.length} comparisons (BASIL dev events), digest ${all.digest("hex").slice(0, 16)}${out ? `; each comparison's hash in ${out}` : ""}`);
}

main();
