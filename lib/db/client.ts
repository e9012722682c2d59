/**
 * The one Prisma client of the process. lib/db is the only folder that
 * imports the generated client: swapping SQLite for a server database means
 * changing this file and the schema's provider, nothing above it.
 */
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";
import { databasePath } from "./database-path";

/** How long a writer waits for another writer's lock before SQLite reports "busy". */
const BUSY_TIMEOUT_MS = 5_000;
/**
 * SQLite's page cache (KiB; the default is 2 MB). The corpus index's B-trees
 * reach hundreds of megabytes at 100,000 articles, and a batch insert touches
 * pages all over them: 32 MB keeps the upper levels and the hot pages in memory.
 */
const CACHE_KIB = 32 * 1024;

const globalForDb = globalThis as unknown as { lacunaDb?: { client: PrismaClient; ready: Promise<void> } };

function createClient(): { client: PrismaClient; ready: Promise<void> } {
  const adapter = new PrismaBetterSqlite3({ url: `file:${databasePath()}`, timeout: BUSY_TIMEOUT_MS });
  const client = new PrismaClient({ adapter });
  // WAL lets readers (pages) run while a writer (an ingest batch) commits.
  const ready = client
    .$queryRawUnsafe("PRAGMA journal_mode = WAL")
    .then(() => client.$executeRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`))
    .then(() => client.$executeRawUnsafe(`PRAGMA cache_size = -${CACHE_KIB}`))
    .then(() => undefined);
  return { client, ready };
}

/** The shared client, with WAL and the busy timeout set before first use. */
export async function db(): Promise<PrismaClient> {
  // Next's dev server re-evaluates modules on every change; keep one client on globalThis.
  const current = (globalForDb.lacunaDb ??= createClient());
  try {
    await current.ready;
  } catch (error) {
    // Do not keep a client whose set-up failed (e.g. the file was locked at start): the next request tries afresh.
    if (globalForDb.lacunaDb === current) globalForDb.lacunaDb = undefined;
    await current.client.$disconnect().catch(() => undefined);
    throw error;
  }
  return current.client;
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.lacunaDb;
  globalForDb.lacunaDb = undefined;
  if (current) await current.client.$disconnect();
}
