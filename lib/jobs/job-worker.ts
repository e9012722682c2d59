/**
 * The worker of the durable queue (docs/jobs.md): claims jobs that fit the
 * caps, runs each kind's handler under a lease it renews, and records the
 * end. Started with the server (instrumentation.ts), by `lacuna worker`, and
 * by `lacuna ingest` for its own batches; any number may share a database.
 *
 *   queued ──claim──► running ──► done
 *     ▲                 │  └────► failed (handler threw, or given up after maxAttempts claims)
 *     └── release ──────┘  (shutdown; lease ran out; holder's process gone)
 */
import "server-only";
import {
  claimJobs,
  finishJob,
  hasClaimableJob,
  listLeaseOwners,
  releaseDeadOwners,
  releaseJobs,
  releaseJobsNow,
  renewLeases,
  type ClaimedJob,
} from "../db/jobs";
import type { KindCap } from "../db/job-caps";
import { onJobsQueued } from "./jobs-queued";
import { isDeadLocalOwner, newLeaseOwner } from "./lease-owner";

export interface JobContext {
  jobId: string;
  /** 1 on the first claim; more when an earlier worker stopped before finishing. */
  attempt: number;
  /** Aborted on timeout, on shutdown (the job goes back to the queue) or when the lease was lost. */
  signal: AbortSignal;
}

export interface JobKind {
  name: string;
  cap: KindCap;
  /** Longest one job may run: its signal is aborted then. */
  timeoutMs: number;
  /** Does the work and records its outcome (including an expected failure, e.g. a 404) on its own rows. Throws only when something unexpected broke. */
  run(payload: unknown, context: JobContext): Promise<void>;
  /** Records on the job's rows that it ended without a result, and why (it threw, or kept being interrupted). */
  giveUp(payload: unknown, reason: string): Promise<void>;
}

/** Why a job's signal was aborted: handlers leave their rows alone for these; the queue takes the job back. */
export class JobHandedBack extends Error {
  constructor(readonly why: "shutdown" | "lease-lost") {
    super(why === "shutdown" ? "The worker is shutting down; the job goes back to the queue." : "The job's lease was taken over by another worker.");
    this.name = "JobHandedBack";
  }
}

export interface JobWorkerOptions {
  kinds: JobKind[];
  leaseMs: number;
  pollMs: number;
  /** Only jobs of these groups (a CLI's own batches). */
  groupIds?: string[];
  log?: (message: string) => void;
}

interface Running {
  job: ClaimedJob;
  controller: AbortController;
  done: Promise<void>;
}

export class JobWorker {
  readonly owner = newLeaseOwner();
  private readonly kinds: Map<string, JobKind>;
  private readonly running = new Map<string, Running>();
  private stopping = false;
  private loopDone: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly log: (message: string) => void;

  constructor(private readonly options: JobWorkerOptions) {
    this.kinds = new Map(options.kinds.map((k) => [k.name, k]));
    this.log = options.log ?? ((message) => console.error(`[jobs] ${message}`));
  }

  /** Jobs this worker runs at once: the sum of the kinds' caps (the claim keeps every process within them together). */
  private get slots(): number {
    return [...this.kinds.values()].reduce((n, k) => n + k.cap.total, 0);
  }

  get activeJobs(): number {
    return this.running.size;
  }

  start(): void {
    if (this.loopDone) return;
    this.unsubscribe = onJobsQueued(() => this.wake?.());
    this.heartbeat = setInterval(() => void this.renew(), Math.max(500, Math.floor(this.options.leaseMs / 3)));
    this.heartbeat.unref();
    this.loopDone = this.loop();
  }

  private async loop(): Promise<void> {
    await this.takeBackFromDeadWorkers().catch((error: unknown) => this.log(`could not check for dead workers: ${describe(error)}`));
    const scope = { kinds: [...this.kinds.keys()], ...(this.options.groupIds ? { groupIds: this.options.groupIds } : {}) };
    while (!this.stopping) {
      const free = this.slots - this.running.size;
      let claimed: ClaimedJob[] = [];
      if (free > 0) {
        try {
          if (await hasClaimableJob(scope)) {
            claimed = await claimJobs({ ...scope, owner: this.owner, leaseMs: this.options.leaseMs, limit: free, caps: this.caps() });
          }
        } catch (error) {
          this.log(`claiming jobs failed (will try again): ${describe(error)}`);
        }
      }
      if (this.stopping) {
        // Stopped while claiming: hand these back untouched.
        await releaseJobs(this.owner, claimed.map((j) => j.id)).catch(() => undefined);
        break;
      }
      for (const job of claimed) this.launch(job);
      if (claimed.length === 0) await this.sleep(this.options.pollMs);
    }
  }

  private caps(): Record<string, KindCap> {
    return Object.fromEntries([...this.kinds.values()].map((k) => [k.name, k.cap]));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private launch(job: ClaimedJob): void {
    const kind = this.kinds.get(job.kind)!;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`Stopped after ${Math.round(kind.timeoutMs / 1000)} seconds.`)), kind.timeoutMs);
    const entry: Running = { job, controller, done: Promise.resolve() };
    this.running.set(job.id, entry);
    entry.done = this.execute(kind, job, controller).finally(() => {
      clearTimeout(timer);
      this.running.delete(job.id);
      this.wake?.();
    });
  }

  private async execute(kind: JobKind, job: ClaimedJob, controller: AbortController): Promise<void> {
    let payload: unknown;
    try {
      payload = JSON.parse(job.payload);
    } catch {
      await finishJob(job.id, this.owner, { state: "failed", error: "The job's input is unreadable." }).catch(() => undefined);
      return;
    }
    try {
      if (job.attempts > job.maxAttempts) {
        const reason = `Interrupted ${job.maxAttempts} times (the process working on it stopped or crashed each time), so Lacuna gave up on it.`;
        await kind.giveUp(payload, reason);
        await finishJob(job.id, this.owner, { state: "failed", error: reason });
        return;
      }
      await kind.run(payload, { jobId: job.id, attempt: job.attempts, signal: controller.signal });
      if (controller.signal.reason instanceof JobHandedBack) return;
      await finishJob(job.id, this.owner, { state: "done" });
    } catch (error) {
      if (controller.signal.reason instanceof JobHandedBack) return;
      const reason = describe(error);
      this.log(`${job.kind} job ${job.id} failed: ${reason}`);
      try {
        await kind.giveUp(payload, reason);
      } catch (recordError) {
        this.log(`could not record the failure of job ${job.id}: ${describe(recordError)}`);
      }
      await finishJob(job.id, this.owner, { state: "failed", error: reason }).catch(() => undefined);
    }
  }

  private async renew(): Promise<void> {
    const ids = [...this.running.keys()];
    if (ids.length === 0) return;
    try {
      const lost = await renewLeases(this.owner, ids, this.options.leaseMs);
      for (const id of lost) this.running.get(id)?.controller.abort(new JobHandedBack("lease-lost"));
    } catch (error) {
      this.log(`renewing leases failed (will try again): ${describe(error)}`);
    }
  }

  private async takeBackFromDeadWorkers(): Promise<void> {
    const dead = (await listLeaseOwners()).filter((owner) => isDeadLocalOwner(owner));
    const count = await releaseDeadOwners(dead);
    if (count > 0) this.log(`took back ${count} job(s) from ${dead.length} stopped worker(s)`);
  }

  /**
   * Stops claiming, lets running jobs finish for up to `graceMs`, then hands the rest
   * back to the queue (their claim does not count as an attempt).
   */
  async stop(graceMs: number): Promise<void> {
    if (this.stopping) return this.loopDone;
    this.stopping = true;
    this.unsubscribe?.();
    this.wake?.();
    await this.loopDone;
    const all = Promise.all([...this.running.values()].map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    const left = [...this.running.values()];
    for (const r of left) r.controller.abort(new JobHandedBack("shutdown"));
    if (left.length > 0) {
      const released = await releaseJobs(this.owner, left.map((r) => r.job.id)).catch(() => 0);
      this.log(`handed ${released} unfinished job(s) back to the queue`);
      // Let the handlers see the abort and unwind (they leave their rows for the next worker).
      await Promise.race([Promise.all(left.map((r) => r.done)), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    }
    clearInterval(this.heartbeat);
  }

  /** For the process's 'exit' event: hands back whatever is still held, synchronously. */
  releaseAllNow(): number {
    if (this.running.size === 0) return 0;
    try {
      return releaseJobsNow(this.owner);
    } catch {
      return 0;
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
