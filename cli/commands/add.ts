import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { CliIO, Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { checkedValue } from "../option-values";
import { readStdinBytes } from "../read-text";
import { decodedLines } from "../decoded-lines";
import { withDatabase } from "../database";
import { addPastedArticles, type BatchItemResult } from "../../lib/services/add-pasted-article";
import { addUploadedFile } from "../../lib/services/add-uploaded-file";
import { pastedArticleSchema, type PastedArticleInput } from "../../lib/services/article-schemas";
import { storedCopyNote } from "../../lib/services/story-filing";
import { UserError } from "../../lib/services/user-error";
import { quoted, recordActivity } from "../../lib/services/activity";
import { commandLineActor } from "../activity-actor";

const SAVED_PAGE = /\.x?html?$/i;

/** The options of a text file with a rule of their own, and the article field whose rule it is. */
const OPTION_FIELDS = [
  ["title", "title"],
  ["url", "url"],
  ["date", "publishedAt"],
] as const;

/** Lines read before they are stored: memory stays bounded however long the file. */
const LINES_PER_ROUND = 2_000;

export const add: Command = {
  summary: "store an article from a text file or a saved web page (or stdin with -), or many from a JSON Lines file",
  usage: `Usage: lacuna add FILE --outlet NAME [--title T] [--url URL] [--date YYYY-MM-DD] [--story ID]
       lacuna add PAGE.html [--outlet NAME] [--story ID]
       lacuna add --jsonl FILE

A text file is cleaned (menus, tags, related stories…); a saved web page
(.html) has its article extracted and keeps its own title, date and site, as
an upload in the app does. Either is stored once and prints
{"status":"created"|"duplicate","articleId":…}. FILE "-" reads stdin. Text in
UTF-8, UTF-16 (with its byte-order mark) or Latin-1 / windows-1252 is read as
such; a PDF or binary file is refused with a message.

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
    if (!file) throw new UsageError("Give the file to add: a text file or a saved web page (.html), or - for stdin.");
    if (SAVED_PAGE.test(file)) {
      // The page's own title, address and date are stored (addUploadedFile): these would be dropped without a word.
      const given = (["title", "url", "date"] as const).filter((option) => values[option] !== undefined);
      if (given.length > 0) throw new UsageError(`A saved page keeps its own title, address and date: give no ${given.map((o) => `--${o}`).join(", ")} with it.`);
    } else {
      // A saved page names its own site; a text file does not.
      if (!values.outlet?.trim()) throw new UsageError("--outlet is required for a text file (e.g. --outlet ANI).");
      // Checked by the rules every pasted article meets, but before anything is read or stored.
      for (const [option, field] of OPTION_FIELDS) {
        const value = values[option];
        if (value !== undefined) checkedValue(`--${option}`, value, (v) => pastedArticleSchema.shape[field].safeParse(v).error?.issues[0]?.message);
      }
    }
    const bytes =
      file === "-"
        ? await readStdinBytes()
        : await readFile(file).catch((error: NodeJS.ErrnoException) => {
            throw new Error(error.code === "ENOENT" ? `${file}: no such file.` : `${file}: ${error.message}`);
          });
    try {
      // The same path as the app's upload: a saved page is extracted, a PDF or binary file refused, any encoding read.
      const fileName = file === "-" ? "stdin" : path.basename(file);
      const result = await withDatabase(async () => {
        const saved = await addUploadedFile({ fileName, bytes, outlet: values.outlet, title: values.title, url: values.url, publishedAt: values.date, storyId: values.story });
        if (saved.status === "created") {
          await recordActivity(commandLineActor(), "article.added", `added an article from the file ${quoted(fileName)}${values.outlet?.trim() ? ` (${values.outlet.trim()})` : ""}`, saved.articleId);
        }
        return saved;
      });
      if (result.status === "duplicate") io.err([`Already stored (${result.reason}): ${result.articleId}.`, storedCopyNote(result)].filter(Boolean).join(" "));
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
    const lines = decodedLines(file === "-" ? process.stdin : createReadStream(file));
    let number = 0;
    for await (const text of lines) {
      number += 1;
      if (!text.trim()) continue;
      round.push(parseLine(text, number));
      if (round.length >= LINES_PER_ROUND) await flush();
    }
    await flush();
    const total = counts.created + counts.duplicate + counts.failed;
    if (counts.created > 0) await recordActivity(commandLineActor(), "articles.imported", importSummary(file, counts));
    io.err(`${total} line(s): ${counts.created} stored, ${counts.duplicate} already stored, ${counts.failed} failed.`);
    return counts.failed > 0 ? 1 : 0;
  });
}

/** The log's line for an import: what was stored, and what was not. */
function importSummary(file: string, counts: { created: number; duplicate: number; failed: number }): string {
  const source = file === "-" ? "standard input" : `the file ${quoted(path.basename(file))}`;
  const rest = [
    counts.duplicate > 0 ? `${counts.duplicate} already stored` : "",
    counts.failed > 0 ? `${counts.failed} line${counts.failed === 1 ? "" : "s"} failed` : "",
  ].filter(Boolean);
  return `imported ${counts.created} article${counts.created === 1 ? "" : "s"} from ${source}${rest.length ? ` (${rest.join(", ")})` : ""}`;
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

