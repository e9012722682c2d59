/**
 * A real, migrated SQLite database in a temporary folder for service tests:
 * the same migrations and client as the app, never the user's data file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { disconnectDb } from "../db/client";
import { deployMigrations } from "../../prisma/migrate";

export async function useTestDatabase(): Promise<{ cleanup: () => Promise<void>; file: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "lacuna-test-"));
  const file = path.join(dir, "test.db");
  process.env.LACUNA_DATABASE = file;
  await disconnectDb();
  await deployMigrations(file);
  return {
    file,
    cleanup: async () => {
      await disconnectDb();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
