/**
 * Reads of the corpus index (docs/scale.md). Every query is bounded by the
 * article's own keys and the postings they hit, never by the archive's size,
 * and written in SQL that PostgreSQL runs as well (the mapping is in docs/scale.md).
 */
import "server-only";
import { decodeFingerprints, decodeHashes, decodeTerms } from "../corpus/vector-codec";
import { INDEX_VERSION } from "../corpus/index-version";
import type { PassageFingerprint } from "../corpus/passage-fingerprints";
import type { IndexedArticle } from "../group/score-indexed-stories";

import { db } from "./client";
import { chunkRows, inList, integerList, valuesList } from "./sql-batches";

export interface StoredIndexEntry extends IndexedArticle {
  seq: number;
  contentHash: string;
  version: number;
  rareKeys: number[];
  fingerprints: PassageFingerprint[];
}

export async function getIndexEntry(articleId: string): Promise<StoredIndexEntry | null> {
  const rows = await (await db()).$queryRaw<Array<{ seq: number; contentHash: string; version: number; day: number | null; vector: Uint8Array; termKeys: Uint8Array; passageKeys: Uint8Array }>>`
    SELECT "seq", "contentHash", "version", "day", "vector", "termKeys", "passageKeys" FROM "ArticleIndex" WHERE "articleId" = ${articleId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    seq: row.seq,
    contentHash: row.contentHash,
    version: row.version,
    day: row.day,
    ...decodeTerms(row.vector),
    rareKeys: decodeHashes(row.termKeys),
    fingerprints: decodeFingerprints(row.passageKeys),
  };
}

export interface CorpusCounters {
  /** Indexed articles: the N of the IDF. */
  articles: number;
  /** Bumped on every index write. */
  version: number;
}

export async function getCorpusCounters(): Promise<CorpusCounters> {
  const rows = await (await db()).$queryRaw<Array<{ name: string; value: number }>>`SELECT "name", "value" FROM "CorpusStat"`;
  const value = (name: string) => Number(rows.find((r) => r.name === name)?.value ?? 0);
  return { articles: value("articles"), version: value("version") };
}

/** Document frequencies of these features (features no article holds are left out). */
export async function getTermFrequencies(hashes: readonly number[]): Promise<Map<number, number>> {
  const client = await db();
  const result = new Map<number, number>();
  for (const chunk of chunkRows([...new Set(hashes)], 1)) {
    const rows = await client.$queryRaw<Array<{ hash: bigint; df: number }>>`SELECT "hash", "df" FROM "Term" WHERE "hash" IN (${integerList(chunk)})`;
    for (const row of rows) result.set(Number(row.hash), row.df);
  }
  return result;
}

/**
 * The features held by at least `minDf` articles, a page at a time in hash
 * order (for a server's in-memory snapshot; most features are held by one
 * article, and the grouping ignores those).
 */
export async function* termFrequenciesFrom(minDf: number, pageSize = 50_000): AsyncGenerator<Array<{ hash: number; df: number }>> {
  const client = await db();
  let after = -1;
  for (;;) {
    const rows = await client.$queryRaw<Array<{ hash: bigint; df: number }>>`
      SELECT "hash", "df" FROM "Term" WHERE "hash" > ${after} AND "df" >= ${minDf} ORDER BY "hash" LIMIT ${pageSize}`;
    if (rows.length === 0) return;
    const page = rows.map((r) => ({ hash: Number(r.hash), df: r.df }));
    yield page;
    after = page[page.length - 1]!.hash;
  }
}

export interface CandidateStory {
  storyId: string;
  /** The best filed article's sum of shared key weights: a cheap first ranking before the exact score. */
  score: number;
}

/**
 * Stories whose articles share the given rare-term keys, best first: each
 * article's shared keys are summed (with the caller's weights), each story
 * takes its best article. Only filed articles count; `excludeSeq` is the
 * asking article itself.
 */
export async function findCandidateStories(keys: ReadonlyArray<{ hash: number; weight: number }>, excludeSeq: number | null, limit: number): Promise<CandidateStory[]> {
  if (keys.length === 0) return [];
  const rows = await (await db()).$queryRaw<Array<{ storyId: string; score: number }>>`
    WITH "q"("hash", "w") AS (VALUES ${valuesList(keys.map((k) => [k.hash, k.weight]))}),
    "hits" AS (
      SELECT a."storyId" AS "storyId", SUM("q"."w") AS "score"
      FROM "q"
      JOIN "TermPosting" tp ON tp."hash" = "q"."hash"
      JOIN "ArticleIndex" ai ON ai."seq" = tp."seq"
      JOIN "Article" a ON a."id" = ai."articleId"
      WHERE a."storyId" IS NOT NULL AND tp."seq" <> ${excludeSeq ?? -1}
      GROUP BY a."storyId", a."id"
    )
    SELECT "storyId", MAX("score") AS "score" FROM "hits" GROUP BY "storyId" ORDER BY "score" DESC, "storyId" LIMIT ${limit}`;
  return rows.map((r) => ({ storyId: r.storyId, score: Number(r.score) }));
}

export interface StoryMemberVector extends IndexedArticle {
  storyId: string;
}

/**
 * The stored feature vectors of the stories' articles (the `perStory` most
 * recently indexed of each), without `excludeArticleId`. Articles are found
 * through the (storyId, id) index, never by reading their rows.
 */
export async function listStoryMemberVectors(storyIds: readonly string[], excludeArticleId: string, perStory: number): Promise<StoryMemberVector[]> {
  if (storyIds.length === 0) return [];
  const rows = await (await db()).$queryRaw<Array<{ storyId: string; vector: Uint8Array; day: number | null }>>`
    SELECT "storyId", "vector", "day" FROM "ArticleIndex" JOIN (
      SELECT a."storyId" AS "storyId", ai."seq" AS "memberSeq",
             ROW_NUMBER() OVER (PARTITION BY a."storyId" ORDER BY ai."seq" DESC) AS "rank"
      FROM "Article" a JOIN "ArticleIndex" ai ON ai."articleId" = a."id"
      WHERE a."storyId" IN (${inList(storyIds)}) AND a."id" <> ${excludeArticleId}
    ) AS "members" ON "ArticleIndex"."seq" = "members"."memberSeq" WHERE "rank" <= ${perStory}`;
  return rows.map((r) => ({ storyId: r.storyId, day: r.day, ...decodeTerms(r.vector) }));
}

export interface PassageHit {
  /** The asking text's passage. */
  passage: number;
  /** An article (index seq) that carries it. */
  seq: number;
  /** Fingerprints of the passage found in one passage of that article (the best one). */
  shared: number;
  /** How many articles carry the passage in all (only the first `perPassage` are returned). */
  total: number;
}

/**
 * For each asking passage, the articles with a passage that shares at least
 * `need` of its fingerprints, most shared first (then earliest stored: the
 * likely original), at most `perPassage` each, with the full count.
 * Fingerprints posted more than `maxPostings` times (boilerplate, a
 * ubiquitous phrase) find nothing. `excludeSeq` is the asking article itself.
 */
export async function findPassageHits(
  fingerprints: ReadonlyArray<PassageFingerprint & { need: number }>,
  options: { excludeSeq: number | null; perPassage: number; maxPostings: number },
): Promise<PassageHit[]> {
  if (fingerprints.length === 0) return [];
  const rows = await (await db()).$queryRaw<Array<{ passage: number; seq: number; shared: bigint | number; total: bigint | number }>>`
    WITH "q"("hash", "passage", "need") AS (VALUES ${valuesList(fingerprints.map((f) => [f.hash, f.passage, f.need]))}),
    "usable" AS (
      SELECT "hash" FROM "PassagePosting" WHERE "hash" IN (SELECT "hash" FROM "q")
      GROUP BY "hash" HAVING COUNT(*) <= ${options.maxPostings}
    ),
    "pairs" AS (
      SELECT "q"."passage" AS "passage", pp."seq" AS "seq", COUNT(*) AS "shared"
      FROM "q" JOIN "usable" u ON u."hash" = "q"."hash" JOIN "PassagePosting" pp ON pp."hash" = "q"."hash"
      WHERE pp."seq" <> ${options.excludeSeq ?? -1}
      GROUP BY "q"."passage", pp."seq", pp."passage"
      HAVING COUNT(*) >= MIN("q"."need")
    ),
    "best" AS (SELECT "passage", "seq", MAX("shared") AS "shared" FROM "pairs" GROUP BY "passage", "seq"),
    "ranked" AS (
      SELECT "passage", "seq", "shared",
             ROW_NUMBER() OVER (PARTITION BY "passage" ORDER BY "shared" DESC, "seq") AS "rank",
             COUNT(*) OVER (PARTITION BY "passage") AS "total"
      FROM "best"
    )
    SELECT "passage", "seq", "shared", "total" FROM "ranked" WHERE "rank" <= ${options.perPassage} ORDER BY "passage", "rank"`;
  return rows.map((r) => ({ passage: Number(r.passage), seq: Number(r.seq), shared: Number(r.shared), total: Number(r.total) }));
}

export interface IndexedArticleInfo {
  seq: number;
  articleId: string;
  title: string;
  outlet: string;
  publishedAt: Date | null;
  storyId: string | null;
}

export async function getIndexedArticleInfo(seqs: readonly number[]): Promise<Map<number, IndexedArticleInfo>> {
  const client = await db();
  const result = new Map<number, IndexedArticleInfo>();
  for (const chunk of chunkRows([...new Set(seqs)], 1)) {
    const rows = await client.$queryRaw<Array<{ seq: number; articleId: string; title: string; outlet: string; publishedAt: Date | string | null; storyId: string | null }>>`
      SELECT ai."seq" AS "seq", a."id" AS "articleId", a."title" AS "title", o."name" AS "outlet", a."publishedAt" AS "publishedAt", a."storyId" AS "storyId"
      FROM "ArticleIndex" ai JOIN "Article" a ON a."id" = ai."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE ai."seq" IN (${integerList(chunk)})`;
    for (const row of rows) {
      result.set(row.seq, { ...row, publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt) });
    }
  }
  return result;
}

/** Articles whose index entry is missing, stale (content changed) or from older rules, a batch at a time. */
export async function listArticlesNeedingIndex(limit: number): Promise<string[]> {
  const rows = await (await db()).$queryRaw<Array<{ id: string }>>`
    SELECT a."id" AS "id" FROM "Article" a LEFT JOIN "ArticleIndex" ai ON ai."articleId" = a."id"
    WHERE ai."seq" IS NULL OR ai."version" <> ${INDEX_VERSION} OR ai."contentHash" <> a."contentHash"
    ORDER BY a."createdAt" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

