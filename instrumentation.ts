/**
 * Next.js calls register() once when the server starts: the job worker starts
 * with it, so links queued before a restart (or by the CLI) are taken up
 * without anyone opening a page. LACUNA_JOB_WORKER=off leaves the queue to
 * `lacuna worker` processes instead (docs/jobs.md). An archive upgraded in
 * place fills the search keys its older rows lack now, in the background,
 * rather than making the first search wait for it (lib/services/search-keys.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { searchKeysReady } = await import("./lib/services/search-keys");
  // A failure (a locked file) is tried again by the first search; nothing to report here.
  searchKeysReady().catch(() => undefined);
  if (process.env.LACUNA_JOB_WORKER === "off") return;
  const { startServerJobWorker } = await import("./lib/services/server-worker");
  startServerJobWorker();
}
