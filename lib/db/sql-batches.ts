/**
 * Multi-row statements for the corpus index: one INSERT of thousands of rows
 * costs about what one row does, where the ORM's row-by-row writes spent most
 * of an article's insert time. Statements are built with Prisma.sql, so the
 * placeholders are the database's own (? for SQLite, $1 for PostgreSQL), and
 * chunks stay far below every database's limit on bound parameters (SQLite
 * 32,766, PostgreSQL 65,535).
 *
 * Rows made only of integers the index computed itself (ids, hashes, passage
 * numbers — never user input) are written as literals instead (`integerRows`):
 * binding a parameter costs several times what SQLite's parser spends on a
 * number, and the posting tables take hundreds of such rows per article.
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client";

const MAX_PARAMETERS = 8_000;

/** Splits rows into chunks of at most `MAX_PARAMETERS` values. */
export function chunkRows<T>(rows: readonly T[], valuesPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / valuesPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** `(a, b), (c, d), …` for a VALUES list, every value bound as a parameter. */
export function valuesList(rows: ReadonlyArray<readonly unknown[]>): Prisma.Sql {
  return Prisma.join(rows.map((row) => Prisma.sql`(${Prisma.join(row as unknown[])})`));
}

/** `a, b, c` for an IN list (never empty: callers check). */
export function inList(values: readonly unknown[]): Prisma.Sql {
  return Prisma.join(values as unknown[]);
}

function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer the index can write as a literal: ${value}`);
  return String(value);
}

/**
 * `(1, 2), (3, 4), …` as literals; throws on anything but safe integers, so nothing else can reach the SQL text.
 * Built in one loop: the posting rows of a batch are tens of thousands, and
 * an array and a join per row took twice as long.
 */
export function integerRows(rows: ReadonlyArray<readonly number[]>): Prisma.Sql {
  let sql = "";
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    sql += r === 0 ? "(" : ", (";
    for (let k = 0; k < row.length; k++) sql += k === 0 ? integer(row[k]!) : `, ${integer(row[k]!)}`;
    sql += ")";
  }
  return Prisma.raw(sql);
}

/** `1, 2, 3` as literals, for an IN list of safe integers. */
export function integerList(values: readonly number[]): Prisma.Sql {
  return Prisma.raw(values.map(integer).join(", "));
}
