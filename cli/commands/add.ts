import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { CliIO, Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import { addPastedArticle, addPastedArticles, type BatchItemResult } from "../../lib/services/add-pasted-article";
import type { PastedArticleInput } from "../../lib/services/article-schemas";
import { UserError } from "../../lib/services/user-error";

/** Lines read before they are stored: memory stays bounded however long the file. */
const LINES_PER_ROUND = 2_000;

export const add: Command = {
  summary: "store an article from a text file (or stdin with -), or many from a JSON Lines file",
  usage: `Usage: lacuna add FILE --outlet NAME [--title T] [--url URL] [--date YYYY-MM-DD] [--story ID]
       lacuna add --jsonl FILE

Cleans the page text (menus, tags, related stories…), stores it once and prints
{"status":"created"|"duplicate","articleId":…}. FILE "-" reads stdin.

--jsonl imports one article per line, each a JSON object with "text" and
"outlet", and optionally "title", "url", "publishedAt" (YYYY-MM-DD) and
"storyId". Prints one JSON line per input line, in order:
{"line":N,"status":"created"|"duplicate"|"failed",…}. A bad line is reported
and the others are still stored; exit code 1 when any line failed.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      outlet: { type: "string" },
      title: { type: "string" },
      url: { type: "string" },
      date: { type: "string" },
      story: { type: "string" },
      jsonl: { type: "string" },
    });
    if (values.jsonl) {
      if (positionals.length > 0 || values.outlet || values.title || values.url || values.date || values.story) {
        throw new UsageError("--jsonl takes each article's fields from its line; give no FILE or other options with it.");
      }
      return importJsonLines(values.jsonl, io);
    }
    const file = positionals[0];
    if (!file) throw new UsageError("Give the text file to add.");
    if (!values.outlet) throw new UsageError("--outlet is required (e.g. --outlet ANI).");
    const text = file === "-" ? await readStdin() : await readFile(file, "utf8");
    try {
      const result = await withDatabase(() =>
        addPastedArticle({ text, outlet: values.outlet ?? "", title: values.title, url: values.url, publishedAt: values.date, storyId: values.story }),
      );
      if (result.status === "duplicate") io.err(`Already stored (${result.reason}): ${result.articleId}`);
      io.out(JSON.stringify(result));
      return 0;
    } catch (error) {
      if (error instanceof UserError) {
        io.err(error.message);
        return 1;
      }
      throw error;
    }
  },
};

type LineResult = BatchItemResult & { line: number };

/** Stores a JSON Lines file round by round; blank lines are skipped, line numbers are the file's. */
async function importJsonLines(file: string, io: CliIO): Promise<number> {
  const counts = { created: 0, duplicate: 0, failed: 0 };
  const report = (result: LineResult) => {
    counts[result.status] += 1;
    io.out(JSON.stringify(result));
  };
  return withDatabase(async () => {
    let round: Array<{ line: number; input: PastedArticleInput } | { line: number; error: string }> = [];
    const flush = async () => {
      const inputs = round.flatMap((r) => ("input" in r ? [r.input] : []));
      const stored = await addPastedArticles(inputs);
      let k = 0;
      for (const r of round) report("input" in r ? { line: r.line, ...stored[k++]! } : { line: r.line, status: "failed", code: "invalid_input", message: r.error });
      round = [];
    };
    // Opened only now, right before it is read: lines a readline interface emits before the loop starts are lost.
    const lines = createInterface({ input: file === "-" ? process.stdin : createReadStream(file, "utf8"), crlfDelay: Infinity });
    let number = 0;
    for await (const text of lines) {
      number += 1;
      if (!text.trim()) continue;
      // A file saved by Windows tools may open with a byte-order mark, which JSON.parse refuses.
      round.push(parseLine(number === 1 ? text.replace(/^\uFEFF/, "") : text, number));
      if (round.length >= LINES_PER_ROUND) await flush();
    }
    await flush();
    const total = counts.created + counts.duplicate + counts.failed;
    io.err(`${total} line(s): ${counts.created} stored, ${counts.duplicate} already stored, ${counts.failed} failed.`);
    return counts.failed > 0 ? 1 : 0;
  });
}

function parseLine(text: string, line: number): { line: number; input: PastedArticleInput } | { line: number; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, error: `Line ${line} is not JSON.` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { line, error: `Line ${line} is not a JSON object with "text" and "outlet".` };
  // The fields are checked with every other pasted article's rules (article-schemas.ts) when stored.
  return { line, input: value as PastedArticleInput };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
