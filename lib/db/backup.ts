/**
 * A copy of the database that is safe to take while the server runs. Copying
 * the file itself is not: in WAL mode the newest writes sit in the -wal file
 * until a checkpoint, and a copy taken mid-write can be torn. SQLite's online
 * backup API (through better-sqlite3, the driver Prisma's adapter uses here)
 * copies one consistent snapshot, page by page, while other connections keep
 * reading and writing. On a server database this is `pg_dump`'s job instead.
 */
import "server-only";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";

export interface BackupResult {
  /** Database pages copied. */
  pages: number;
  articles: number;
  stories: number;
  /** SQLite's `PRAGMA quick_check` on the copy: "ok" when the copy reads back whole. */
  check: string;
}

/** Copies the database at `source` to `destination` (which must not exist) and checks the copy. */
export async function backupDatabase(source: string, destination: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose a new file name.`);
  const live = new Database(source, { fileMustExist: true });
  let pages: number;
  try {
    live.pragma("busy_timeout = 5000");
    ({ totalPages: pages } = await live.backup(destination));
  } finally {
    live.close();
  }
  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (copy.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { pages, articles: count("Article"), stories: count("Story"), check: String(copy.pragma("quick_check", { simple: true })) };
  } finally {
    copy.close();
  }
}
