import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { claimJobs, enqueueJob } from "../db/jobs";
import { useTestDatabase } from "../services/test-database";
import { JobHandedBack, JobWorker, type JobKind } from "./job-worker";
import { jobsQueued } from "./jobs-queued";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());
beforeEach(async () => {
  await (await db()).job.deleteMany();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A kind whose jobs take `ms` and record what happened to them. */
function recordingKind(name: string, cap: JobKind["cap"], ms: number) {
  const log = { started: [] as string[], finished: [] as string[], gaveUp: [] as Array<{ id: string; reason: string }>, maxConcurrent: 0, maxPerKey: new Map<string, number>() };
  let running = 0;
  const perKey = new Map<string, number>();
  const kind: JobKind = {
    name,
    cap,
    timeoutMs: 10_000,
    async run(payload, context) {
      const { id, key } = payload as { id: string; key?: string };
      running += 1;
      log.maxConcurrent = Math.max(log.maxConcurrent, running);
      if (key) {
        perKey.set(key, (perKey.get(key) ?? 0) + 1);
        log.maxPerKey.set(key, Math.max(log.maxPerKey.get(key) ?? 0, perKey.get(key)!));
      }
      log.started.push(id);
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, ms);
          context.signal.addEventListener("abort", () => {
            clearTimeout(timer);
            reject(context.signal.reason);
          });
        });
        log.finished.push(id);
      } finally {
        running -= 1;
        if (key) perKey.set(key, perKey.get(key)! - 1);
      }
    },
    async giveUp(payload, reason) {
      log.gaveUp.push({ id: (payload as { id: string }).id, reason });
    },
  };
  return { kind, log };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await sleep(50);
  }
}

const states = async () => (await (await db()).job.findMany({ orderBy: { createdAt: "asc" } })).map((j) => j.state);

describe("JobWorker", () => {
  it("runs every job once, within the total cap and the per-key cap", async () => {
    const { kind, log } = recordingKind("test-capped", { total: 3, perKey: 2 }, 120);
    for (let i = 0; i < 12; i++) await enqueueJob({ kind: kind.name, payload: { id: `j${i}`, key: `host${i % 3}` }, concurrencyKey: `host${i % 3}` });
    // Two workers on one database, as the server and a CLI would be: the caps hold for both together.
    const workers = [0, 1].map(() => new JobWorker({ kinds: [kind], leaseMs: 5_000, pollMs: 50, log: () => undefined }));
    for (const w of workers) w.start();
    jobsQueued();
    await waitFor(async () => (await states()).every((s) => s === "done"));
    await Promise.all(workers.map((w) => w.stop(1_000)));
    expect([...log.started].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `j${i}`).sort());
    expect(log.maxConcurrent).toBeLessThanOrEqual(3);
    expect(log.maxConcurrent).toBeGreaterThanOrEqual(2);
    for (const n of log.maxPerKey.values()) expect(n).toBeLessThanOrEqual(2);
  });

  it("takes up a job whose worker stopped renewing its lease", async () => {
    const { kind, log } = recordingKind("test-lease", { total: 2 }, 10);
    await enqueueJob({ kind: kind.name, payload: { id: "orphan" } });
    // A worker that claimed it and then died: its lease runs out after 300 ms.
    const [claimed] = await claimJobs({ kinds: [kind.name], owner: "elsewhere:1:dead", leaseMs: 300, limit: 1, caps: { [kind.name]: kind.cap } });
    expect(claimed?.attempts).toBe(1);
    const worker = new JobWorker({ kinds: [kind], leaseMs: 5_000, pollMs: 50, log: () => undefined });
    worker.start();
    await waitFor(async () => (await states())[0] === "done");
    await worker.stop(1_000);
    expect(log.finished).toEqual(["orphan"]);
    expect((await (await db()).job.findFirstOrThrow()).attempts).toBe(2);
  });

  it("gives up, with a reason, on a job that was interrupted more often than allowed", async () => {
    const { kind, log } = recordingKind("test-give-up", { total: 1 }, 10);
    await enqueueJob({ kind: kind.name, payload: { id: "cursed" }, maxAttempts: 2 });
    for (let i = 0; i < 2; i++) {
      await claimJobs({ kinds: [kind.name], owner: `elsewhere:${i}:dead`, leaseMs: 1, limit: 1, caps: { [kind.name]: kind.cap } });
      await sleep(5);
    }
    const worker = new JobWorker({ kinds: [kind], leaseMs: 5_000, pollMs: 50, log: () => undefined });
    worker.start();
    await waitFor(async () => (await states())[0] === "failed");
    await worker.stop(1_000);
    expect(log.started).toEqual([]);
    expect(log.gaveUp).toEqual([{ id: "cursed", reason: expect.stringMatching(/Interrupted 2 times/) }]);
  });

  it("records a failure when the handler throws, through giveUp", async () => {
    const gaveUp: string[] = [];
    const kind: JobKind = {
      name: "test-throws",
      cap: { total: 1 },
      timeoutMs: 5_000,
      run: async () => {
        throw new Error("disk full");
      },
      giveUp: async (_payload, reason) => void gaveUp.push(reason),
    };
    await enqueueJob({ kind: kind.name, payload: {} });
    const worker = new JobWorker({ kinds: [kind], leaseMs: 5_000, pollMs: 50, log: () => undefined });
    worker.start();
    await waitFor(async () => (await states())[0] === "failed");
    await worker.stop(1_000);
    expect(gaveUp).toEqual(["disk full"]);
    expect((await (await db()).job.findFirstOrThrow()).error).toBe("disk full");
  });

  it("on stop, lets short jobs finish and hands long ones back to the queue without counting the attempt", async () => {
    const { kind: quick, log: quickLog } = recordingKind("test-quick", { total: 1 }, 100);
    const { kind: slow, log: slowLog } = recordingKind("test-slow", { total: 1 }, 60_000);
    await enqueueJob({ kind: quick.name, payload: { id: "quick" } });
    await enqueueJob({ kind: slow.name, payload: { id: "slow" } });
    const worker = new JobWorker({ kinds: [quick, slow], leaseMs: 5_000, pollMs: 50, log: () => undefined });
    worker.start();
    await waitFor(async () => slowLog.started.length === 1 && quickLog.started.length === 1);
    await worker.stop(500);
    expect(quickLog.finished).toEqual(["quick"]);
    expect(slowLog.finished).toEqual([]);
    const rows = await (await db()).job.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.state, r.attempts, r.leaseOwner])).toEqual([
      ["done", 1, null],
      ["queued", 0, null],
    ]);
  });

  it("hands jobs back synchronously on exit", async () => {
    let seen: unknown;
    const kind: JobKind = {
      name: "test-exit",
      cap: { total: 1 },
      timeoutMs: 60_000,
      run: (_payload, context) =>
        new Promise((_resolve, reject) =>
          context.signal.addEventListener("abort", () => {
            seen = context.signal.reason;
            reject(context.signal.reason);
          }),
        ),
      giveUp: async () => undefined,
    };
    await enqueueJob({ kind: kind.name, payload: {} });
    const worker = new JobWorker({ kinds: [kind], leaseMs: 5_000, pollMs: 50, log: () => undefined });
    worker.start();
    await waitFor(async () => (await states())[0] === "running");
    expect(worker.releaseAllNow()).toBe(1);
    expect(await states()).toEqual(["queued"]);
    await worker.stop(0);
    expect(seen).toBeInstanceOf(JobHandedBack);
  });
});
