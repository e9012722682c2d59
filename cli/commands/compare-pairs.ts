/**
 * Batch mode of `lacuna compare --pairs FILE.jsonl`: scores thousands of
 * sentence pairs in one process. Input lines are {"id","a","b"}; each gives one
 * output line {"id","same","kind","score"} in input order, where kind is
 * "identical" | "near" | "paraphrase" | "partial" | null (null = unrelated, as
 * in the scorer itself). The file is streamed line by line, so its size is not
 * bounded by memory. A line that is not valid JSON or lacks a field prints
 * {"id","line","error"} (id null when unknown) and the batch goes on; the exit
 * code is then 1 so scripts notice. FILE "-" reads standard input.
 */
import { createReadStream, existsSync } from "node:fs";
import { z } from "zod";
import { prepareSentence, scorePrepared, type SentenceFeatures } from "../../lib/similarity/score-pair";
import type { CliIO } from "../command";
import { decodedLines } from "../decoded-lines";

const PairLine = z.object({
  id: z.union([z.string(), z.number()]),
  a: z.string(),
  b: z.string(),
});

type PairId = z.infer<typeof PairLine>["id"];

// Batches often pair one sentence with many candidates: prepare each text once.
// Bounded so a huge batch of distinct sentences does not grow memory without end.
const CACHE_LIMIT = 20_000;

function cachedPreparer(): (text: string) => SentenceFeatures {
  const cache = new Map<string, SentenceFeatures>();
  return (text) => {
    let features = cache.get(text);
    if (!features) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      features = prepareSentence(text);
      cache.set(text, features);
    }
    return features;
  };
}

function idOf(value: unknown): PairId | null {
  if (typeof value !== "object" || value === null || !("id" in value)) return null;
  const id = (value as { id: unknown }).id;
  return typeof id === "string" || typeof id === "number" ? id : null;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ");
}

export async function runComparePairs(file: string, io: CliIO): Promise<number> {
  if (file !== "-" && !existsSync(file)) throw new Error(`cannot read ${file}: no such file`);
  const lines = decodedLines(file === "-" ? process.stdin : createReadStream(file));
  const prepare = cachedPreparer();
  let lineNumber = 0;
  let pairs = 0;
  let failed = 0;
  for await (const raw of lines) {
    lineNumber++;
    const text = lineNumber === 1 ? raw.replace(/^\ufeff/, "") : raw;
    if (!text.trim()) continue;
    pairs++;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      failed++;
      io.out(JSON.stringify({ id: null, line: lineNumber, error: "not valid JSON" }));
      continue;
    }
    const parsed = PairLine.safeParse(json);
    if (!parsed.success) {
      failed++;
      io.out(JSON.stringify({ id: idOf(json), line: lineNumber, error: `expected {"id","a","b"} with string a and b (${describeIssues(parsed.error)})` }));
      continue;
    }
    const { id, a, b } = parsed.data;
    const verdict = scorePrepared(prepare(a), prepare(b));
    io.out(JSON.stringify({ id, same: verdict.same, kind: verdict.kind, score: Math.round(verdict.score * 10_000) / 10_000 }));
  }
  if (failed > 0) io.err(`lacuna compare --pairs: ${failed} of ${pairs} lines could not be scored (see their "error" lines).`);
  return failed > 0 ? 1 : 0;
}
