import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseBusyError, deployMigrations, ensureMigrated, pendingMigrations } from "./migrate";

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

describe("ensureMigrated (what the CLI and `npm start` call)", () => {
  it("finds the pending migrations with a plain read and applies them only then", async () => {
    const file = freshFile();
    expect(pendingMigrations(file).length).toBeGreaterThan(0);
    expect((await ensureMigrated(file)).length).toBeGreaterThan(0);
    expect(pendingMigrations(file)).toEqual([]);
    expect(await ensureMigrated(file)).toEqual([]);
  });

  it("does not disturb a database another process is using when nothing is pending", async () => {
    const file = freshFile();
    await deployMigrations(file);
    // A server's connection: WAL, with a write transaction open.
    const server = new Database(file);
    server.pragma("journal_mode = WAL");
    server.prepare("BEGIN IMMEDIATE").run();
    server.prepare("INSERT INTO Story (id, title, updatedAt) VALUES ('s1', 'x', CURRENT_TIMESTAMP)").run();
    const started = Date.now();
    expect(await ensureMigrated(file)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2_000);
    server.prepare("COMMIT").run();
    expect(server.prepare("SELECT count(*) AS n FROM Story").get()).toEqual({ n: 1 });
    server.close();
  });

  it("says in plain words that the database is busy when a migration is pending and a server holds the file", async () => {
    const file = freshFile();
    await deployMigrations(file);
    const server = new Database(file);
    server.pragma("journal_mode = WAL");
    // As if the last migration had not been applied yet.
    const last = server.prepare("SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1").get() as { name: string };
    server.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(last.name);
    server.prepare("SELECT count(*) FROM Story").get();
    server.prepare("BEGIN").run();
    server.prepare("SELECT count(*) FROM Story").get();
    try {
      expect(pendingMigrations(file)).toEqual([last.name]);
      const error = await ensureMigrated(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseBusyError);
      expect((error as Error).message).toMatch(/is busy: another Lacuna process \(probably the running server\) has it open/);
      expect((error as Error).message).not.toMatch(/SocketTimeout|WASM/);
    } finally {
      server.prepare("COMMIT").run();
      server.close();
    }
  }, 60_000);
});
