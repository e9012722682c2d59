import type { Command } from "../command";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import { jobConfigFromEnv } from "../../lib/jobs/job-config";
import { startJobWorker } from "../../lib/services/job-runner";
import { closeHeavyPool } from "../../lib/workers/heavy-pool";

export const worker: Command = {
  summary: "run the job queue (link ingest, background reports, reviews following their findings) until stopped",
  usage: `Usage: lacuna worker

Works on queued jobs — links pasted in the app or queued by \`lacuna ingest\`,
reports exported in the background, a story's reviews moved to their
findings after articles joined it — beside or instead of the server's own
worker (LACUNA_JOB_WORKER=off on the server). Any number of workers may share
one database; the caps (LACUNA_FETCH_CONCURRENCY, LACUNA_FETCH_PER_HOST,
LACUNA_EXPORT_CONCURRENCY) hold across all of them. On Ctrl-C or SIGTERM it
stops taking jobs, lets running ones finish for LACUNA_SHUTDOWN_GRACE_MS and
hands the rest back to the queue. See docs/jobs.md.`,
  async run(args, io) {
    parseCommandArgs(args, {});
    const config = jobConfigFromEnv();
    return withDatabase(async () => {
      const running = startJobWorker({ config, log: (message) => io.err(message) });
      io.err(`worker ${running.owner} started (fetch cap ${config.fetchConcurrency}, ${config.fetchPerHost} per host)`);
      process.once("exit", () => running.releaseAllNow());
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once("SIGINT", () => resolve("SIGINT"));
        process.once("SIGTERM", () => resolve("SIGTERM"));
      });
      io.err(`${signal}: finishing running jobs (up to ${Math.round(config.shutdownGraceMs / 1000)} s)…`);
      await running.stop(config.shutdownGraceMs);
      await closeHeavyPool();
      return 0;
    });
  },
};
