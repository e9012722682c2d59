/**
 * The worker-thread pool (piscina) that keeps heavy work off the thread that
 * answers requests: while one long story is analysed, every other page still
 * answers. A task that overruns its time budget is stopped (piscina ends the
 * thread) and reported in words, never left to hold a core.
 *
 * Threads run lib/workers/heavy-work.ts, bundled by scripts/build-workers.mjs
 * (esbuild, ~0.1 s): `npm run build` writes generated/workers/ for the
 * production server; the dev server, the CLI and the tests bundle the current
 * source into a scratch folder of their own when they first need a thread, so
 * a thread never runs stale code.
 */
import "server-only";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import type { HeavyOutcome, HeavyResults, HeavyTask } from "./heavy-work";

export interface PoolSettings {
  threads: number;
  budgetMs: number;
}

/** The analysis took longer than its budget and was stopped. */
export class AnalysisTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`This analysis needed more than ${Math.round(budgetMs / 1000)} seconds and was stopped so the server stays responsive. The articles are very long: export the report in the background, or compare shorter excerpts.`);
    this.name = "AnalysisTimeout";
  }
}

/** An error thrown inside the thread, with its original name (e.g. "ExtractionError"), message and code. */
export class HeavyTaskError extends Error {
  readonly code: string | undefined;

  constructor(name: string, message: string, code?: string) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

const globalPool = globalThis as unknown as { lacunaHeavyPool?: { pool: Piscina; settings: PoolSettings } };

/** The worker's entry file: the production bundle, or a fresh bundle of the current source. */
export function workerEntry(root = process.cwd()): string {
  // turbopackIgnore: resolved at run time; the bundler must not trace or bundle the worker.
  const built = path.join(/*turbopackIgnore: true*/ root, "generated", "workers", "heavy-work.mjs");
  if (process.env.NODE_ENV === "production" && existsSync(built)) return built;
  // The CLI's own copy, built with its bundle from the same sources and rebuilt with it (cli/run.mjs).
  const prebuilt = process.env.LACUNA_WORKER_BUNDLE;
  if (prebuilt && existsSync(prebuilt)) return prebuilt;
  // Inside node_modules so the bundle's package imports resolve; one folder per process, removed on exit
  // (and, should a process die without exiting, by the next one).
  const parent = path.join(/*turbopackIgnore: true*/ root, "node_modules", ".cache", "lacuna-workers");
  removeLeftovers(parent);
  const scratch = path.join(parent, `${process.pid}-${randomBytes(3).toString("hex")}`);
  const result = spawnSync(process.execPath, [path.join(/*turbopackIgnore: true*/ root, "scripts", "build-workers.mjs"), scratch], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`Could not bundle the worker-thread code: ${result.stderr || result.error?.message || "esbuild failed"}`);
  process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
  return path.join(scratch, "heavy-work.mjs");
}

function removeLeftovers(parent: string): void {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const pid = Number(name.split("-")[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !processExists(pid)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function pool(settings: PoolSettings): Piscina {
  const current = globalPool.lacunaHeavyPool;
  if (current) return current.pool;
  const created = new Piscina({
    filename: workerEntry(),
    minThreads: 0,
    maxThreads: settings.threads,
    // A warm thread answers the next long page without start-up; an idle one gives its memory back.
    idleTimeout: 60_000,
    // Beyond this many waiting tasks the server is saturated: say so instead of queueing without end.
    maxQueue: 256,
  });
  globalPool.lacunaHeavyPool = { pool: created, settings };
  return created;
}

/** Runs one task in a worker thread within `settings.budgetMs`; `signal` lets the caller give up sooner. */
export async function runHeavy<K extends HeavyTask["task"]>(input: Extract<HeavyTask, { task: K }>, settings: PoolSettings, signal?: AbortSignal): Promise<HeavyResults[K]> {
  const budget = AbortSignal.timeout(settings.budgetMs);
  const combined = signal ? AbortSignal.any([signal, budget]) : budget;
  let outcome: HeavyOutcome<HeavyResults[K]>;
  try {
    outcome = (await pool(settings).run(input, { signal: combined })) as HeavyOutcome<HeavyResults[K]>;
  } catch (error) {
    if (budget.aborted && !signal?.aborted) throw new AnalysisTimeout(settings.budgetMs);
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error("Stopped.");
    if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new Error("The server is busy with other long analyses; try again in a minute.");
    throw error;
  }
  if (!outcome.ok) throw new HeavyTaskError(outcome.name, outcome.message, outcome.code);
  return outcome.value;
}

/** Ends the threads (the CLI, before it exits; tests). */
export async function closeHeavyPool(): Promise<void> {
  const current = globalPool.lacunaHeavyPool;
  globalPool.lacunaHeavyPool = undefined;
  await current?.pool.destroy();
}
