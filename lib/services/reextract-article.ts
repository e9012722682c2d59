/**
 * Use case: run the current extractor again on the raw source kept at ingest,
 * so articles improve when the extractor does, without fetching again.
 */
import "server-only";
import { gunzipSync } from "node:zlib";
import { findArticleByContentHash, getArticleRawSource } from "../db/articles";
import { cleanPastedText } from "../ingest/clean/clean-pasted-text";
import { decodeHtmlFile } from "../ingest/extract/decode-html-file";
import { extractArticle } from "../ingest/extract/extract-article";
import { ExtractionError } from "../ingest/extract/types";
import { replaceArticleText, replacementFields } from "./replace-article-text";
import { UserError } from "./user-error";

export function rawSourceText(row: { sourceKind: string; rawSource: Uint8Array }): string {
  const bytes = gunzipSync(row.rawSource);
  return row.sourceKind === "html" ? decodeHtmlFile(bytes) : bytes.toString("utf8");
}

/**
 * The kept page's blocks. A page the extractor now refuses (a sign-in page stored before it was recognised as one)
 * keeps its stored text, and the analyst reads why, to delete the article or paste the real text.
 */
function extractKeptPage(raw: string, url: string | undefined) {
  try {
    return extractArticle(raw, url).blocks;
  } catch (error) {
    if (error instanceof ExtractionError) throw new UserError("invalid_input", `${error.message} The stored text is unchanged.`);
    throw error;
  }
}

export async function reextractArticle(articleId: string): Promise<{ changed: boolean }> {
  const row = await getArticleRawSource(articleId);
  if (!row) throw new UserError("not_found", "No such article.");
  const raw = rawSourceText(row);
  const blocks = row.sourceKind === "html" ? extractKeptPage(raw, row.finalUrl ?? row.url ?? undefined) : cleanPastedText(raw, { title: row.title }).blocks;
  const next = { title: row.title, blocks };
  const clash = await findArticleByContentHash(replacementFields(next).contentHash);
  if (clash && clash.id !== articleId) {
    throw new UserError("duplicate", `Re-extracted, this article is identical to “${clash.title}”, which is already stored; nothing was changed.`);
  }
  if (clash?.id === articleId) return { changed: false };
  await replaceArticleText(row, next);
  return { changed: true };
}
