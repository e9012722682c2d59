/**
 * Use case: fetch an article's link again, because the page was updated at
 * the same address (a corrected toll, a new headline, a "Correction:" note).
 * The page goes through the same safe fetch and extraction as any link; when
 * its text or headline changed, the article's stored page and text are
 * replaced in place (same id, story and outlet, reviews following their
 * findings as after a re-extraction); when nothing changed, or the fetch
 * fails, the stored version stays and the message says why.
 */
import "server-only";
import { gzipSync } from "node:zlib";
import { findArticleByCanonicalUrl, findOutletArticleByContentHash, getArticleRefetchSource } from "../db/articles";
import { describeFailure } from "../ingest/batch/link-failure";
import { fetchOptionsFromEnv } from "../ingest/fetch/fetch-options-from-env";
import { fetchPage, type FetchedPage } from "../ingest/fetch/fetch-page";
import type { ExtractedArticle } from "../ingest/extract/types";
import { describePageChange, pageChange, type PageChange } from "../ingest/page-change";
import { recordActivity, refetchedText } from "./activity";
import { extractOffThread } from "./off-thread";
import { trustPageIdentity } from "./page-identity";
import { rawSourceText } from "./reextract-article";
import { replaceArticleText, replacementFields } from "./replace-article-text";
import { UserError } from "./user-error";

/** A fetch again may take this long, fetch to stored, as one link of a batch may. */
const REFETCH_TIMEOUT_MS = 45_000;

export type RefetchResult =
  | { changed: true; change: PageChange; summary: string; storedAt: Date; message: string }
  | { changed: false; storedAt: Date; message: string };

/** "2026-12-07 15:46 UTC": when the stored version was fetched, as messages and the log say it. */
export function utcMinute(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

type Stored = NonNullable<Awaited<ReturnType<typeof getArticleRefetchSource>>>;

/** Fetches the article's link again for `actor` (an editor, or the command line), whose name the activity log gives. */
export async function refetchArticle(articleId: string, actor: { username: string }, options: { signal?: AbortSignal } = {}): Promise<RefetchResult> {
  const result = await refetch(articleId, options.signal);
  // A failure changed nothing and is said to whoever asked; what was fetched, changed or not, the team can read.
  await recordActivity(actor, "article.refetched", await refetchedText(articleId, result.changed ? result.summary : null), articleId);
  return result;
}

async function refetch(articleId: string, outer: AbortSignal | undefined): Promise<RefetchResult> {
  const row = await getArticleRefetchSource(articleId);
  if (!row) throw new UserError("not_found", "No such article.");
  if (row.sourceKind !== "html" || !row.url) {
    throw new UserError("invalid_input", "This article was not stored from a link (it was pasted or uploaded), so there is no page to fetch again. Paste or upload the new version instead.");
  }
  const storedAt = row.fetchedAt ?? row.createdAt;
  const kept = `The stored version (fetched ${utcMinute(storedAt)}) is kept.`;
  const signal = AbortSignal.any([AbortSignal.timeout(REFETCH_TIMEOUT_MS), ...(outer ? [outer] : [])]);
  const { page, extracted } = await fetchAndExtract(row.url, signal, kept);
  await refuseAnotherArticle(row, extracted, page, kept);

  const title = await newTitle(row, extracted, signal);
  const next = { title, blocks: extracted.blocks, page: { rawSource: gzipSync(page.bytes), finalUrl: page.finalUrl, fetchedAt: new Date(page.fetchedAt) } };
  const fields = replacementFields(next);
  if (fields.contentHash === row.contentHash && title === row.title) {
    return { changed: false, storedAt, message: `Fetched again: the page is unchanged since ${utcMinute(storedAt)}.` };
  }
  // The unique index (text, outlet): the new version stored as an article of its own (a saved page uploaded) comes first.
  const clash = await findOutletArticleByContentHash(fields.contentHash, row.outletId, row.id);
  if (clash) {
    throw new UserError("duplicate", `The page now reads exactly as “${clash.title}”, stored as an article of its own; delete that one, then fetch again. ${kept}`, { articleId: clash.id });
  }
  await replaceArticleText(row, next);
  const change = { ...pageChange({ title: row.title, text: row.text }, { title, text: fields.text }), headline: title !== row.title };
  const summary = describePageChange(change) || "its text";
  return { changed: true, change, summary, storedAt, message: `Fetched again: the page had changed since ${utcMinute(storedAt)} — ${summary}. The stored text is replaced.` };
}

async function fetchAndExtract(url: string, signal: AbortSignal, kept: string): Promise<{ page: FetchedPage; extracted: ExtractedArticle }> {
  try {
    const page = await fetchPage(url, { ...fetchOptionsFromEnv(process.env), signal });
    return { page, extracted: await extractOffThread(page.html, page.finalUrl, signal) };
  } catch (error) {
    // A fetch or extraction refusal (404, paywall, not an article, a timeout) says why; anything else is a bug.
    if (!(error instanceof Error) || !(error.name === "FetchError" || error.name === "ExtractionError" || signal.aborted)) throw error;
    const reason = signal.aborted && error.name !== "FetchError" ? `The page did not come in within ${REFETCH_TIMEOUT_MS / 1000} seconds.` : describeFailure(error).message;
    throw new UserError("fetch_failed", `Could not fetch the article again. ${reason} ${kept}`);
  }
}

/**
 * The link now leads to another stored article (its old address redirects there). A new address for the same
 * article (a slug rewritten with the headline) is taken: the stored canonical address stays the article's.
 */
async function refuseAnotherArticle(row: Stored, extracted: ExtractedArticle, page: FetchedPage, kept: string) {
  const now = trustPageIdentity(extracted.canonicalUrl, page.finalUrl).canonicalUrl;
  if (!now || now === row.canonicalUrl) return;
  const other = await findArticleByCanonicalUrl(now);
  if (other && other.id !== row.id) {
    throw new UserError("duplicate", `The link now leads to “${other.title}”, stored as an article of its own (${now}); nothing was changed. ${kept}`, { articleId: other.id });
  }
}

/**
 * The headline to store: the page's new one when the page's headline changed; the stored title otherwise, which
 * may be the analyst's correction (Edit details) of what the page said then and must not be undone by a fetch.
 */
async function newTitle(row: Stored, extracted: ExtractedArticle, signal: AbortSignal): Promise<string> {
  const fetched = extracted.title?.trim();
  if (!fetched) return row.title;
  let before: string | undefined;
  try {
    before = (await extractOffThread(rawSourceText(row), row.finalUrl ?? row.url ?? "", signal)).title?.trim();
  } catch {
    // The kept page no longer extracts (a sign-in page stored before such pages were refused): the stored title stands for it.
  }
  return fetched === (before ?? row.title) ? row.title : fetched;
}
