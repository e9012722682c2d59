/**
 * Writes lib/similarity/synonym-stem-data.ts: the synonym groups of
 * synonym-data.ts with each word replaced by its stem (the form sentences are
 * matched in), each stem once per group. Stemming the ~12,000 words at every
 * start of the CLI and the server cost ~35 ms; the table is built once here.
 * synonyms.test.ts checks the committed table against synonym-data.ts.
 * scripts/build-synonyms.ts runs this after rewriting the groups.
 *
 *   npx tsx scripts/build-synonym-stems.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stemmer } from "stemmer";
import { SYNONYM_GROUPS } from "../lib/similarity/synonym-data";

/** One line per group, as in `groups`: its distinct stems in order of first appearance. */
export function stemGroups(groups: string): string {
  return groups
    .split("\n")
    .map((line) => [...new Set(line.split(" ").map((word) => stemmer(word)))].join(" "))
    .join("\n");
}

/** `groups`: the groups just written to synonym-data.ts (by default the committed ones). */
export function writeSynonymStems(groups: string = SYNONYM_GROUPS): void {
  const data = stemGroups(groups);
  const dir = path.resolve(import.meta.dirname, "../lib/similarity");
  const out = path.join(dir, "synonym-stem-data.ts");
  // WordNet's licence notice goes with every copy and modification: carried over from synonym-data.ts.
  const source = readFileSync(path.join(dir, "synonym-data.ts"), "utf8");
  const notice = source.slice(source.indexOf(" * WordNet's licence"), source.indexOf(" */"));
  writeFileSync(
    out,
    `/**\n * The WordNet synonym groups of synonym-data.ts, each word stemmed, one group per line in the same\n * order. Written by scripts/build-synonym-stems.ts; do not edit by hand.\n *\n${notice} */\nexport const SYNONYM_STEM_GROUPS =\n  ${JSON.stringify(data)};\n`,
  );
  console.log(`${data.length} characters → ${out}`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) writeSynonymStems();
