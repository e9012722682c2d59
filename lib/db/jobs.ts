/**
 * The job queue's table (see docs/jobs.md): claiming under a lease, renewing
 * it, finishing, releasing. Every claim is one short write transaction, so
 * two workers (the server and a CLI) never take the same job, and the caps
 * count what all processes run. Plain SQL and Prisma calls that a server
 * database runs as well; docs/jobs.md says what changes on PostgreSQL.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "./client";
import { databasePath } from "./database-path";
import { fullKeys, pickWithinCaps, type CapCandidate, type KindCap, type RunningCount } from "./job-caps";

export type JobState = "queued" | "running" | "done" | "failed";

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: string;
  groupId: string | null;
  attempts: number;
  maxAttempts: number;
}

export interface NewJob {
  kind: string;
  payload: unknown;
  concurrencyKey?: string | null;
  groupId?: string | null;
  maxAttempts?: number;
}

/** A job row ready for createMany, with its id chosen here so the rows it works on can name it in the same transaction. */
export function newJobRow(job: NewJob): Prisma.JobCreateManyInput {
  return {
    id: randomUUID(),
    kind: job.kind,
    payload: JSON.stringify(job.payload),
    concurrencyKey: job.concurrencyKey ?? null,
    groupId: job.groupId ?? null,
    ...(job.maxAttempts === undefined ? {} : { maxAttempts: job.maxAttempts }),
  };
}

export async function enqueueJob(job: NewJob): Promise<string> {
  const row = newJobRow(job);
  await (await db()).job.create({ data: row });
  return row.id!;
}

interface ClaimScope {
  kinds: string[];
  /** Only jobs of these groups (a CLI works on its own batches); all groups when absent. */
  groupIds?: string[];
}

function claimableWhere(scope: ClaimScope, now: Date): Prisma.JobWhereInput {
  return {
    kind: { in: scope.kinds },
    ...(scope.groupIds ? { groupId: { in: scope.groupIds } } : {}),
    OR: [
      { state: "queued", runAfter: { lte: now } },
      // A lease that ran out: its worker died or hung without renewing.
      { state: "running", leaseExpiresAt: { lt: now } },
    ],
  };
}

/** A cheap read before the write transaction of a claim, so an idle worker's polling writes nothing. */
export async function hasClaimableJob(scope: ClaimScope): Promise<boolean> {
  const found = await (await db()).job.findFirst({ where: claimableWhere(scope, new Date()), select: { id: true } });
  return found !== null;
}

/** SQLite's text form of a Prisma DateTime ("2026-12-04T21:40:52.876+00:00"), for the claim's plain SQL. */
function sqlTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

let claimConnection: { file: string; sqlite: Database.Database } | undefined;

/**
 * The claim runs on a connection of its own, synchronously, inside one
 * BEGIN IMMEDIATE transaction: it takes a millisecond or two and never holds
 * the Prisma client's connection, which every page read shares, across the
 * several awaits an interactive transaction would need. It never waits for
 * the lock either (busy timeout 0): a synchronous wait would block this
 * process's event loop, and with it a Prisma transaction of this same process
 * that holds the lock — so a busy database is retried asynchronously instead.
 */
function claimDatabase(): Database.Database {
  const file = databasePath();
  if (claimConnection?.file !== file) {
    claimConnection?.sqlite.close();
    const sqlite = new Database(file, { timeout: 0 });
    sqlite.pragma("journal_mode = WAL");
    claimConnection = { file, sqlite };
  }
  return claimConnection.sqlite;
}

const marks = (n: number) => Array(n).fill("?").join(", ");

/**
 * Takes up to `limit` jobs that fit the caps, leasing them to `owner` for `leaseMs`.
 * Each claim counts as an attempt (a released job gets it back).
 */
export async function claimJobs(input: ClaimScope & { owner: string; leaseMs: number; limit: number; caps: Record<string, KindCap> }): Promise<ClaimedJob[]> {
  if (input.limit <= 0 || input.kinds.length === 0) return [];
  const sqlite = claimDatabase();
  const claim = sqlite.transaction((): ClaimedJob[] => {
    const now = new Date();
    const nowText = sqlTime(now);
    const kinds = input.kinds;
    // Leases that ran out go back to the queue first (their worker died or hung).
    sqlite
      .prepare(`UPDATE Job SET state = 'queued', leaseOwner = NULL, leaseExpiresAt = NULL, updatedAt = ? WHERE kind IN (${marks(kinds.length)}) AND state = 'running' AND leaseExpiresAt < ?`)
      .run(nowText, ...kinds, nowText);
    const running = (
      sqlite.prepare(`SELECT kind, concurrencyKey, count(*) AS count FROM Job WHERE kind IN (${marks(kinds.length)}) AND state = 'running' GROUP BY kind, concurrencyKey`).all(...kinds) as RunningCount[]
    ).map((r) => ({ ...r, count: Number(r.count) }));
    const full = fullKeys(running, input.caps);
    const open = kinds.filter((k) => !full.kinds.includes(k));
    if (open.length === 0) return [];
    const params: unknown[] = [...open, nowText];
    let where = `kind IN (${marks(open.length)}) AND state = 'queued' AND runAfter <= ?`;
    if (input.groupIds) {
      if (input.groupIds.length === 0) return [];
      where += ` AND groupId IN (${marks(input.groupIds.length)})`;
      params.push(...input.groupIds);
    }
    // Jobs of a site already at its cap wait; look past them for other sites.
    for (const key of full.keys) {
      where += " AND NOT (kind = ? AND concurrencyKey = ?)";
      params.push(key.kind, key.key);
    }
    const candidates = sqlite.prepare(`SELECT id, kind, concurrencyKey FROM Job WHERE ${where} ORDER BY createdAt, id LIMIT 500`).all(...params) as CapCandidate[];
    const picked = pickWithinCaps(candidates, running, input.caps, input.limit);
    if (picked.length === 0) return [];
    sqlite
      .prepare(`UPDATE Job SET state = 'running', leaseOwner = ?, leaseExpiresAt = ?, attempts = attempts + 1, updatedAt = ? WHERE id IN (${marks(picked.length)}) AND state = 'queued'`)
      .run(input.owner, sqlTime(new Date(now.getTime() + input.leaseMs)), nowText, ...picked);
    return sqlite
      .prepare(`SELECT id, kind, payload, groupId, attempts, maxAttempts FROM Job WHERE id IN (${marks(picked.length)}) AND leaseOwner = ? ORDER BY createdAt, id`)
      .all(...picked, input.owner) as ClaimedJob[];
  });
  for (let attempt = 0; ; attempt++) {
    try {
      return claim.immediate();
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (!code.startsWith("SQLITE_BUSY") || attempt >= 200) throw error;
      // Another writer holds the lock for a moment: let it finish (it may be this process's own).
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
  }
}

/** Extends the leases `owner` still holds; returns the ids it no longer holds (taken over after an expiry), whose work must stop. */
export async function renewLeases(owner: string, ids: string[], leaseMs: number): Promise<string[]> {
  if (ids.length === 0) return [];
  const client = await db();
  await client.job.updateMany({ where: { id: { in: ids }, leaseOwner: owner, state: "running" }, data: { leaseExpiresAt: new Date(Date.now() + leaseMs) } });
  const held = await client.job.findMany({ where: { id: { in: ids }, leaseOwner: owner, state: "running" }, select: { id: true } });
  const heldIds = new Set(held.map((h) => h.id));
  return ids.filter((id) => !heldIds.has(id));
}

/** Records the end of a job, if `owner` still holds it. */
export async function finishJob(id: string, owner: string, outcome: { state: "done" } | { state: "failed"; error: string }): Promise<boolean> {
  const { count } = await (await db()).job.updateMany({
    where: { id, leaseOwner: owner, state: "running" },
    data: { state: outcome.state, error: outcome.state === "failed" ? outcome.error : null, leaseOwner: null, leaseExpiresAt: null, finishedAt: new Date() },
  });
  return count === 1;
}

/** Hands jobs back to the queue unfinished (a shutdown): the claim does not count as an attempt. */
export async function releaseJobs(owner: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { count } = await (await db()).job.updateMany({
    where: { id: { in: ids }, leaseOwner: owner, state: "running" },
    data: { state: "queued", leaseOwner: null, leaseExpiresAt: null, attempts: { decrement: 1 } },
  });
  return count;
}

/**
 * The same as releaseJobs for every job `owner` holds, synchronously on its own connection:
 * for the process's 'exit' event, where nothing asynchronous runs any more.
 */
export function releaseJobsNow(owner: string, file = databasePath()): number {
  const sqlite = new Database(file, { timeout: 2_000 });
  try {
    const result = sqlite
      .prepare("UPDATE Job SET state = 'queued', leaseOwner = NULL, leaseExpiresAt = NULL, attempts = MAX(attempts - 1, 0) WHERE leaseOwner = ? AND state = 'running'")
      .run(owner);
    return result.changes;
  } finally {
    sqlite.close();
  }
}

/** The workers holding leases now, to spot those on this machine whose process is gone. */
export async function listLeaseOwners(): Promise<string[]> {
  const rows = await (await db()).job.findMany({ where: { state: "running", leaseOwner: { not: null } }, distinct: ["leaseOwner"], select: { leaseOwner: true } });
  return rows.map((r) => r.leaseOwner!);
}

/** Returns the jobs of owners known to be dead to the queue at once, instead of waiting for their leases to run out. */
export async function releaseDeadOwners(owners: string[]): Promise<number> {
  if (owners.length === 0) return 0;
  const { count } = await (await db()).job.updateMany({ where: { state: "running", leaseOwner: { in: owners } }, data: { state: "queued", leaseOwner: null, leaseExpiresAt: null } });
  return count;
}

/** Puts a finished job back in the queue as new (an analyst's retry). */
export async function requeueJob(id: string): Promise<boolean> {
  const { count } = await (await db()).job.updateMany({
    where: { id, state: { in: ["done", "failed"] } },
    data: { state: "queued", attempts: 0, error: null, runAfter: new Date(), finishedAt: null },
  });
  return count === 1;
}

export async function getJobStates(ids: string[]): Promise<Map<string, { state: JobState; attempts: number; error: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await (await db()).job.findMany({ where: { id: { in: ids } }, select: { id: true, state: true, attempts: true, error: true, leaseExpiresAt: true } });
  const now = Date.now();
  return new Map(
    rows.map((r) => {
      // A running job whose lease ran out is waiting to be taken up again.
      const state = r.state === "running" && r.leaseExpiresAt !== null && r.leaseExpiresAt.getTime() < now ? "queued" : (r.state as JobState);
      return [r.id, { state, attempts: r.attempts, error: r.error }];
    }),
  );
}

/** Running jobs per kind across all workers (for the fetch-cap test and the load script). */
export async function countRunningJobs(kind: string): Promise<number> {
  return (await db()).job.count({ where: { kind, state: "running", leaseExpiresAt: { gte: new Date() } } });
}
