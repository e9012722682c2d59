/**
 * URL ingest rate: a local news site (scripts/load/news-site.ts, real HTTP
 * on loopback addresses 127.0.0.1–127.0.0.4) serves N distinct article
 * pages, and a whole `lacuna ingest --file` process (the prebuilt CLI, start-up
 * included) fetches, extracts and stores them in a fresh database, with the
 * test-only loopback setting and the default fetch caps (8 at once, 2 per
 * address). Prints pages/s and what each link ended as.
 *
 *   npm run bench:ingest [-- --pages 300]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startNewsSite } from "./load/news-site";

const root = path.resolve(import.meta.dirname, "..");
const at = process.argv.indexOf("--pages");
const pages = at >= 0 ? Number(process.argv[at + 1]) : 300;
/** Runs the CLI as a user would, collecting its output. */
function lacuna(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "cli/run.mjs"), ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-bench-ingest-"));

const site = await startNewsSite({ addresses: ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"] });
try {
  const urls = Array.from({ length: pages }, (_, i) => `${site.origins[i % site.origins.length]}/article/${5000 + i}`);
  const list = path.join(scratch, "urls.txt");
  writeFileSync(list, urls.join("\n"));
  const env = { ...process.env, LACUNA_DATABASE: path.join(scratch, "ingest.db"), LACUNA_ALLOW_LOOPBACK_FETCH: "1" };
  // The database is created and migrated first, so the figure is the ingest, not the first migration.
  await lacuna(["reindex"], env);
  const started = performance.now();
  // Asynchronously: the news site answers from this process's event loop.
  const run = await lacuna(["ingest", "--file", list], env);
  const seconds = (performance.now() - started) / 1000;
  const states = new Map<string, number>();
  for (const line of run.stdout.split("\n").filter(Boolean)) {
    const state = (JSON.parse(line) as { state: string }).state;
    states.set(state, (states.get(state) ?? 0) + 1);
  }
  console.log(`URL ingest: ${pages} pages from a local news site on ${site.origins.length} loopback addresses, one \`lacuna ingest\` process (start-up included)`);
  console.log(`  ${seconds.toFixed(1)} s → ${(pages / seconds).toFixed(1)} pages/s; links: ${[...states].map(([s, n]) => `${s} ${n}`).join(", ")}; exit ${run.status}`);
  console.log(`  most fetches at once: ${site.stats.maxInFlight}; per address: ${[...site.stats.maxPerHost.values()].join(", ")}`);
  if (run.status !== 0) console.log(run.stderr.split("\n").slice(-5).join("\n"), run.stdout.split("\n")[0]);
} finally {
  await site.close();
  rmSync(scratch, { recursive: true, force: true });
}
