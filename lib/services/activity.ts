/**
 * Use case: the team's activity log — who added, filed, renamed, summarised
 * or deleted what, and when. Server actions record an entry after a write
 * succeeds; the Activity page lists them, newest first. Recording never
 * fails the write it describes: an entry that cannot be stored is logged
 * on the server and the analyst's work goes on.
 */
import "server-only";
import { findActivity, insertActivity, listActivityActors, listActivityAbout, listActivityBefore, type ActivityFilter, type ActivityRow } from "../db/activity";
import { getArticleListRows, getArticleStories } from "../db/articles";
import { getReviewAddresses, type ReviewAddress } from "../db/reviews";
import { getStoryTitles } from "../db/stories";
import { clipAtWord } from "../text/clip";

/** What can be recorded; the code is stored, so existing codes never change meaning. */
export type ActivityAction =
  | "article.added"
  | "article.deleted"
  | "article.edited"
  | "article.reextracted"
  | "article.refetched"
  | "article.filed"
  | "links.queued"
  | "story.renamed"
  | "story.deleted"
  | "story.summarised"
  | "alias.added"
  | "alias.removed"
  | "outlet.kind"
  | "account.password"
  | "articles.imported"
  | "account.created"
  | "account.role"
  | "account.signed-out"
  | "account.removed"
  | "review.confirmed"
  | "review.dismissed"
  | "review.needs-check"
  | "review.cleared"
  | "review.note";

/** Entries per page of the Activity page. */
export const ACTIVITY_PAGE = 50;

/** Quoted the way the page shows a title: “…”, cut to a readable length. */
export function quoted(title: string): string {
  const clean = title.replace(/\s+/g, " ").trim();
  return `“${clean.length > 120 ? clipAtWord(clean, 119) : clean}”`;
}

/** A story's title as the log quotes it ("a story" when it is gone or none was given). */
export async function storyLabel(storyId: string | null | undefined): Promise<string> {
  if (!storyId) return "a story";
  const title = (await getStoryTitles([storyId])).get(storyId);
  return title === undefined ? "a story" : `the story ${quoted(title)}`;
}

/** An article as the log names it: the article “Title” (Outlet); "an article" when it is gone. */
export async function articleLabel(articleId: string): Promise<string> {
  const [row] = await getArticleListRows([articleId]);
  return row ? `the article ${quoted(row.title || "(untitled)")} (${row.outlet.name})` : "an article";
}

/** The log's line for a re-extraction: the article as it is named after it (a re-extraction may correct its title). */
export async function reextractedText(articleId: string, changed: boolean): Promise<string> {
  return `re-extracted ${await articleLabel(articleId)} from its kept page (${changed ? "its text changed" : "its text is the same"})`;
}

/** The log's line for a fetch again: what changed on the page (null: nothing), the article as named after it. */
export async function refetchedText(articleId: string, change: string | null): Promise<string> {
  return `fetched ${await articleLabel(articleId)} again from its link: ${change ? `the page had changed — ${change}; its text was replaced` : "the page is unchanged"}`;
}

/** The log's line for links sent to be fetched, from the app or the command line (`repeated`: links given twice, fetched once). */
export async function linksQueuedText(count: number, storyId: string | null | undefined, repeated = 0): Promise<string> {
  const twice = repeated > 0 ? ` (and ${repeated} given twice, fetched once)` : "";
  return `sent ${count} link${count === 1 ? "" : "s"} to be fetched${twice}${storyId ? `, filed under ${await storyLabel(storyId)}` : ""}`;
}

/** The log's line for an article a sent link added (one entry an article, so each can be opened from the log). */
export async function addedFromLinkText(articleId: string, storyId: string | null): Promise<string> {
  return `added ${await articleLabel(articleId)} from a link${storyId ? `, filed under ${await storyLabel(storyId)}` : ""}`;
}

/** `reviewId`: for a review entry, the review's row, so the entry's link follows the review when its key moves. */
export async function recordActivity(actor: { username: string }, action: ActivityAction, text: string, subjectId?: string | null, reviewId?: string | null): Promise<void> {
  try {
    await insertActivity({ actor: actor.username, action, text, subjectId: subjectId ?? null, reviewId: reviewId ?? null });
  } catch (error) {
    console.error(`activity not recorded (${action} by ${actor.username}: ${text})`, error);
  }
}

export interface ActivityView {
  id: string;
  at: string;
  actor: string;
  action: ActivityAction;
  text: string;
  /** Where the subject can be opened, unless this entry removed it. */
  href: string | null;
}

function viewOf(row: ActivityRow, href: string | null): ActivityView {
  return { id: row.id, at: row.at.toISOString(), actor: row.actor, action: row.action as ActivityAction, text: row.text, href };
}

/**
 * The item a review entry is about: where it was reviewed (a story, or a
 * comparison in the order it was shown) and the flag key it was saved under
 * (subject "story:ID#key" or "cmp:A:B#key", see review-activity.ts).
 */
export function reviewedItemOf(subjectId: string): { storyId: string; flagKey: string } | { articles: [string, string]; flagKey: string } | null {
  const story = /^story:([\w-]+)#(.+)$/s.exec(subjectId);
  if (story) return { storyId: story[1]!, flagKey: story[2]! };
  const pair = /^cmp:([\w-]+):([\w-]+)#(.+)$/s.exec(subjectId);
  return pair ? { articles: [pair[1]!, pair[2]!], flagKey: pair[3]! } : null;
}

/** The page's address opened at the item: the "#item:" fragment the compare and story pages read (components/compare/item-link.ts). */
function atItem(path: string, flagKey: string): string {
  return `${path}#item:${encodeURIComponent(flagKey)}`;
}

/** What the page's entries are about as things stand: which articles and stories exist, and where their reviews are stored now. */
type Existing = { articles: ReadonlySet<string>; stories: ReadonlySet<string>; reviews: ReadonlyMap<string, ReviewAddress> };

/**
 * The key a review entry's item has now. A review follows its finding to a
 * new key when the story's articles change (an article deleted, moved or
 * joined), however many times; its row stays the same, so the entry finds it
 * by the row. The key the entry names is kept when the review is gone, was
 * logged before rows were named, or is stored under another scope (a
 * comparison reviewed in the other order).
 */
function currentKeyOf(row: ActivityRow, savedKey: string, exists: Existing): string {
  const now = row.reviewId ? exists.reviews.get(row.reviewId) : undefined;
  const scope = row.subjectId?.slice(0, row.subjectId.indexOf("#"));
  return now && now.scope === scope ? now.flagKey : savedKey;
}

/**
 * The story a review entry's item may have moved in since the list was read:
 * a review of a story finding, logged with its row. Its key waits for a
 * join's re-key (story-review-rekey.ts) until the story's next view or the
 * background job, so a key read with the list can be the old one.
 */
export function storyOfMovableReview(row: Pick<ActivityRow, "action" | "subjectId" | "reviewId">): string | null {
  if (!row.action.startsWith("review.") || !row.subjectId || !row.reviewId) return null;
  const item = reviewedItemOf(row.subjectId);
  return item && "storyId" in item ? item.storyId : null;
}

/**
 * Where an entry opens. `at: "list"`: a story review's entry links to its
 * resolver (app/activity/[id]/item), which finds the item's key when it is
 * clicked, after any pending re-key (activity-item-link.ts); `at: "now"`:
 * the page itself, under the key the review has now.
 */
function hrefOf(row: ActivityRow, exists: Existing, at: "list" | "now"): string | null {
  if (!row.subjectId || row.action.endsWith(".deleted")) return null;
  if (row.action.startsWith("article.")) return exists.articles.has(row.subjectId) ? `/articles/${row.subjectId}` : null;
  if (row.action.startsWith("story.")) return exists.stories.has(row.subjectId) ? `/stories/${row.subjectId}` : null;
  if (row.action.startsWith("review.")) {
    const item = reviewedItemOf(row.subjectId);
    if (!item) return null;
    if ("storyId" in item && !exists.stories.has(item.storyId)) return null;
    if (at === "list" && storyOfMovableReview(row)) return activityItemPath(row.id);
    const flagKey = currentKeyOf(row, item.flagKey, exists);
    if ("storyId" in item) return atItem(`/stories/${item.storyId}`, flagKey);
    const [a, b] = item.articles;
    return exists.articles.has(a) && exists.articles.has(b) ? atItem(`/compare/${a}/${b}`, flagKey) : null;
  }
  return null;
}

/** The address of an entry's resolver: it opens the entry's item where the item is when clicked. */
export function activityItemPath(entryId: string): string {
  return `/activity/${encodeURIComponent(entryId)}/item`;
}

/** Where one entry's subject is now, read as it stands (null: gone, or nothing to open). */
export async function currentHrefOf(row: ActivityRow): Promise<string | null> {
  return hrefOf(row, await subjectsThatExist([row]), "now");
}

/** Which of the articles and stories these entries are about still exist (an entry links only to what can be opened), and where their reviews are now. */
async function subjectsThatExist(rows: readonly ActivityRow[]): Promise<Existing> {
  const about = (prefix: string) => rows.flatMap((r) => (r.subjectId && r.action.startsWith(prefix) ? [r.subjectId] : []));
  const reviewed = about("review.").flatMap((s) => {
    const item = reviewedItemOf(s);
    return item ? [item] : [];
  });
  const articleIds = [...about("article."), ...reviewed.flatMap((i) => ("articles" in i ? i.articles : []))];
  const storyIds = [...about("story."), ...reviewed.flatMap((i) => ("storyId" in i ? [i.storyId] : []))];
  const reviewIds = rows.flatMap((r) => (r.reviewId && r.action.startsWith("review.") ? [r.reviewId] : []));
  const [articles, stories, reviews] = await Promise.all([getArticleStories([...new Set(articleIds)]), getStoryTitles([...new Set(storyIds)]), getReviewAddresses(reviewIds)]);
  return { articles: new Set(articles.keys()), stories: new Set(stories.keys()), reviews };
}

/** The kinds of entry the Activity page can keep to, each a set of action codes by their prefix. */
export const ACTIVITY_KINDS = {
  articles: { label: "Articles", prefixes: ["article.", "articles."] },
  stories: { label: "Stories", prefixes: ["story."] },
  links: { label: "Links sent", prefixes: ["links."] },
  accounts: { label: "Accounts", prefixes: ["account."] },
  names: { label: "Aliases and outlets", prefixes: ["alias.", "outlet."] },
  reviews: { label: "Reviews", prefixes: ["review."] },
} as const satisfies Record<string, { label: string; prefixes: readonly string[] }>;

export type ActivityKind = keyof typeof ACTIVITY_KINDS;

/** What the page asked to see: one person's entries (`who`), one kind (`what`); anything else means everything. */
export interface ActivityQuery {
  who?: string;
  what?: string;
}

function isActivityKind(value: string | undefined): value is ActivityKind {
  return value !== undefined && Object.hasOwn(ACTIVITY_KINDS, value);
}

function filterOf(query: ActivityQuery): ActivityFilter {
  return {
    ...(query.who ? { actor: query.who } : {}),
    ...(isActivityKind(query.what) ? { actionPrefixes: ACTIVITY_KINDS[query.what].prefixes } : {}),
  };
}

/**
 * A page of entries, newest first, after the entry `before` (an id from the
 * previous page), keeping to `query`; `older` names the next page.
 */
export async function listActivity(before?: string, query: ActivityQuery = {}): Promise<{ entries: ActivityView[]; older: string | null }> {
  const anchor = before ? await findActivity(String(before)) : null;
  const rows = await listActivityBefore(ACTIVITY_PAGE + 1, anchor ? { at: anchor.at, id: anchor.id } : undefined, filterOf(query));
  const page = rows.slice(0, ACTIVITY_PAGE);
  const exists = await subjectsThatExist(page);
  return {
    entries: page.map((r) => viewOf(r, hrefOf(r, exists, "list"))),
    older: rows.length > ACTIVITY_PAGE ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Everyone named in the log, for the page's "who" filter. */
export async function activityActors(): Promise<string[]> {
  return listActivityActors();
}

/** Entries an article's page lists about it. */
const ABOUT_LIMIT = 20;

/** What was done to one article (or story), newest first: who added, corrected, filed or re-extracted it. */
export async function activityAbout(subjectId: string): Promise<ActivityView[]> {
  const rows = await listActivityAbout(String(subjectId), ABOUT_LIMIT);
  // On the subject's own page: no link to itself.
  return rows.map((r) => viewOf(r, null));
}
