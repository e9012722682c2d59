/**
 * Multi-row statements for the corpus index: one INSERT of hundreds of rows
 * costs about what one row does, where the ORM's row-by-row writes spent most
 * of an article's insert time. Statements are built with Prisma.sql, so the
 * placeholders are the database's own (? for SQLite, $1 for PostgreSQL), and
 * chunks stay far below every database's limit on bound parameters (SQLite
 * 32,766, PostgreSQL 65,535).
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client";

const MAX_PARAMETERS = 8_000;

/** Splits rows into chunks of at most `MAX_PARAMETERS` bound values. */
export function chunkRows<T>(rows: readonly T[], valuesPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / valuesPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** `(a, b), (c, d), …` for a VALUES list. */
export function valuesList(rows: ReadonlyArray<readonly unknown[]>): Prisma.Sql {
  return Prisma.join(rows.map((row) => Prisma.sql`(${Prisma.join(row as unknown[])})`));
}

/** `a, b, c` for an IN list (never empty: callers check). */
export function inList(values: readonly unknown[]): Prisma.Sql {
  return Prisma.join(values as unknown[]);
}
