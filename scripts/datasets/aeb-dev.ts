/**
 * The article-extraction benchmark's development half (../shared/datasets/aeb-dev):
 * news and blog pages with the full article body a person marked as the article.
 * One loader for the evaluation scripts, failing with a message that says where
 * the data is expected.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeHtmlFile } from "../../lib/ingest/extract/decode-html-file";

export interface AebPage {
  id: string;
  url: string;
  /** The gold article body. */
  articleBody: string;
  /** Decoded HTML of the saved page. */
  html: string;
}

export interface AebDataset {
  dir: string;
  groundTruthPath: string;
  pages: AebPage[];
}

export function loadAebDev(dir: string): AebDataset {
  const groundTruthPath = path.join(dir, "ground-truth.json");
  if (!existsSync(groundTruthPath) || !existsSync(path.join(dir, "html"))) {
    throw new Error(`aeb-dev not found at ${dir} (expected ground-truth.json and html/<id>.html.gz). Pass --aeb <dir>.`);
  }
  const truth = JSON.parse(readFileSync(groundTruthPath, "utf8")) as Record<string, { url: string; articleBody: string }>;
  const onDisk = new Set(readdirSync(path.join(dir, "html")));
  const pages = Object.keys(truth)
    .sort()
    .filter((id) => onDisk.has(`${id}.html.gz`))
    .map((id) => ({
      id,
      url: truth[id]!.url,
      articleBody: truth[id]!.articleBody,
      html: decodeHtmlFile(gunzipSync(readFileSync(path.join(dir, "html", `${id}.html.gz`)))),
    }));
  return { dir, groundTruthPath, pages };
}

/**
 * The two halves of the set by file name (ids sorted, first half / second half): one to tune on, the other
 * to confirm that a gain is not fitted to the pages it was found on. Fixed by name, not by any result.
 */
export function splitHalves<T extends { id: string }>(pages: readonly T[]): [T[], T[]] {
  const sorted = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const middle = Math.ceil(sorted.length / 2);
  return [sorted.slice(0, middle), sorted.slice(middle)];
}
