/**
 * Writes of the corpus index (docs/scale.md): an article's entry, its rare-term
 * and passage postings, and the document frequencies and counters they change.
 * Every function runs inside the caller's transaction, so an article and its
 * index entry are stored, replaced or removed together or not at all.
 */
import "server-only";
import type { ArticleIndexEntry } from "../corpus/article-index-entry";
import { decodeFingerprints, decodeIds, decodeTerms, encodeFingerprints, encodeIds, encodeTerms } from "../corpus/vector-codec";
import { Prisma } from "../../generated/prisma/client";
import { chunkRows, inList, valuesList } from "./sql-batches";

type Tx = Prisma.TransactionClient;

export interface IndexEntryInput {
  articleId: string;
  contentHash: string;
  entry: ArticleIndexEntry;
}

/**
 * Takes the database's write lock first (SQLite) by bumping the index version,
 * so the term ids read next cannot be changed by another writer before this
 * transaction inserts what was missing.
 */
async function bumpVersion(tx: Tx, articleDelta: number): Promise<void> {
  await tx.$executeRaw`INSERT INTO "CorpusStat" ("name", "value") VALUES ('version', 1) ON CONFLICT ("name") DO UPDATE SET "value" = "CorpusStat"."value" + 1`;
  if (articleDelta !== 0) {
    await tx.$executeRaw`INSERT INTO "CorpusStat" ("name", "value") VALUES ('articles', ${articleDelta}) ON CONFLICT ("name") DO UPDATE SET "value" = "CorpusStat"."value" + ${articleDelta}`;
  }
}

/** Ids of the keys, creating the missing ones (with df 0; `addToFrequencies` counts them). */
async function termIds(tx: Tx, keys: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const chunk of chunkRows(keys, 1)) {
    const rows = await tx.$queryRaw<Array<{ id: number; key: string }>>`SELECT "id", "key" FROM "Term" WHERE "key" IN (${inList(chunk)})`;
    for (const row of rows) ids.set(row.key, row.id);
  }
  const missing = keys.filter((key) => !ids.has(key));
  for (const chunk of chunkRows(missing, 2)) {
    // No conflict can happen under the write lock; ON CONFLICT keeps a server database with concurrent writers correct.
    const rows = await tx.$queryRaw<Array<{ id: number; key: string }>>`
      INSERT INTO "Term" ("key", "df") VALUES ${valuesList(chunk.map((key) => [key, 0]))}
      ON CONFLICT ("key") DO NOTHING RETURNING "id", "key"`;
    for (const row of rows) ids.set(row.key, row.id);
  }
  const raced = keys.filter((key) => !ids.has(key));
  if (raced.length) return new Map([...ids, ...(await termIds(tx, raced))]);
  return ids;
}

/** Adds `delta` (per term id) to the document frequencies, one statement per chunk. */
async function addToFrequencies(tx: Tx, deltas: ReadonlyMap<number, number>): Promise<void> {
  for (const chunk of chunkRows([...deltas], 2)) {
    await tx.$executeRaw`
      WITH "d"("id", "n") AS (VALUES ${valuesList(chunk)})
      UPDATE "Term" SET "df" = "Term"."df" + "d"."n" FROM "d" WHERE "Term"."id" = "d"."id"`;
  }
}

/** Stores the index entries of articles just written (none of them may have one yet). */
export async function writeIndexEntries(tx: Tx, inputs: readonly IndexEntryInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await bumpVersion(tx, inputs.length);
  const keyCounts = new Map<string, number>();
  for (const { entry } of inputs) for (const { key } of entry.features) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  const ids = await termIds(tx, [...keyCounts.keys()]);
  await addToFrequencies(tx, new Map([...keyCounts].map(([key, n]) => [ids.get(key)!, n])));

  const rows = inputs.map(({ articleId, contentHash, entry }) => {
    const keyIds = [...new Set(entry.rareKeys.map((key) => ids.get(key)!))];
    return {
      articleId,
      keyIds,
      fingerprints: entry.fingerprints,
      values: [
        articleId,
        contentHash,
        entry.version,
        entry.day,
        Buffer.from(encodeTerms(entry.features.map(({ key, weight }) => ({ termId: ids.get(key)!, weight })))),
        Buffer.from(encodeIds(keyIds)),
        Buffer.from(encodeFingerprints(entry.fingerprints)),
      ],
    };
  });
  const seqOf = new Map<string, number>();
  for (const chunk of chunkRows(rows, 7)) {
    const inserted = await tx.$queryRaw<Array<{ seq: number; articleId: string }>>`
      INSERT INTO "ArticleIndex" ("articleId", "contentHash", "version", "day", "vector", "termKeys", "passageKeys")
      VALUES ${valuesList(chunk.map((r) => r.values))} RETURNING "seq", "articleId"`;
    for (const row of inserted) seqOf.set(row.articleId, row.seq);
  }
  const termPostings = rows.flatMap((r) => r.keyIds.map((termId) => [termId, seqOf.get(r.articleId)!]));
  for (const chunk of chunkRows(termPostings, 2)) {
    await tx.$executeRaw`INSERT INTO "TermPosting" ("termId", "seq") VALUES ${valuesList(chunk)}`;
  }
  const passagePostings = rows.flatMap((r) => r.fingerprints.map((f) => [f.hash, seqOf.get(r.articleId)!, f.passage]));
  for (const chunk of chunkRows(passagePostings, 3)) {
    await tx.$executeRaw`INSERT INTO "PassagePosting" ("hash", "seq", "passage") VALUES ${valuesList(chunk)}`;
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
  await bumpVersion(tx, -entries.length);
  const deltas = new Map<number, number>();
  for (const entry of entries) {
    for (const termId of decodeTerms(entry.vector).termIds) deltas.set(termId, (deltas.get(termId) ?? 0) - 1);
    const keys = decodeIds(entry.termKeys);
    for (const chunk of chunkRows(keys, 1)) {
      await tx.$executeRaw`DELETE FROM "TermPosting" WHERE "seq" = ${entry.seq} AND "termId" IN (${inList(chunk)})`;
    }
    const hashes = [...new Set(decodeFingerprints(entry.passageKeys).map((f) => f.hash))];
    for (const chunk of chunkRows(hashes, 1)) {
      await tx.$executeRaw`DELETE FROM "PassagePosting" WHERE "seq" = ${entry.seq} AND "hash" IN (${inList(chunk)})`;
    }
  }
  await addToFrequencies(tx, deltas);
  await tx.$executeRaw`DELETE FROM "ArticleIndex" WHERE "seq" IN (${inList(entries.map((e) => e.seq))})`;
}
