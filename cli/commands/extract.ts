import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { parseCommandArgs } from "../args";
import type { Command } from "../command";
import { UsageError } from "../command";
import { decodeHtmlFile } from "../../lib/ingest/extract/decode-html-file";
import { extractArticle } from "../../lib/ingest/extract/extract-article";
import { readTextFile } from "../read-text";

const ManifestLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  file: z.string().min(1),
  url: z.url().optional(),
});

interface Job {
  id: string;
  file: string;
  url?: string;
}

/** Manifest lines, each either a job or the reason it is unusable (reported in the output, never fatal). */
function parseManifest(text: string, baseDir: string): (Job | { id: string; error: string })[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        return { id: `line ${n}`, error: `manifest line ${n} is not JSON` };
      }
      const parsed = ManifestLine.safeParse(raw);
      if (!parsed.success) {
        const id = typeof (raw as { id?: unknown })?.id === "string" ? (raw as { id: string }).id : `line ${n}`;
        return { id, error: `manifest line ${n}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}` };
      }
      // Paths in a manifest are relative to the manifest, so a data folder can move as a whole.
      return { ...parsed.data, file: path.resolve(baseDir, parsed.data.file) };
    });
}

async function extractFile(job: Job): Promise<Record<string, string | null>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(job.file);
  } catch (error) {
    throw new Error(`cannot read ${job.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (job.file.endsWith(".gz")) bytes = gunzipSync(bytes);
  const article = extractArticle(decodeHtmlFile(bytes), job.url);
  return {
    id: job.id,
    url: job.url ?? article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    publishedAt: article.publishedAt,
    siteName: article.siteName,
    lang: article.lang,
    text: article.text,
  };
}

export const extract: Command = {
  summary: "extract articles from local HTML files (no database)",
  usage: `Usage: lacuna extract [--manifest FILE.jsonl] [FILE.html …]

Extracts the article from each local HTML file (.html or .html.gz) and prints
one JSON line per page:
  {"id","url","title","byline","publishedAt","siteName","lang","text"}
or {"id","url","error"} when a page fails; the other pages go on.
Manifest lines are {"id": "…", "file": "page.html", "url": "https://…"};
"file" is relative to the manifest. Plain FILE arguments use the path as id.
Exit code 0 when every page was extracted, 1 when any failed.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { manifest: { type: "string" } });
    if (!values.manifest && positionals.length === 0) throw new UsageError("Give HTML files or --manifest FILE.jsonl.");

    const jobs: (Job | { id: string; error: string })[] = [];
    if (values.manifest) {
      let text: string;
      try {
        text = await readTextFile(values.manifest);
      } catch (error) {
        throw new UsageError(`cannot read manifest ${values.manifest}: ${(error as Error).message}`);
      }
      jobs.push(...parseManifest(text, path.dirname(path.resolve(values.manifest))));
    }
    jobs.push(...positionals.map((file) => ({ id: file, file: path.resolve(file) })));

    let failed = 0;
    for (const [i, job] of jobs.entries()) {
      if ("error" in job) {
        failed++;
        io.out(JSON.stringify({ id: job.id, url: null, error: job.error }));
        continue;
      }
      try {
        io.out(JSON.stringify(await extractFile(job)));
      } catch (error) {
        failed++;
        io.out(JSON.stringify({ id: job.id, url: job.url ?? null, error: error instanceof Error ? error.message : String(error) }));
      }
      if (io.interactive && (i + 1) % 25 === 0) io.err(`${i + 1}/${jobs.length} pages`);
    }
    io.err(`${jobs.length} page(s), ${failed} failed`);
    return failed > 0 ? 1 : 0;
  },
};
