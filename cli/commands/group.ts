import path from "node:path";
import { z } from "zod";
import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { groupArticles, type GroupableDoc } from "../../lib/group/group-articles";
import { readTextFile } from "../read-text";

/** One manifest line. `file` is relative to the manifest's folder; title defaults to the file's first line. */
const ManifestLine = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "date must start YYYY-MM-DD").optional(),
});

interface Entry {
  id: string;
  file: string;
  title?: string;
  date?: string;
}

export const group: Command = {
  summary: "group text files into stories (no database)",
  usage: `Usage: lacuna group [--manifest FILE.jsonl] [FILE…]

Groups articles into stories (coverage of one event) and prints one JSON line
per article: {"id":…,"story":…}; the same story label means the same event.
Plain FILE arguments use their path as id and their first line as title.
A manifest has one JSON object per line: {"id":"…","file":"…"} with optional
"title" and "date" (YYYY-MM-DD; articles published days apart group more
surely). Manifest paths are relative to the manifest. A file that cannot be
read is reported on stderr and left out; the others are still grouped (exit 1).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { manifest: { type: "string" } });
    if (!values.manifest && positionals.length === 0) throw new UsageError("Give text files to group, or --manifest FILE.jsonl.");
    let failed = false;
    const entries: Entry[] = positionals.map((file) => ({ id: file, file }));

    if (values.manifest) {
      const manifestPath = values.manifest;
      let manifest: string;
      try {
        manifest = await readTextFile(manifestPath);
      } catch (error) {
        io.err(`lacuna group: cannot read manifest ${manifestPath}: ${reason(error)}`);
        return 1;
      }
      manifest.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === "") return;
        const where = `${manifestPath}:${i + 1}`;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          io.err(`lacuna group: ${where}: not a JSON object; skipped`);
          failed = true;
          return;
        }
        const parsed = ManifestLine.safeParse(json);
        if (!parsed.success) {
          io.err(`lacuna group: ${where}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ")}; skipped`);
          failed = true;
          return;
        }
        const { id, file, title, date } = parsed.data;
        entries.push({ id, file: path.resolve(path.dirname(manifestPath), file), title, date });
      });
    }

    const seen = new Set<string>();
    const docs: GroupableDoc[] = [];
    for (const entry of entries) {
      if (seen.has(entry.id)) {
        io.err(`lacuna group: id "${entry.id}" given twice; the second (${entry.file}) is skipped`);
        failed = true;
        continue;
      }
      let text: string;
      try {
        text = await readTextFile(entry.file);
      } catch (error) {
        io.err(`lacuna group: cannot read ${entry.file}: ${reason(error)}; left out`);
        failed = true;
        continue;
      }
      seen.add(entry.id);
      const title = entry.title ?? text.split(/\r?\n/).find((l) => l.trim() !== "")?.trim() ?? "";
      docs.push({ id: entry.id, title, text, publishedAt: entry.date });
    }

    for (const assignment of groupArticles(docs)) io.out(JSON.stringify(assignment));
    return failed ? 1 : 0;
  },
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return error instanceof Error ? error.message : String(error);
}
