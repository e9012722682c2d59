/**
 * The queue with real processes: `lacuna worker` killed with SIGKILL in the
 * middle of a batch and started again, stopped with SIGTERM, and run beside
 * the CLI's own worker under one fetch cap. Loopback fixtures only.
 */
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { getIngestLinks, isFinished, queueIngestUrls } from "../lib/services/ingest-urls";
import { useTestDatabase } from "../lib/services/test-database";
import { startNewsSite, type NewsSite } from "../scripts/load/news-site";
import { runLacuna, spawnLacuna, type LacunaProcess } from "./lacuna-process";

let site: NewsSite;
let file = "";
let cleanup: () => Promise<void>;
const started: LacunaProcess[] = [];

beforeAll(async () => {
  site = await startNewsSite({ addresses: ["127.0.0.1", "127.0.0.2", "127.0.0.3"] });
  ({ file, cleanup } = await useTestDatabase());
});
afterEach(() => {
  for (const p of started.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
});
afterAll(async () => {
  await site.close();
  await cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function worker(env: Record<string, string> = {}): LacunaProcess {
  const p = spawnLacuna(["worker"], { LACUNA_DATABASE: file, LACUNA_JOB_POLL_MS: "200", ...env });
  started.push(p);
  return p;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function states(batchId: string) {
  return (await getIngestLinks([batchId])).map((l) => l.state);
}

describe("the queue across process deaths", () => {
  it("finishes a batch after its worker is killed with SIGKILL mid-way and started again", async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `${site.origins[0]}/article/${500 + i}?delay=700`);
    const batchId = await queueIngestUrls(urls, null);
    const first = worker({ LACUNA_FETCH_CONCURRENCY: "3", LACUNA_FETCH_PER_HOST: "3" });
    await waitUntil(async () => (await states(batchId)).filter((s) => s === "done").length >= 3, 180_000, "three links done");
    first.child.kill("SIGKILL");
    await first.exited;

    const halfway = await getIngestLinks([batchId]);
    expect(halfway.filter(isFinished).length).toBeLessThan(12);
    // The dead worker's leases are still in the table; nothing moves until a worker starts.
    const stranded = await (await db()).job.count({ where: { groupId: batchId, state: "running" } });
    expect(stranded).toBeGreaterThan(0);

    const second = worker({ LACUNA_FETCH_CONCURRENCY: "3", LACUNA_FETCH_PER_HOST: "3" });
    await waitUntil(async () => (await getIngestLinks([batchId])).every(isFinished), 120_000, "the batch to finish");
    expect(await states(batchId)).toEqual(Array(12).fill("done"));
    // The restarted worker saw that the holder of those leases was gone and took them back at once.
    expect(second.stderr()).toMatch(/took back \d+ job\(s\) from 1 stopped worker/);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const sqlite = new Database(file, { readonly: true });
    expect(sqlite.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    expect(sqlite.prepare("SELECT count(*) AS n FROM Article WHERE url LIKE '%/article/5%'").get()).toEqual({ n: 12 });
    sqlite.close();
  }, 420_000);

  it("on SIGTERM finishes the links it is fetching, leaves the rest queued, and exits", async () => {
    const urls = Array.from({ length: 8 }, (_, i) => `${site.origins[0]}/article/${600 + i}?delay=1500`);
    const batchId = await queueIngestUrls(urls, null);
    const w = worker({ LACUNA_FETCH_CONCURRENCY: "2", LACUNA_FETCH_PER_HOST: "2", LACUNA_SHUTDOWN_GRACE_MS: "20000" });
    await waitUntil(async () => (await states(batchId)).includes("fetching"), 180_000, "a link being fetched");
    w.child.kill("SIGTERM");
    expect(await w.exited).toBe(0);
    const after = await getIngestLinks([batchId]);
    // Nothing left half-way: each link is finished or waiting, and no job is held by the stopped process.
    expect(after.every((l) => isFinished(l) || l.state === "queued")).toBe(true);
    expect(after.filter((l) => l.state === "done").length).toBeGreaterThanOrEqual(1);
    expect(await (await db()).job.count({ where: { groupId: batchId, state: "running" } })).toBe(0);

    const next = worker({ LACUNA_FETCH_CONCURRENCY: "4", LACUNA_FETCH_PER_HOST: "4" });
    await waitUntil(async () => (await getIngestLinks([batchId])).every(isFinished), 120_000, "the batch to finish");
    expect(await states(batchId)).toEqual(Array(8).fill("done"));
    next.child.kill("SIGTERM");
    await next.exited;
  }, 420_000);
});

describe("the fetch cap", () => {
  it("holds across a worker process and the CLI together, overall and per site", async () => {
    site.resetStats();
    const caps = { LACUNA_FETCH_CONCURRENCY: "3", LACUNA_FETCH_PER_HOST: "1" };
    const background = worker(caps);
    // Slow pages on three loopback addresses: many links queued at once, by two processes.
    const urls = Array.from({ length: 15 }, (_, i) => `${site.origins[i % 3]}/article/${700 + i}?delay=400`);
    const cli = await runLacuna(["ingest", ...urls], { LACUNA_DATABASE: file, LACUNA_JOB_POLL_MS: "200", ...caps });
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);
    expect(site.stats.maxInFlight).toBeLessThanOrEqual(3);
    expect(site.stats.maxInFlight).toBeGreaterThanOrEqual(2);
    for (const [, n] of site.stats.maxPerHost) expect(n).toBeLessThanOrEqual(1);
    expect(site.stats.maxPerHost.size).toBe(3);
    background.child.kill("SIGTERM");
    await background.exited;
  }, 420_000);
});
