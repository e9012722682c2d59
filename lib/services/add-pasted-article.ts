/**
 * Use case: an analyst pastes an article's text (from a page, with its chrome).
 * Validate → guard → clean → hash → store once.
 */
import "server-only";
import { gzipSync } from "node:zlib";
import { saveArticle, saveArticles, type NewArticle, type SaveArticleResult } from "../db/article-mutations";
import { contentHash } from "../ingest/content-hash";
import { checkPastedText, countWords } from "../ingest/input-guards";
import { cleanPastedText } from "../ingest/clean/clean-pasted-text";
import { blocksToText } from "../text/types";
import { firstIssue, pastedArticleSchema, type PastedArticleInput } from "./article-schemas";
import { registeredDomain } from "./page-identity";
import { requireStoryIfGiven } from "./story-filing";
import { UserError } from "./user-error";

export async function addPastedArticle(input: PastedArticleInput): Promise<SaveArticleResult> {
  await requireStory(input);
  return saveArticle(preparePastedArticle(input));
}

/** A story named by the input must exist (checked before the text, as the form shows it first). */
async function requireStory(input: PastedArticleInput): Promise<void> {
  const parsed = pastedArticleSchema.safeParse(input);
  if (parsed.success) await requireStoryIfGiven(parsed.data.storyId);
}

export type BatchItemResult = SaveArticleResult | { status: "failed"; code: UserError["code"]; message: string };

/**
 * Many pasted articles stored in one transaction (an import, the scale
 * script): each is validated and cleaned on its own, so a bad one is reported
 * as failed and the others are still stored. Results follow input order.
 */
export async function addPastedArticles(inputs: readonly PastedArticleInput[]): Promise<BatchItemResult[]> {
  const results: Array<BatchItemResult | undefined> = [];
  const ready: Array<{ i: number; article: NewArticle }> = [];
  for (const [i, input] of inputs.entries()) {
    try {
      await requireStory(input);
      ready.push({ i, article: preparePastedArticle(input) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      results[i] = { status: "failed", code: error.code, message: error.message };
    }
  }
  const saved = await saveArticles(ready.map((r) => r.article));
  ready.forEach(({ i }, k) => (results[i] = saved[k]));
  return results as BatchItemResult[];
}

/** Validate → guard → clean → hash: the article as it will be stored, or a UserError saying what is wrong. */
export function preparePastedArticle(input: PastedArticleInput): NewArticle {
  const parsed = pastedArticleSchema.safeParse(input);
  if (!parsed.success) throw new UserError("invalid_input", firstIssue(parsed.error));
  const { title, outlet, outletKind, url, publishedAt, text, storyId } = parsed.data;

  const problem = checkPastedText(text);
  if (problem) throw new UserError(problem.code === "too_large" ? "too_large" : "invalid_input", problem.message);

  const cleaned = cleanPastedText(text);
  const clean = blocksToText(cleaned.blocks);
  const wordCount = countWords(clean);
  if (wordCount === 0) {
    throw new UserError("invalid_input", "Nothing that reads as an article was left after removing page menus and links. Paste the article's paragraphs.");
  }
  const date = publishedAt ?? cleaned.publishedAt;
  return {
    outlet: { name: outlet, domain: url ? registeredDomain(new URL(url).hostname) : null, kind: outletKind },
    storyId: storyId ?? null,
    title: title ?? cleaned.title ?? fallbackTitle(clean),
    byline: cleaned.byline ?? null,
    publishedAt: date && !Number.isNaN(Date.parse(date)) ? new Date(date) : null,
    url: url ?? null,
    canonicalUrl: null,
    text: clean,
    blockRoles: cleaned.blocks.map((b) => b.role),
    wordCount,
    contentHash: contentHash(clean),
    sourceKind: "text",
    rawSource: gzipSync(Buffer.from(text, "utf8")),
  };
}

/** First sentence, cut at a word boundary: a readable stand-in when no headline was given or found. */
function fallbackTitle(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? text;
  if (first.length <= 100) return first;
  const cut = first.lastIndexOf(" ", 100);
  return `${first.slice(0, cut > 0 ? cut : 100)}…`;
}
