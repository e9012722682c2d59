/**
 * Commands that use the database call `withDatabase`: it brings the schema up
 * to date first (idempotent, ~0.5 s), so the CLI works on a fresh clone, and
 * closes the connection after, so the process exits promptly.
 */
import { disconnectDb } from "../lib/db/client";
import { databasePath } from "../lib/db/database-path";
import { deployMigrations } from "../prisma/migrate";

export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  await deployMigrations(databasePath());
  try {
    return await work();
  } finally {
    await disconnectDb();
  }
}
