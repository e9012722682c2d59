import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { deployMigrations } from "./migrate";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lacuna-migrate-"));
  dirs.push(dir);
  return path.join(dir, "fresh.db");
}

describe("deployMigrations (offline, WebAssembly schema engine)", () => {
  it("creates the schema on a new database and records each migration as Prisma does", async () => {
    const file = freshFile();
    const applied = await deployMigrations(file);
    expect(applied.length).toBeGreaterThan(0);
    const sqlite = new Database(file, { readonly: true });
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => (r as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(["Article", "Outlet", "Story", "FlagReview", "EntityAlias", "IngestLink", "_prisma_migrations"]));
    const rows = sqlite.prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations").all() as Array<{ checksum: string; finished_at: unknown }>;
    expect(rows).toHaveLength(applied.length);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
    sqlite.close();
  });

  it("is idempotent and leaves the file usable by another connection", async () => {
    const file = freshFile();
    await deployMigrations(file);
    expect(await deployMigrations(file)).toEqual([]);
    const sqlite = new Database(file);
    sqlite.prepare("INSERT INTO Story (id, title, updatedAt) VALUES ('s1', 'x', CURRENT_TIMESTAMP)").run();
    expect(sqlite.prepare("SELECT count(*) AS n FROM Story").get()).toEqual({ n: 1 });
    sqlite.close();
  });
});
