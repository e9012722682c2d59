/**
 * Fills the search keys (Article.titleKey, Story.titleKey, Outlet.nameKey)
 * that rows written before the keys existed lack. The migration that added
 * them filled every plain-ASCII title and name in SQL; a title with any other
 * character needs lib/text/search-key.ts, which SQL cannot run, so it is
 * filled here. Every write since sets its key.
 *
 * An archive of 100,000 articles holds tens of thousands of such titles (a
 * curly apostrophe is enough), so this is built for that size: the unkeyed
 * ids are read in one pass over an index, and each batch is one SELECT and
 * one UPDATE. One ORM update per row, re-querying for nulls each batch, took
 * 85 s at 100,000 articles before the first search could answer.
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { searchKey } from "../text/search-key";
import { db } from "./client";
import { retryWhenBusy } from "./retry-busy";
import { inList } from "./sql-batches";

const BATCH = 500;

/** A keyed table: its name and the column the key is folded from and stored in, as SQL identifiers. */
interface KeyedTable {
  table: Prisma.Sql;
  source: Prisma.Sql;
  key: Prisma.Sql;
}

const KEYED_TABLES: readonly KeyedTable[] = [
  { table: Prisma.raw(`"Article"`), source: Prisma.raw(`"title"`), key: Prisma.raw(`"titleKey"`) },
  { table: Prisma.raw(`"Story"`), source: Prisma.raw(`"title"`), key: Prisma.raw(`"titleKey"`) },
  { table: Prisma.raw(`"Outlet"`), source: Prisma.raw(`"name"`), key: Prisma.raw(`"nameKey"`) },
];

/** `CASE "id" WHEN ? THEN ? … END`: one statement sets a batch's keys on any SQL database. */
function keysById(rows: ReadonlyArray<{ id: string; value: string }>): Prisma.Sql {
  const branches = rows.map((row) => Prisma.sql`WHEN ${row.id} THEN ${searchKey(row.value)}`);
  return Prisma.sql`CASE "id" ${Prisma.join(branches, " ")} END`;
}

async function fillTable({ table, source, key }: KeyedTable): Promise<number> {
  const client = await db();
  // For articles SQLite answers this from the covering index (createdAt, id, titleKey, outletId),
  // without reading the rows, whose text lies before the key on disk.
  const unkeyed = await client.$queryRaw<{ id: string }[]>`SELECT "id" FROM ${table} WHERE ${key} IS NULL`;
  let filled = 0;
  for (let i = 0; i < unkeyed.length; i += BATCH) {
    const ids = unkeyed.slice(i, i + BATCH).map((row) => row.id);
    // Rows written since the scan carry their key already; `IS NULL` leaves them alone.
    const rows = await client.$queryRaw<{ id: string; value: string }[]>`
      SELECT "id", ${source} AS "value" FROM ${table} WHERE "id" IN (${inList(ids)}) AND ${key} IS NULL`;
    if (rows.length === 0) continue;
    filled += await retryWhenBusy(
      () => client.$executeRaw`
        UPDATE ${table} SET ${key} = ${keysById(rows)}
        WHERE "id" IN (${inList(rows.map((row) => row.id))}) AND ${key} IS NULL`,
    );
  }
  return filled;
}

/** Fills every missing key; returns how many rows it filled (0 once done). */
export async function fillMissingSearchKeys(): Promise<number> {
  let filled = 0;
  for (const table of KEYED_TABLES) filled += await fillTable(table);
  return filled;
}
