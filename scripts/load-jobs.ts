/**
 * The load and fault figures of docs/jobs.md, measured against the real
 * production server (`next start`) on loopback only, with a bounded number of
 * requests and a time limit on every wait. Needs `npm run build` first.
 *
 *   npm run load:jobs            (LACUNA_LOAD_PORT, default 3131; a second server uses port + 1)
 *
 * Prints:
 *  1. 200 concurrent adds (links queued through POST /api/ingest, 19 of them
 *     repeats): article rows written vs expected, links failed, database errors
 *     in the server log, and the most fetches the news site saw at once.
 *  2. p50 / p95 of a small story page and a compare page: idle (the plain
 *     baseline), during those adds, and while a story of four 1.4 MB articles
 *     is analysed — by this code (analysis in a worker thread) and, in the same
 *     run, by the same server with worker threads turned off
 *     (LACUNA_OFFTHREAD_CHARS=1e9: the analysis on the request thread, as before).
 *  3. Recovery: 40 links that each take 3 s, the server killed with SIGKILL
 *     after 8 s and started again (and the same with SIGTERM): how many links
 *     end done, duplicate or failed with a reason, none stuck; PRAGMA integrity_check.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { bigArticles } from "./load/big-articles";
import { startNewsSite, type NewsSite } from "./load/news-site";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.LACUNA_LOAD_PORT ?? 3131);
const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-load-"));
const dbFile = path.join(scratch, "load.db");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Server {
  child: ChildProcess;
  log: () => string;
  origin: string;
}

async function startServer(port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", LACUNA_DATABASE: dbFile, LACUNA_ALLOW_LOOPBACK_FETCH: "1", NEXT_TELEMETRY_DISABLED: "1", LACUNA_ANALYSIS_BUDGET_MS: "600000", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited at start:\n${log}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error("the server did not start within 60 s");
    await sleep(200);
  }
  return { child, log: () => log, origin };
}

async function stopServer(server: Server, signal: NodeJS.Signals = "SIGTERM"): Promise<number> {
  const started = Date.now();
  if (server.child.exitCode !== null || server.child.signalCode !== null) return 0;
  await new Promise<void>((resolve) => {
    server.child.once("exit", () => resolve());
    server.child.kill(signal);
  });
  return Date.now() - started;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : "—");

/** Requests the small pages one after another until `until` resolves (at most `max` each); returns their latencies. */
async function probe(origin: string, paths: string[], until: Promise<unknown>, max = 400): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(paths.map((p) => [p, []]));
  let done = false;
  void until.finally(() => (done = true));
  for (let i = 0; !done && i < max; i++) {
    for (const p of paths) {
      const t = performance.now();
      try {
        const response = await fetch(origin + p);
        await response.arrayBuffer();
        // Every answer counts, however late: a page held up by the big one is the point.
        times.get(p)!.push(performance.now() - t);
      } catch {
        // The server went away (counted by n being short); do not spin.
        await sleep(200);
      }
    }
  }
  return times;
}

function summarise(label: string, times: Map<string, number[]>, names: Record<string, string>) {
  const parts = [...times].map(([p, v]) => `${names[p]} p50 ${ms(percentile(v, 50))} · p95 ${ms(percentile(v, 95))} (n=${v.length})`);
  console.log(`  ${label.padEnd(44)} ${parts.join("   ")}`);
}

/** Waits (bounded) until every link of the batches is finished, reading the database (read-only) so the wait adds no HTTP load. */
async function waitForBatches(batchIds: string[], timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const links = readLinks(batchIds);
    if (links.every((l) => ["done", "duplicate", "failed"].includes(l.state)) || Date.now() > until) return links;
    await sleep(300);
  }
}

function readLinks(batchIds: string[]): Array<{ state: string; error: string | null }> {
  const sqlite = new Database(dbFile, { readonly: true, timeout: 5_000 });
  try {
    const statement = sqlite.prepare("SELECT state, error FROM IngestLink WHERE batchId = ?");
    return batchIds.flatMap((id) => statement.all(id) as Array<{ state: string; error: string | null }>);
  } finally {
    sqlite.close();
  }
}

async function seed() {
  process.env.LACUNA_DATABASE = dbFile;
  const { ensureMigrated } = await import("../prisma/migrate");
  await ensureMigrated(dbFile);
  const { seedDemoStory } = await import("../lib/services/seed-demo-story");
  const { addPastedArticle } = await import("../lib/services/add-pasted-article");
  const { createStory } = await import("../lib/db/story-mutations");
  const { disconnectDb } = await import("../lib/db/client");
  const demo = await seedDemoStory();
  const ids: string[] = [];
  for (const [i, text] of bigArticles(4, 1_400_000).entries()) {
    const saved = await addPastedArticle({ title: `Long report ${i + 1}`, outlet: `Outlet ${i + 1}`, text });
    ids.push(saved.articleId);
  }
  const big = await createStory("Four 1.4 MB reports", ids);
  await disconnectDb();
  return { demo, bigStoryId: big.id };
}

function countArticles(): number {
  const sqlite = new Database(dbFile, { readonly: true });
  try {
    return (sqlite.prepare("SELECT count(*) AS n FROM Article").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

async function postBatch(origin: string, links: string): Promise<string> {
  const response = await fetch(`${origin}/api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ links }) });
  const body = (await response.json()) as { batchId?: string; error?: { message: string } };
  if (!body.batchId) throw new Error(`POST /api/ingest: ${response.status} ${body.error?.message}`);
  return body.batchId;
}

async function measureAdds(server: Server, site: NewsSite, small: string[], names: Record<string, string>) {
  console.log("\n1. 200 concurrent adds (one link each, POST /api/ingest; 181 distinct pages, 19 repeats)");
  const before = countArticles();
  site.resetStats();
  const urls = Array.from({ length: 200 }, (_, i) => `${site.origins[i % site.origins.length]}/article/${1000 + (i < 181 ? i : i - 181)}`);
  // The repeats use the same address as their first copy, so the same URL is asked for twice.
  for (let i = 181; i < 200; i++) urls[i] = urls[i - 181]!;
  const started = performance.now();
  const adds = Promise.all(urls.map((u) => postBatch(server.origin, u))).then((ids) => waitForBatches(ids, 240_000));
  const times = await probe(server.origin, small, adds);
  const links = await adds;
  const seconds = (performance.now() - started) / 1000;
  const written = countArticles() - before;
  const failed = links.filter((l) => l.state === "failed");
  const busy = (server.log().match(/SQLITE_BUSY|database is locked/gi) ?? []).length;
  console.log(`  article rows written: ${written} (expected 181); links done ${links.filter((l) => l.state === "done").length}, duplicate ${links.filter((l) => l.state === "duplicate").length}, failed ${failed.length}${failed[0] ? ` (first: ${failed[0].error})` : ""}`);
  console.log(`  database busy errors in the server log: ${busy}; all 200 finished in ${seconds.toFixed(1)} s (${(181 / seconds).toFixed(1)} pages/s)`);
  console.log(`  most fetches at once seen by the news site: ${site.stats.maxInFlight} (cap LACUNA_FETCH_CONCURRENCY=8), per address: ${[...site.stats.maxPerHost.values()].join(", ")} (cap 2)`);
  summarise("small pages during the adds:", times, names);
}

async function measureBigStory(server: Server, bigStoryId: string, small: string[], names: Record<string, string>, label: string) {
  const started = performance.now();
  // node:http rather than fetch: fetch gives up on a response whose headers take over 300 s.
  const big = new Promise<{ status: string; ms: number }>((resolve) => {
    const request = get(`${server.origin}/stories/${bigStoryId}`, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: String(response.statusCode), ms: performance.now() - started }));
    });
    request.setTimeout(900_000, () => request.destroy(new Error("no answer in 15 minutes")));
    request.on("error", (error) => resolve({ status: `failed: ${error.message}`, ms: performance.now() - started }));
  });
  // Let the big request reach the server first.
  await sleep(100);
  const times = await probe(server.origin, small, big, 200);
  const result = await big;
  summarise(`${label} (big story ${result.status}, ${(result.ms / 1000).toFixed(1)} s):`, times, names);
  if (server.child.exitCode !== null || server.child.signalCode !== null) console.log(`  the server died: ${server.log().split("\n").slice(-5).join(" / ")}`);
}

async function measureRecovery(site: NewsSite, signal: "SIGKILL" | "SIGTERM", port: number) {
  let server = await startServer(port);
  const urls = Array.from({ length: 40 }, (_, i) => `${site.origins[i % site.origins.length]}/article/${(signal === "SIGKILL" ? 3000 : 4000) + i}?delay=3000`);
  const batchId = await postBatch(server.origin, urls.join("\n"));
  await sleep(8_000);
  const stopMs = await stopServer(server, signal);
  const before = await readBatch(batchId);
  const restarted = performance.now();
  server = await startServer(port);
  const links = await waitForBatches([batchId], 180_000);
  const seconds = (performance.now() - restarted) / 1000;
  const finished = links.filter((l) => ["done", "duplicate"].includes(l.state) || (l.state === "failed" && l.error));
  const stuck = links.length - finished.length;
  console.log(
    `  ${signal}${signal === "SIGTERM" ? ` (server exited in ${(stopMs / 1000).toFixed(1)} s)` : ""}: at the stop ${before.done} done, ${before.unfinished} unfinished; after restart ${finished.length}/40 finished (${((100 * finished.length) / 40).toFixed(0)}%: done ${links.filter((l) => l.state === "done").length}, failed ${links.filter((l) => l.state === "failed").length}), ${stuck} stuck, in ${seconds.toFixed(1)} s`,
  );
  await stopServer(server);
  const sqlite = new Database(dbFile, { readonly: true });
  console.log(`  PRAGMA integrity_check: ${(sqlite.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check}`);
  sqlite.close();
}

async function readBatch(batchId: string) {
  const rows = readLinks([batchId]);
  return { done: rows.filter((r) => r.state === "done").length, unfinished: rows.filter((r) => !["done", "duplicate", "failed"].includes(r.state)).length };
}

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(path.join(root, "generated", "workers", "heavy-work.mjs"))) {
    throw new Error("Run `npm run build` first: the figures are for the production server.");
  }
  console.log(`Lacuna load figures — loopback only, database ${dbFile}; ${new Date().toISOString()}`);
  const { demo, bigStoryId } = await seed();
  const [a, b] = demo.articleIds;
  const small = [`/stories/${demo.storyId}`, `/compare/${a}/${b}`];
  const names = { [small[0]!]: "story", [small[1]!]: "compare" };
  const site = await startNewsSite({ addresses: ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"] });
  let server: Server | undefined;
  let inThread: Server | undefined;
  try {
    server = await startServer(PORT);
    console.log("\n0. Small pages (the demo story, 2 articles), 20 requests each after warm-up");
    await probe(server.origin, small, sleep(0), 3);
    summarise("idle (baseline):", await probe(server.origin, small, new Promise(() => undefined), 20), names);
    await measureAdds(server, site, small, names);

    console.log("\n2. A story of four 1.4 MB articles opened while the small pages are requested");
    await measureBigStory(server, bigStoryId, small, names, "analysis in a worker thread (this code)");
    await stopServer(server);
    server = undefined;
    inThread = await startServer(PORT + 1, { LACUNA_OFFTHREAD_CHARS: "1000000000", LACUNA_JOB_WORKER: "off" });
    await probe(inThread.origin, small, sleep(0), 3);
    await measureBigStory(inThread, bigStoryId, small, names, "analysis on the request thread (baseline)");
    await stopServer(inThread);
    inThread = undefined;

    console.log("\n3. Recovery: 40 links of 3 s each (4 sites), server stopped after 8 s and started again");
    await measureRecovery(site, "SIGKILL", PORT);
    await measureRecovery(site, "SIGTERM", PORT);
  } finally {
    if (server) await stopServer(server, "SIGKILL");
    if (inThread) await stopServer(inThread, "SIGKILL");
    await site.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
