/**
 * Offline migrations through Prisma's WebAssembly schema engine.
 *
 * Prisma's CLI needs a native schema engine that it downloads on first use,
 * and this project must install and run with no network beyond the npm
 * registry. The same engine ships as WebAssembly (@prisma/schema-engine-wasm)
 * and speaks to SQLite through the better-sqlite3 driver adapter. This file
 * drives it to reproduce `prisma migrate deploy` and `prisma migrate dev
 * --create-only` in Prisma's standard layout (prisma/migrations/<ts>_<name>/
 * migration.sql, migration_lock.toml, the _prisma_migrations table), so the
 * folder also works with the regular Prisma CLI on a machine with internet.
 *
 *   tsx prisma/migrate.ts deploy          apply pending migrations (idempotent; checks first, see below)
 *   tsx prisma/migrate.ts create <name>   write a migration for schema changes
 *   tsx prisma/migrate.ts status          list the migrations in prisma/migrations
 *
 * The engine takes `locking_mode=EXCLUSIVE`, which cannot coexist with a
 * running server's connection (it fails after ~6 s with a cryptic
 * "SocketTimeout"). So `ensureMigrated` first reads `_prisma_migrations`
 * through an ordinary read-only connection — no lock beyond a reader's, a few
 * milliseconds — and starts the engine only when a migration is pending; when
 * the database is busy then, the error says so in plain words.
 */
import { readFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import Database from "better-sqlite3";
import { databasePath } from "../lib/db/database-path";

const prismaDir = path.dirname(fileURLToPath(import.meta.url));
const migrationsDir = path.join(prismaDir, "migrations");
const schemaPath = path.join(prismaDir, "schema.prisma");
const NO_FILTER = { externalTables: [], externalEnums: [] };

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

interface Closable {
  dispose(): Promise<void>;
}

type Bindings = { SchemaEngine: { new: (...args: unknown[]) => Promise<Engine> } };
let bindings: Promise<Bindings> | undefined;

/** One wasm instance per process: the generated glue keeps it in module state, so a second instance would break the first. */
function loadWasmBindings(): Promise<Bindings> {
  bindings ??= instantiateWasm();
  return bindings;
}

/** Loads the wasm module by hand so its timers can be unref'd (otherwise the process lingers ~60 s). */
async function instantiateWasm(): Promise<Bindings> {
  const require = createRequire(import.meta.url);
  // The package's "exports" hide package.json; its main entry sits beside the files we need.
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg = (await import(pathToFileURL(path.join(pkgDir, "schema_engine_bg.js")).href)) as Record<string, unknown>;
  const imports: Record<string, unknown> = { ...bg };
  for (const name of Object.keys(bg)) {
    if (name.startsWith("__wbg_setTimeout_")) {
      imports[name] = (fn: () => void, ms: number) => {
        const timer = setTimeout(fn, ms >>> 0);
        timer.unref();
        return timer;
      };
    }
  }
  const wasmModule = await WebAssembly.compile(readFileSync(path.join(pkgDir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": imports as WebAssembly.ModuleImports });
  (bg.__wbg_set_wasm as (exports: unknown) => void)(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return bg as unknown as Bindings;
}

type Adapter = Closable & { executeRaw(q: { sql: string }): Promise<number>; executeScript(sql: string): Promise<void> };

/**
 * The adapter factory, with two fixes the engine needs on SQLite: multi-statement
 * SQL sent through executeRaw (shadow-database replay) runs as a script, and
 * every connection is remembered so it can be closed (the engine's free() leaves them open).
 */
function adapterFactory(url: string, opened: Closable[]) {
  const factory = new PrismaBetterSqlite3({ url });
  const track = async (connect: () => Promise<unknown>) => {
    const adapter = (await connect()) as Adapter;
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (!/more than one statement/i.test(String((error as Error)?.message ?? error))) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    opened.push(adapter);
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(() => factory.connect()),
    connectToShadowDb: () => track(() => factory.connectToShadowDb()),
  };
}

function readMigrations() {
  const directories = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file) ? { tag: "ok", value: readFileSync(file, "utf8") } : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

async function withEngine<T>(dbFile: string, work: (engine: Engine) => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  const { SchemaEngine } = await loadWasmBindings();
  const opened: Closable[] = [];
  const schema = readFileSync(schemaPath, "utf8");
  const log = (message: string) => {
    if (process.env.LACUNA_DEBUG) process.stderr.write(`[schema-engine] ${message}\n`);
  };
  const engine = await SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory(`file:${dbFile}`, opened) as never),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    // The engine sets locking_mode=EXCLUSIVE; close its connections before the app opens the file.
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => undefined)));
  }
}

/** The migration folders not yet applied to the database (all of them for a new file), read without locking it. */
export function pendingMigrations(dbFile = databasePath()): string[] {
  const folders = readMigrations().migrationDirectories.map((d) => d.path);
  if (dbFile === ":memory:" || !existsSync(dbFile)) return folders;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(dbFile, { readonly: true, fileMustExist: true, timeout: 5_000 });
    const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return folders;
    const applied = new Set(
      (sqlite.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as Array<{ name: string }>).map((r) => r.name),
    );
    return folders.filter((name) => !applied.has(name));
  } catch (error) {
    throw isBusyError(error) ? new DatabaseBusyError(dbFile, "read") : error;
  } finally {
    sqlite?.close();
  }
}

/** The database file is held by another process (a running server, another migration). */
export class DatabaseBusyError extends Error {
  constructor(dbFile: string, doing: "read" | "migrate") {
    super(
      doing === "migrate"
        ? `The database ${dbFile} is busy: another Lacuna process (probably the running server) has it open, so its pending migrations cannot be applied now. Stop the server, run \`npm run db:migrate\`, then start the server again.`
        : `The database ${dbFile} is busy: another process holds it exclusively (a migration in progress?). Try again in a moment.`,
    );
    this.name = "DatabaseBusyError";
  }
}

/** SQLite's "busy"/"locked", and the schema engine's way of saying the same ("SocketTimeout" after its own wait). */
function isBusyError(error: unknown): boolean {
  const text = `${(error as { code?: unknown })?.code ?? ""} ${error instanceof Error ? error.message : String(error)}`;
  return /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database is busy|SocketTimeout/i.test(text);
}

/**
 * What the app, the CLI and `npm start` call: applies migrations only when one is pending
 * (checked without a lock); returns the names applied (none, nearly always).
 */
export async function ensureMigrated(dbFile = databasePath()): Promise<string[]> {
  if (pendingMigrations(dbFile).length === 0) return [];
  try {
    return await deployMigrations(dbFile);
  } catch (error) {
    throw isBusyError(error) ? new DatabaseBusyError(dbFile, "migrate") : error;
  }
}

/** Applies pending migrations to the database; returns the names applied. Starts the engine (exclusive lock) every time: call ensureMigrated. */
export async function deployMigrations(dbFile = databasePath()): Promise<string[]> {
  return withEngine(dbFile, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTER });
    return appliedMigrationNames;
  });
}

/** Writes a new migration with the SQL that takes the migrations folder to the current schema. */
export async function createMigration(name: string): Promise<string | null> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const schema = readFileSync(schemaPath, "utf8");
  const migrations = readMigrations();
  const sql = await withEngine(":memory:", async (engine) => {
    const from = migrations.migrationDirectories.length > 0 ? { tag: "migrations", ...migrations } : { tag: "empty" };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : null;
  });
  if (!sql || /^\s*(--[^\n]*\n?\s*)*$/.test(sql)) return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${slug}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lock)) {
    writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n');
  }
  return dir;
}

async function main(argv: string[]): Promise<void> {
  const [command, name] = argv;
  if (command === "deploy") {
    const applied = await ensureMigrated();
    process.stderr.write(applied.length ? `Applied ${applied.join(", ")} to ${databasePath()}\n` : `Database ${databasePath()} is up to date.\n`);
  } else if (command === "create") {
    if (!name) throw new Error("usage: tsx prisma/migrate.ts create <name>");
    const dir = await createMigration(name);
    process.stderr.write(dir ? `Wrote ${path.relative(process.cwd(), dir)}/migration.sql\n` : "Schema unchanged: no migration written.\n");
  } else if (command === "status") {
    const names = readMigrations().migrationDirectories.map((d) => d.path);
    process.stdout.write(names.join("\n") + "\n");
  } else {
    throw new Error("usage: tsx prisma/migrate.ts deploy | create <name> | status");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`migrate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
