/**
 * Use case: "where else does this passage appear?" — for each passage of an
 * article (or of any text), the other stored articles that carry it: the wire
 * copy and its rewrites, a press release reused. Answered from the passage
 * fingerprint index (lib/corpus/passage-fingerprints.ts) in the database, so
 * its cost follows the postings of the passage's own fingerprints, not the
 * size of the archive.
 */
import "server-only";
import { findPassageHits, getIndexedArticleInfo, type PassageHit } from "../db/corpus-index";
import { getArticle } from "../db/articles";
import { passageFingerprints, type PassageFingerprint } from "../corpus/passage-fingerprints";
import { segmentBlocks } from "../text/segment";
import type { Block, Passage } from "../text/types";
import { articleBlocks } from "./article-document";
import { currentIndexEntry } from "./corpus-index";

/** Other articles listed per passage (the rest are counted). */
const PER_PASSAGE = 5;
/** A fingerprint stored more often than this is boilerplate or a stock phrase: it finds nothing. */
const MAX_POSTINGS = 1_000;
/** Fingerprints per query, whole passages at a time: keeps each statement's bound values bounded. */
const FINGERPRINTS_PER_QUERY = 2_000;

export interface PassageSource {
  articleId: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  storyId: string | null;
}

export interface ReusedPassage {
  /** Passage index and text in the asking article or text. */
  passage: number;
  text: string;
  /** The other articles that carry it, most similar first, then earliest stored. */
  foundIn: PassageSource[];
  /** How many articles carry it in all (foundIn lists the first few). */
  total: number;
}

/**
 * A passage "is carried" by another passage that holds at least two of its
 * fingerprints (a shared run of about 13 words or more), or its only one when
 * the passage is that short: one shared 5-word phrase alone is too often chance.
 */
function withNeed(fingerprints: readonly PassageFingerprint[]): Array<PassageFingerprint & { need: number }> {
  const perPassage = new Map<number, number>();
  for (const f of fingerprints) perPassage.set(f.passage, (perPassage.get(f.passage) ?? 0) + 1);
  return fingerprints.map((f) => ({ ...f, need: Math.min(2, perPassage.get(f.passage)!) }));
}

async function search(passages: readonly Passage[], fingerprints: readonly PassageFingerprint[], excludeSeq: number | null): Promise<ReusedPassage[]> {
  const queries: PassageFingerprint[][] = [[]];
  let previous = -1;
  for (const f of fingerprints) {
    const current = queries[queries.length - 1]!;
    if (f.passage !== previous && current.length >= FINGERPRINTS_PER_QUERY) queries.push([]);
    queries[queries.length - 1]!.push(f);
    previous = f.passage;
  }
  const hits: PassageHit[] = [];
  for (const query of queries) hits.push(...(await findPassageHits(withNeed(query), { excludeSeq, perPassage: PER_PASSAGE, maxPostings: MAX_POSTINGS })));
  const info = await getIndexedArticleInfo(hits.map((h) => h.seq));
  const byPassage = new Map<number, ReusedPassage>();
  for (const hit of hits) {
    const source = info.get(hit.seq);
    const passage = passages[hit.passage];
    if (!source || !passage) continue;
    let entry = byPassage.get(hit.passage);
    if (!entry) byPassage.set(hit.passage, (entry = { passage: hit.passage, text: passage.text, foundIn: [], total: hit.total }));
    entry.foundIn.push({
      articleId: source.articleId,
      title: source.title,
      outlet: source.outlet,
      publishedAt: source.publishedAt ? source.publishedAt.toISOString().slice(0, 10) : null,
      storyId: source.storyId,
    });
  }
  return [...byPassage.values()].sort((x, y) => x.passage - y.passage);
}

/**
 * The passages of a stored article that other stored articles carry; null
 * when there is no such article. A page that has loaded the article passes it.
 */
export async function findReusedPassages(articleId: string, loaded?: { text: string; blockRoles: string; contentHash: string }): Promise<ReusedPassage[] | null> {
  const article = loaded ?? (await getArticle(articleId));
  if (!article) return null;
  const entry = await currentIndexEntry(articleId, article.contentHash);
  if (!entry) return null;
  return search(segmentBlocks(articleBlocks(article)), entry.fingerprints, entry.seq);
}

/** The passages of any text (one not stored, e.g. from the CLI) that stored articles carry. */
export async function findPassagesOfText(blocks: readonly Block[]): Promise<ReusedPassage[]> {
  const passages = segmentBlocks(blocks);
  return search(passages, passageFingerprints(passages), null);
}
