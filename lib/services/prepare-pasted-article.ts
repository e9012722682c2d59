/**
 * An analyst's pasted text as it will be stored: validate → guard → clean →
 * hash, and the corpus-index entry. Pure: no database, no Next.
 */
import { gzipSync } from "node:zlib";
import { articleIndexEntry } from "../corpus/article-index-entry";
import { storedBlocks } from "../corpus/stored-blocks";
import type { NewArticle } from "../db/article-mutations";
import { contentHash } from "../ingest/content-hash";
import { checkPastedText, countWords } from "../ingest/input-guards";
import { cleanPastedText } from "../ingest/clean/clean-pasted-text";
import { guessOutletKind } from "../ingest/outlet-kind";
import { firstParagraph } from "../text/first-paragraph";
import { clipAtWord } from "../text/clip";
import { blocksToText } from "../text/types";
import { firstIssue, pastedArticleSchema, type PastedArticleInput } from "./article-schemas";
import { registeredDomain } from "./page-identity";
import { UserError } from "./user-error";

/** Validate → guard → clean → hash: the article as it will be stored, or a UserError saying what is wrong. */
export function preparePastedArticle(input: PastedArticleInput): NewArticle {
  const parsed = pastedArticleSchema.safeParse(input);
  if (!parsed.success) throw new UserError("invalid_input", firstIssue(parsed.error, input));
  const { title, outlet, outletKind, url, publishedAt, text, storyId } = parsed.data;

  const problem = checkPastedText(text);
  if (problem) throw new UserError(problem.code === "too_large" ? "too_large" : "invalid_input", problem.message);

  const cleaned = cleanPastedText(text, { title });
  const clean = blocksToText(cleaned.blocks);
  const wordCount = countWords(clean);
  if (wordCount === 0) {
    throw new UserError("invalid_input", "Nothing that reads as an article was left after removing page menus and links. Paste the article's paragraphs.");
  }
  const date = publishedAt ?? cleaned.publishedAt;
  // The address the analyst gives, else the one the text records (a web clipper's front matter).
  const pageUrl = url ?? cleaned.url;
  const domain = pageUrl ? registeredDomain(new URL(pageUrl).hostname) : null;
  // The analyst's kind; else what the address, the name and the dateline say; else none ("other").
  const kind = outletKind ?? guessOutletKind({ host: domain, name: outlet, opening: firstParagraph(cleaned.blocks), pressRelease: cleaned.pressRelease });
  return {
    outlet: { name: outlet, domain, kind },
    storyId: storyId ?? null,
    title: title ?? cleaned.title ?? fallbackTitle(clean),
    byline: cleaned.byline ?? null,
    publishedAt: date && !Number.isNaN(Date.parse(date)) ? new Date(date) : null,
    url: pageUrl ?? null,
    canonicalUrl: null,
    text: clean,
    blockRoles: cleaned.blocks.map((b) => b.role),
    wordCount,
    contentHash: contentHash(clean),
    sourceKind: "text",
    rawSource: gzipSync(Buffer.from(text, "utf8")),
  };
}

/**
 * First sentence of the first line, cut at a word boundary: a readable
 * stand-in when no headline was given or found. A headline has no full stop,
 * so the line break ends it ("Harbor City approves flood barrier plan" did
 * run on into the first paragraph).
 */
function fallbackTitle(text: string): string {
  const firstLine = text.trimStart().split("\n", 1)[0] ?? text;
  return clipAtWord(firstLine.split(/(?<=[.!?])\s/)[0] ?? firstLine, 100);
}

/** A pasted article ready to store (with its corpus-index entry), or why it cannot be stored. */
export type PreparedPaste = { ok: true; article: NewArticle } | { ok: false; code: UserError["code"]; message: string };

/**
 * Each input prepared on its own, with its index entry computed here too (the
 * costly part of storing: ~3 ms of CPU an article against ~1.3 ms of
 * writing). A bad input is a failed entry, never an exception that sinks the
 * others.
 */
export function preparePastedArticles(inputs: readonly PastedArticleInput[]): PreparedPaste[] {
  return inputs.map((input): PreparedPaste => {
    try {
      const article = preparePastedArticle(input);
      article.index = articleIndexEntry({ title: article.title, text: article.text, blocks: storedBlocks(article.text, JSON.stringify(article.blockRoles)), publishedAt: article.publishedAt ?? null });
      return { ok: true, article };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return { ok: false, code: error.code, message: error.message };
    }
  });
}
