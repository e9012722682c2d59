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
import { chooseContent } from "./choose-content";
import { filterBlocks } from "./filter-blocks";
import { htmlToBlocks } from "./html-to-blocks";
import { pruneBoilerplate } from "./prune-boilerplate";
import { readMetadata } from "./read-metadata";
import { type ExtractedArticle, ExtractionError } from "./types";

function parse(html: string): Document {
  // linkedom needs a full document to give <html>/<body>; fragments get wrapped.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

function readabilityBlocks(doc: Document): Block[] {
  const result = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  return result?.content ? filterBlocks(htmlToBlocks(result.content)) : [];
}

export function extractArticle(html: string, url?: string): ExtractedArticle {
  const doc = parse(html);
  const metadata = readMetadata(doc, url);
  const main = pruneBoilerplate(doc);
  // Read the fallback container before Readability rearranges the document.
  const fallback = main ? filterBlocks(htmlToBlocks(main)) : [];
  const chosen = chooseContent(readabilityBlocks(doc), fallback);
  let blocks = chosen.blocks;
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
    method: chosen.method,
    warnings: chosen.warning ? [chosen.warning] : [],
  };
}
