/**
 * Extracts the article from an HTML page: metadata from JSON-LD / meta tags,
 * body from Mozilla Readability run on a linkedom DOM after general
 * boilerplate pruning, turned into Blocks and filtered with the same text
 * rules as pasted text. When Readability finds too little, the largest text
 * block is used instead and a warning says so.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { type Block, blocksToText } from "../../text/types";
import { filterBlocks } from "./filter-blocks";
import { htmlToBlocks } from "./html-to-blocks";
import { largestTextBlock } from "./largest-text-block";
import { pruneBoilerplate } from "./prune-boilerplate";
import { readMetadata } from "./read-metadata";
import { type ExtractedArticle, ExtractionError } from "./types";

/** Below this many characters Readability's result is compared with the fallback. */
const TOO_LITTLE = 200;

function parse(html: string): Document {
  // linkedom needs a full document to give <html>/<body>; fragments get wrapped.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

const charCount = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

function readabilityBlocks(doc: Document): Block[] {
  const result = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  return result?.content ? filterBlocks(htmlToBlocks(result.content)) : [];
}

function fallbackBlocks(html: string): Block[] {
  const doc = parse(html);
  pruneBoilerplate(doc);
  const container = largestTextBlock(doc);
  return container ? filterBlocks(htmlToBlocks(container)) : [];
}

export function extractArticle(html: string, url?: string): ExtractedArticle {
  const doc = parse(html);
  const metadata = readMetadata(doc, url);
  pruneBoilerplate(doc);
  let blocks = readabilityBlocks(doc);
  let method: ExtractedArticle["method"] = "readability";
  const warnings: string[] = [];
  if (charCount(blocks) < TOO_LITTLE) {
    const fallback = fallbackBlocks(html);
    if (charCount(fallback) > charCount(blocks)) {
      warnings.push(
        blocks.length === 0
          ? "Readability found no article; used the largest text block of the page."
          : `Readability found only ${charCount(blocks)} characters; used the largest text block of the page.`,
      );
      blocks = fallback;
      method = "fallback";
    }
  }
  // The headline is metadata; a first heading repeating it would count as text twice.
  if (blocks[0]?.role === "heading" && metadata.title && blocks[0].text === metadata.title) blocks = blocks.slice(1);
  if (blocks.length === 0) {
    throw new ExtractionError(`No article text found${url ? ` at ${url}` : ""}: the page has no readable paragraphs (it may need JavaScript, a login, or not be an article).`);
  }
  return {
    title: metadata.title,
    byline: metadata.byline,
    publishedAt: metadata.publishedAt,
    siteName: metadata.siteName,
    lang: metadata.lang,
    canonicalUrl: metadata.canonicalUrl,
    ...(metadata.description ? { description: metadata.description } : {}),
    blocks,
    text: blocksToText(blocks),
    method,
    warnings,
  };
}
