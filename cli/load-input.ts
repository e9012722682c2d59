/**
 * Reads one `compare` input into the core's ComparableDocument, without the
 * database: an http(s) URL (fetched with the same safety rules as the app),
 * an HTML file (article extraction), or a text file (page-chrome cleaning).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ComparableDocument } from "../lib/types/comparison";
import { cleanPastedText } from "../lib/ingest/clean/clean-pasted-text";
import { decodePlainText } from "../lib/ingest/fetch/decode-html";
import type { ExtractedArticle } from "../lib/ingest/extract/types";
import { binaryFileMessage, refusedFile } from "../lib/ingest/file-refusal";
import { checkPastedText, looksBinary } from "../lib/ingest/input-guards";

// The HTML extractor (linkedom, Readability) and the fetcher load only for an HTML file or a URL:
// comparing two text files should not pay for them.
const extraction = () => Promise.all([import("../lib/ingest/extract/extract-article"), import("../lib/ingest/extract/decode-html-file")]);

function fromExtracted(extracted: ExtractedArticle, fallbackOutlet: string, url: string | null): ComparableDocument {
  return {
    info: {
      title: extracted.title ?? fallbackOutlet,
      outlet: extracted.siteName ?? fallbackOutlet,
      url: extracted.canonicalUrl ?? url,
      publishedAt: extracted.publishedAt?.slice(0, 10) ?? null,
    },
    blocks: extracted.blocks,
  };
}

/** A stored article's id as the app shows it in links ("cmxdszcr60005py7d4l45dvds"). */
const STORED_ID = /^c[a-z0-9]{20,31}$/;

/**
 * `compare` reads files and links, never the database (it stays quick and needs none); an analyst
 * who copies two ids from the app's links is told which command compares stored articles.
 */
export function missingFileMessage(input: string): string {
  if (STORED_ID.test(input)) return `${input}: no such file. It looks like a stored article's id: \`lacuna report ID ID\` compares two stored articles.`;
  return `${input}: no such file.`;
}

export async function loadInput(input: string): Promise<ComparableDocument> {
  if (/^https?:\/\//i.test(input)) {
    const [{ fetchPage }, { fetchOptionsFromEnv }, [{ extractArticle }]] = await Promise.all([
      import("../lib/ingest/fetch/fetch-page"),
      import("../lib/ingest/fetch/fetch-options-from-env"),
      extraction(),
    ]);
    const page = await fetchPage(input, fetchOptionsFromEnv(process.env));
    return fromExtracted(extractArticle(page.html, page.finalUrl), new URL(page.finalUrl).hostname.replace(/^www\./, ""), page.finalUrl);
  }
  const bytes = await readFile(input).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === "ENOENT" ? missingFileMessage(input) : `${input}: ${error.message}`);
  });
  // A PDF, an image or an empty file is refused as `lacuna add` refuses it, before it is read as prose.
  const refusal = refusedFile(path.basename(input), bytes);
  if (refusal) throw new Error(refusal);
  const name = path.basename(input).replace(/\.[^.]+$/, "");
  if (/\.x?html?$/i.test(input)) {
    const [{ extractArticle }, { decodeHtmlFile }] = await extraction();
    return fromExtracted(extractArticle(decodeHtmlFile(bytes)), name, null);
  }

  const text = decodePlainText(bytes);
  if (looksBinary(text)) throw new Error(binaryFileMessage(path.basename(input)));
  const problem = checkPastedText(text);
  if (problem) throw new Error(`${input}: ${problem.message}`);
  const cleaned = cleanPastedText(text);
  return {
    info: { title: cleaned.title ?? name, outlet: name, url: cleaned.url ?? null, publishedAt: cleaned.publishedAt?.slice(0, 10) ?? null },
    blocks: cleaned.blocks,
  };
}
