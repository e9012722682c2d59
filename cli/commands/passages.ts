import { readFile } from "node:fs/promises";
import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { chosenFormat, FORMAT_OPTIONS } from "../option-values";
import { withDatabase } from "../database";
import { readStdin } from "../read-text";
import { cleanPastedText } from "../../lib/ingest/clean/clean-pasted-text";
import { decodePlainText } from "../../lib/ingest/fetch/decode-html";
import { checkPastedText } from "../../lib/ingest/input-guards";
import { findPassagesOfText, findReusedPassages, type ReusedPassage } from "../../lib/services/passage-search";

export const passages: Command = {
  summary: "where else do an article's passages appear (stored article id, text file, or - for stdin)",
  usage: `Usage: lacuna passages ARTICLE_ID | FILE | - [--format text|json | --json]

For each passage (sentence) of a stored article, or of a text file, lists the
stored articles that carry it — a wire story and its rewrites, a press release
reused — from the passage index, not by reading every article.
--format json (or --json) prints one {"passage","text","total","foundIn":[{"articleId","title","outlet","publishedAt","storyId"}]} line per passage.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, FORMAT_OPTIONS);
    const format = chosenFormat(values, ["text", "json"], "text");
    const target = positionals[0];
    if (!target || positionals.length > 1) throw new UsageError("Give one stored article id, one text file, or - for stdin.");
    const found = await withDatabase(async () => {
      const stored = await findReusedPassages(target);
      if (stored) return stored;
      const text =
        target === "-"
          ? await readStdin()
          : decodePlainText(
              await readFile(target).catch((error: NodeJS.ErrnoException) => {
                throw new Error(error.code === "ENOENT" ? `${target}: no stored article with this id and no such file.` : `${target}: ${error.message}`);
              }),
            );
      const problem = checkPastedText(text);
      if (problem) throw new Error(`${target}: ${problem.message}`);
      return findPassagesOfText(cleanPastedText(text).blocks);
    });
    if (format === "json") for (const p of found) io.out(JSON.stringify(p));
    else io.out(formatText(found));
    return 0;
  },
};

function formatText(found: readonly ReusedPassage[]): string {
  if (found.length === 0) return "No stored article carries these passages.";
  return found
    .map((p) => [`“${p.text}”`, `  in ${p.total} other article${p.total === 1 ? "" : "s"}:`, ...p.foundIn.map((s) => `  - ${s.outlet}: ${s.title} (${s.publishedAt ?? "undated"}) ${s.articleId}`)].join("\n"))
    .join("\n\n");
}

