/** Reads of stories. */
import { numberedOutletLabels } from "../compare/source-labels";
import { clipAtWord } from "../text/clip";
import "server-only";
import { db } from "./client";
import { inList } from "./sql-batches";
import { copiesAfterOriginals, firstComparison } from "./story-order";
import { titleHolds, type TitleNeedles } from "./title-needles";

export interface Page<T> {
  items: T[];
  /** 1-based; clamped to the last page. */
  page: number;
  pageCount: number;
  total: number;
}

/** Clamps a requested page number (anything unreadable is page 1). */
export function pageNumber(requested: unknown): number {
  const n = Math.floor(Number(requested));
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/**
 * One page of stories, most recently changed first, each with its article
 * count, its outlets and its first two articles (for a one-click comparison):
 * the cost of a page does not depend on how many stories there are.
 */
export async function listStoriesPage(requestedPage: number, pageSize: number): Promise<Page<StorySummary>> {
  const client = await db();
  const total = await client.story.count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pageNumber(requestedPage), pageCount);
  const stories = await client.story.findMany({
    // Stories changed within one millisecond: the later one first (cuid ids grow with time).
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, title: true, updatedAt: true, _count: { select: { articles: true } } },
  });
  return { items: await describeStories(stories), page, pageCount, total };
}

/**
 * The same entries as a page of the list, for stories found by a search
 * (`ids` in the order to show them); a story deleted meanwhile is left out.
 */
export async function getStorySummaries(ids: readonly string[]): Promise<StorySummary[]> {
  if (ids.length === 0) return [];
  const rows = await (await db()).story.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, title: true, updatedAt: true, _count: { select: { articles: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return describeStories(ids.flatMap((id) => byId.get(id) ?? []));
}

type StoryRow = { id: string; title: string; updatedAt: Date; _count: { articles: number } };

/** Each story with its outlets, its first two articles and its summary's lead, in two queries however many. */
async function describeStories(stories: readonly StoryRow[]): Promise<StorySummary[]> {
  const client = await db();
  const leads = await summaryStarts(stories.map((s) => s.id));
  const articles = stories.length
    ? await client.article.findMany({
        where: { storyId: { in: stories.map((s) => s.id) } },
        orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
        select: { id: true, storyId: true, title: true, contentHash: true, createdAt: true, publishedAt: true, wordCount: true, outlet: { select: { name: true } } },
      })
    : [];
  const byStory = new Map<string, Array<{ id: string; outlet: string; title: string; contentHash: string; createdAt: Date; publishedAt: Date | null; wordCount: number }>>();
  for (const a of articles) {
    const list = byStory.get(a.storyId!);
    const item = { id: a.id, outlet: a.outlet.name, title: a.title, contentHash: a.contentHash, createdAt: a.createdAt, publishedAt: a.publishedAt, wordCount: a.wordCount };
    if (list) list.push(item);
    else byStory.set(a.storyId!, [item]);
  }
  return stories.map((s) => {
    const members = copiesAfterOriginals(byStory.get(s.id) ?? []);
    // The story page's names ("Meridian Press (3)"), which the compare page the card opens uses too (?story=).
    const numbered = numberedOutletLabels(members.map((m) => m.outlet));
    const labels = new Map(members.map((m, i) => [m.id, numbered[i] ?? m.outlet]));
    return {
      id: s.id,
      title: s.title,
      updatedAt: s.updatedAt,
      articleCount: s._count.articles,
      outlets: [...new Set(members.map((m) => m.outlet))],
      firstTwo: firstComparison(members).map((m) => ({ id: m.id, outlet: m.outlet, label: labels.get(m.id) ?? m.outlet, title: m.title, publishedAt: m.publishedAt ? m.publishedAt.toISOString().slice(0, 10) : null })),
      summaryLead: summaryLeadOf(leads.get(s.id) ?? null),
    };
  });
}

export interface StorySummary {
  id: string;
  title: string;
  updatedAt: Date;
  articleCount: number;
  outlets: string[];
  /** The first comparison to offer, each side named by its story label (lib/compare/source-labels.ts), as the story page names it. */
  firstTwo: Array<{ id: string; outlet: string; label: string; title: string; publishedAt: string | null }>;
  /** The first paragraph of the analyst's summary, cut to a line or two; null when none is written. */
  summaryLead: string | null;
}

/** How much of a summary's first paragraph a list shows. */
const SUMMARY_LEAD_CHARS = 200;

/** Characters of a summary read for its lead: enough for a first paragraph of SUMMARY_LEAD_CHARS, however long the summary. */
const SUMMARY_READ_CHARS = 4 * SUMMARY_LEAD_CHARS;

/** The start of each story's summary (stories without one are left out), read in SQL so a list never loads whole summaries. */
async function summaryStarts(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await (await db()).$queryRaw<Array<{ id: string; start: string }>>`
    SELECT "id", substr("summary", 1, ${SUMMARY_READ_CHARS}) AS "start" FROM "Story"
    WHERE "summary" IS NOT NULL AND "id" IN (${inList(ids)})`;
  return new Map(rows.map((r) => [r.id, r.start]));
}

function summaryLeadOf(summary: string | null): string | null {
  const first = summary?.split(/\n\s*\n/)[0]?.replace(/\s+/g, " ").trim();
  if (!first) return null;
  return first.length > SUMMARY_LEAD_CHARS ? clipAtWord(first, SUMMARY_LEAD_CHARS - 1) : first;
}

/** Where a most-recently-changed-first page of stories ends: the next page starts after it. */
export interface StoryListPosition {
  updatedAt: Date;
  id: string;
}

/**
 * One page of stories, most recently changed first, after `after`, whose
 * title holds each word's needles (see title-needles.ts); the story search
 * keeps the true word starts among them. Every story when no word is given.
 */
export async function storyTitlesPage(words: readonly TitleNeedles[], after: StoryListPosition | null, take: number) {
  const afterPosition = after ? [{ updatedAt: { lte: after.updatedAt } }, { OR: [{ updatedAt: { lt: after.updatedAt } }, { id: { lt: after.id } }] }] : [];
  return (await db()).story.findMany({
    where: { AND: [...words.map(titleHolds), ...afterPosition] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, updatedAt: true },
  });
}

/** How many articles each of these stories holds. */
export async function countStoryArticles(ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await (await db()).article.groupBy({ by: ["storyId"], where: { storyId: { in: [...ids] } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.storyId as string, r._count._all]));
}

/** The ids of a story's articles (an index-only read). */
export async function listStoryArticleIds(id: string): Promise<string[]> {
  return (await (await db()).article.findMany({ where: { storyId: id }, select: { id: true } })).map((a) => a.id);
}

export async function getStory(id: string) {
  const story = await (await db()).story.findUnique({
    where: { id },
    include: {
      articles: { include: { outlet: true }, omit: { rawSource: true }, orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }] },
    },
  });
  return story && { ...story, articles: copiesAfterOriginals(story.articles) };
}

export async function findStoryByTitle(title: string) {
  return (await db()).story.findFirst({ where: { title }, select: { id: true } });
}

/** Whether a story exists, without loading its articles. */
export async function storyExists(id: string): Promise<boolean> {
  return (await (await db()).story.count({ where: { id } })) > 0;
}

export async function getStoryTitles(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await (await db()).story.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true } });
  return new Map(rows.map((r) => [r.id, r.title]));
}

/**
 * A story and what identifies its articles' content — ids, content hashes and
 * the fields the story page shows — without their texts: enough to tell
 * whether a cached analysis of the story still holds.
 */
export async function getStoryHeader(id: string) {
  const story = await (await db()).story.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      summary: true,
      summaryAuthor: true,
      summaryUpdatedAt: true,
      articles: {
        select: {
          id: true,
          contentHash: true,
          createdAt: true,
          title: true,
          publishedAt: true,
          url: true,
          canonicalUrl: true,
          finalUrl: true,
          wordCount: true,
          // Read on every view, outside the cached analysis: which reviews predate an article's new text.
          textChangedAt: true,
          outlet: { select: { name: true, kind: true } },
        },
        orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  // The same order as getStory's, so a cached analysis is keyed by the order it was made in.
  return story && { ...story, articles: copiesAfterOriginals(story.articles) };
}
