/**
 * Writes of the corpus index (docs/scale.md): an article's entry, its rare-term
 * and passage postings, and the document frequencies and counters they change.
 * Every function runs inside the caller's transaction, so an article and its
 * index entry are stored, replaced or removed together or not at all.
 *
 * Features and fingerprints are 52-bit hashes the index computed itself, so
 * the posting and frequency rows (hundreds per article) are written as
 * integer literals in a few multi-row statements (lib/db/sql-batches.ts).
 */
import "server-only";
import type { ArticleIndexEntry } from "../corpus/article-index-entry";
import { decodeFingerprints, decodeHashes, decodeTerms, encodeFingerprints, encodeHashes, encodeTerms } from "../corpus/vector-codec";
import type { Prisma } from "../../generated/prisma/client";
import { chunkRows, inList, integerList, integerRows, valuesList } from "./sql-batches";

type Tx = Prisma.TransactionClient;

export interface IndexEntryInput {
  articleId: string;
  contentHash: string;
  entry: ArticleIndexEntry;
}

async function addToCounters(tx: Tx, articleDelta: number): Promise<void> {
  await tx.$executeRaw`INSERT INTO "CorpusStat" ("name", "value") VALUES ('version', 1) ON CONFLICT ("name") DO UPDATE SET "value" = "CorpusStat"."value" + 1`;
  await tx.$executeRaw`INSERT INTO "CorpusStat" ("name", "value") VALUES ('articles', ${articleDelta}) ON CONFLICT ("name") DO UPDATE SET "value" = "CorpusStat"."value" + ${articleDelta}`;
}

/**
 * Rows in key order: inserting hundreds of random 52-bit keys into a B-tree in
 * sorted order touches each page once, where random order re-reads pages the
 * cache has already let go (4× faster at 10,000 articles).
 */
function byKey(rows: number[][]): number[][] {
  return rows.sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || (x[2] ?? 0) - (y[2] ?? 0));
}

/**
 * Rows of distinct keys in key order: the keys sorted as a Float64Array
 * (natively, no comparator call per step), the same order `byKey` gives.
 * A batch of 250 articles changes ~25,000 document frequencies.
 */
function byDistinctKey(values: ReadonlyMap<number, number>): number[][] {
  const keys = Float64Array.from(values.keys()).sort();
  return Array.from(keys, (key) => [key, values.get(key)!]);
}

/** Adds `delta` (per feature hash) to the document frequencies, creating the features not seen before. */
async function addToFrequencies(tx: Tx, deltas: ReadonlyMap<number, number>): Promise<void> {
  const rows = byDistinctKey(deltas).filter(([, delta]) => delta !== 0);
  for (const chunk of chunkRows(rows, 2)) {
    await tx.$executeRaw`
      INSERT INTO "Term" ("hash", "df") VALUES ${integerRows(chunk)}
      ON CONFLICT ("hash") DO UPDATE SET "df" = "Term"."df" + excluded."df"`;
  }
}

/** Stores the index entries of articles just written (none of them may have one yet). */
export async function writeIndexEntries(tx: Tx, inputs: readonly IndexEntryInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await addToCounters(tx, inputs.length);
  const deltas = new Map<number, number>();
  for (const { entry } of inputs) {
    // Each article counts once per hash, even for two features that share one (a collision).
    const counted = new Set<number>();
    for (const { hash } of entry.features) {
      if (counted.has(hash)) continue;
      counted.add(hash);
      deltas.set(hash, (deltas.get(hash) ?? 0) + 1);
    }
  }
  await addToFrequencies(tx, deltas);

  const rows = inputs.map(({ articleId, contentHash, entry }) => {
    const keys = [...new Set(entry.rareKeys)];
    return {
      articleId,
      keys,
      fingerprints: entry.fingerprints,
      values: [
        articleId,
        contentHash,
        entry.version,
        entry.day,
        Buffer.from(encodeTerms(entry.features)),
        Buffer.from(encodeHashes(keys)),
        Buffer.from(encodeFingerprints(entry.fingerprints)),
      ],
    };
  });
  const seqOf = new Map<string, number>();
  for (const chunk of chunkRows(rows, 7)) {
    // Inserted, then read back: Prisma spends far longer on an INSERT … RETURNING with bound values than on the two.
    await tx.$executeRaw`
      INSERT INTO "ArticleIndex" ("articleId", "contentHash", "version", "day", "vector", "termKeys", "passageKeys")
      VALUES ${valuesList(chunk.map((r) => r.values))}`;
    const inserted = await tx.$queryRaw<Array<{ seq: number; articleId: string }>>`
      SELECT "seq", "articleId" FROM "ArticleIndex" WHERE "articleId" IN (${inList(chunk.map((r) => r.articleId))})`;
    for (const row of inserted) seqOf.set(row.articleId, row.seq);
  }
  const termPostings = byKey(rows.flatMap((r) => r.keys.map((hash) => [hash, seqOf.get(r.articleId)!])));
  for (const chunk of chunkRows(termPostings, 2)) {
    await tx.$executeRaw`INSERT INTO "TermPosting" ("hash", "seq") VALUES ${integerRows(chunk)}`;
  }
  const passagePostings = byKey(rows.flatMap((r) => r.fingerprints.map((f) => [f.hash, seqOf.get(r.articleId)!, f.passage])));
  for (const chunk of chunkRows(passagePostings, 3)) {
    await tx.$executeRaw`INSERT INTO "PassagePosting" ("hash", "seq", "passage") VALUES ${integerRows(chunk)}`;
  }
}

/**
 * Removes the index entries of these articles (an edit or a deletion): their
 * postings, exactly as listed in the entry, and their share of every
 * document frequency. Articles without an entry are skipped.
 */
export async function removeIndexEntries(tx: Tx, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const entries = await tx.$queryRaw<Array<{ seq: number; vector: Uint8Array; termKeys: Uint8Array; passageKeys: Uint8Array }>>`
    SELECT "seq", "vector", "termKeys", "passageKeys" FROM "ArticleIndex" WHERE "articleId" IN (${inList(articleIds)})`;
  if (entries.length === 0) return;
  await addToCounters(tx, -entries.length);
  const deltas = new Map<number, number>();
  for (const entry of entries) {
    for (const hash of decodeTerms(entry.vector).hashes) deltas.set(hash, (deltas.get(hash) ?? 0) - 1);
    for (const chunk of chunkRows(decodeHashes(entry.termKeys), 1)) {
      await tx.$executeRaw`DELETE FROM "TermPosting" WHERE "seq" = ${entry.seq} AND "hash" IN (${integerList(chunk)})`;
    }
    const hashes = [...new Set(decodeFingerprints(entry.passageKeys).map((f) => f.hash))];
    for (const chunk of chunkRows(hashes, 1)) {
      await tx.$executeRaw`DELETE FROM "PassagePosting" WHERE "seq" = ${entry.seq} AND "hash" IN (${integerList(chunk)})`;
    }
  }
  await addToFrequencies(tx, deltas);
  await tx.$executeRaw`DELETE FROM "ArticleIndex" WHERE "seq" IN (${integerList(entries.map((e) => e.seq))})`;
}
