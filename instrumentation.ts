/**
 * Next.js calls register() once when the server starts: the job worker starts
 * with it, so links queued before a restart (or by the CLI) are taken up
 * without anyone opening a page. LACUNA_JOB_WORKER=off leaves the queue to
 * `lacuna worker` processes instead (docs/jobs.md).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.LACUNA_JOB_WORKER === "off") return;
  const { startServerJobWorker } = await import("./lib/services/server-worker");
  startServerJobWorker();
}
