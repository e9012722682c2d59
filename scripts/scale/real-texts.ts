/**
 * The real texts the scale corpus is built from (dev data, never shipped):
 * BASIL's 135 articles (45 events × Fox News / NYT / HuffPost, with the event
 * each covers), and the article text Lacuna's own extractor takes from the
 * 454 + 92 real web pages of the boilerplate-dev and aeb-dev sets. Extraction
 * takes a while, so its result is cached in data/ (ignored by git).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { basilText, loadBasil } from "../datasets/basil";
import { decodeHtmlFile } from "../../lib/ingest/extract/decode-html-file";
import { extractArticle } from "../../lib/ingest/extract/extract-article";

export interface RealText {
  /** Same cluster = same event (BASIL triplets); every page is a cluster of its own. */
  cluster: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
  paragraphs: string[];
  source: "basil" | "page";
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const DATASETS = path.join(ROOT, "../shared/datasets");
const CACHE = path.join(ROOT, "data/scale-real-texts.json");
/** Pages that yield less than this are menus or stubs, not articles. */
const MIN_WORDS = 150;

export function loadRealTexts(): RealText[] {
  if (existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, "utf8")) as RealText[];
  const basil: RealText[] = loadBasil(path.join(DATASETS, "basil-dev"), "scale").map((a) => ({
    cluster: `basil:${a.event}`,
    title: a.title,
    outlet: { fox: "Fox News", nyt: "The New York Times", hpo: "HuffPost" }[a.source] ?? a.source,
    date: a.date.slice(0, 10),
    paragraphs: basilText(a).split("\n\n"),
    source: "basil",
  }));
  const pages: RealText[] = [];
  for (const set of ["boilerplate-dev", "aeb-dev"]) {
    const dir = path.join(DATASETS, set, "html");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort()) {
      try {
        const article = extractArticle(decodeHtmlFile(gunzipSync(readFileSync(path.join(dir, file)))));
        const paragraphs = article.blocks.filter((b) => b.role === "body" || b.role === "quote").map((b) => b.text);
        if (paragraphs.join(" ").split(/\s+/).length < MIN_WORDS || paragraphs.length < 3) continue;
        pages.push({
          cluster: `page:${set}/${file}`,
          title: article.title ?? file,
          outlet: article.siteName ?? set,
          date: article.publishedAt && !Number.isNaN(Date.parse(article.publishedAt)) ? article.publishedAt.slice(0, 10) : null,
          paragraphs,
          source: "page",
        });
      } catch {
        // A page without an article is simply not used.
      }
    }
  }
  const texts = [...basil, ...pages];
  mkdirSync(path.dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(texts));
  return texts;
}
