/**
 * Commands that use the database call `withDatabase`: it brings the schema up
 * to date when a migration is pending (a fresh clone), checked first with a
 * plain read so a command run beside the server never takes the schema
 * engine's exclusive lock, and closes the connection after, so the process
 * exits promptly.
 */
import { disconnectDb } from "../lib/db/client";
import { closeHeavyPool } from "../lib/workers/heavy-pool";
import { databasePath } from "../lib/db/database-path";
import { ensureMigrated } from "../prisma/migrate";

export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  await ensureMigrated(databasePath());
  try {
    return await work();
  } finally {
    // Worker threads (a long comparison, a PDF) would otherwise keep the process alive.
    await closeHeavyPool();
    await disconnectDb();
  }
}
