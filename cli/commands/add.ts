import { readFile } from "node:fs/promises";
import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import { addPastedArticle } from "../../lib/services/add-pasted-article";
import { UserError } from "../../lib/services/user-error";

export const add: Command = {
  summary: "store an article from a text file (or stdin with -)",
  usage: `Usage: lacuna add FILE --outlet NAME [--title T] [--url URL] [--date YYYY-MM-DD] [--story ID]

Cleans the page text (menus, tags, related stories…), stores it once and prints
{"status":"created"|"duplicate","articleId":…}. FILE "-" reads stdin.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      outlet: { type: "string" },
      title: { type: "string" },
      url: { type: "string" },
      date: { type: "string" },
      story: { type: "string" },
    });
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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
