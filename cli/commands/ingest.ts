import { readFile } from "node:fs/promises";
import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import { progressBar } from "../progress-bar";
import { getIngestBatch, startIngestBatch } from "../../lib/services/ingest-urls";

export const ingest: Command = {
  summary: "fetch articles from URLs and store them (several in parallel)",
  usage: `Usage: lacuna ingest URL… [--file urls.txt] [--story ID]

Fetches each page safely, extracts the article and stores it once. Prints one
JSON line per link: {"url","state":"done"|"duplicate"|"failed","articleId","error"}.
Exit code 1 when any link failed (the others are still stored).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { file: { type: "string" }, story: { type: "string" } });
    const pasted = [...positionals, values.file ? await readFile(values.file, "utf8") : ""].join("\n");
    if (!pasted.trim()) throw new UsageError("Give at least one URL, or --file with one URL per line.");
    return withDatabase(async () => {
      let bar: ReturnType<typeof progressBar> | null = null;
      const { batchId, rejected } = await startIngestBatch(pasted, {
        storyId: values.story,
        wait: true,
        onProgress: (event) => {
          bar ??= progressBar(io, event.total);
          bar.update(event.finished, `${event.state} ${event.url}`);
        },
      });
      (bar as ReturnType<typeof progressBar> | null)?.finish();
      for (const r of rejected) io.err(`skipped ${r.input}: ${r.reason}`);
      const links = await getIngestBatch(batchId);
      for (const link of links) {
        io.out(JSON.stringify({ url: link.url, state: link.state, articleId: link.articleId ?? undefined, error: link.error ?? undefined }));
      }
      return links.some((l) => l.state === "failed") ? 1 : 0;
    });
  },
};
