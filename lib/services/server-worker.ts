/**
 * The job worker that lives with the web server (started by instrumentation.ts).
 * On SIGTERM/SIGINT it stops taking jobs and lets running ones finish for up
 * to LACUNA_SHUTDOWN_GRACE_MS; whatever is still held when the process exits
 * — Next exits on its own signal handler unless NEXT_MANUAL_SIG_HANDLE is
 * set — is handed back to the queue synchronously on 'exit'. A kill -9 skips
 * both: the next worker on this machine sees the dead process and takes its
 * jobs back at start, any other once the leases run out.
 */
import "server-only";
import { jobConfigFromEnv } from "../jobs/job-config";
import type { JobWorker } from "../jobs/job-worker";
import { startJobWorker } from "./job-runner";

const holder = globalThis as unknown as { lacunaServerWorker?: JobWorker };

export function startServerJobWorker(): JobWorker {
  if (holder.lacunaServerWorker) return holder.lacunaServerWorker;
  const config = jobConfigFromEnv();
  const worker = startJobWorker({ config });
  holder.lacunaServerWorker = worker;
  console.error(`[jobs] worker ${worker.owner} started (fetch cap ${config.fetchConcurrency}, ${config.fetchPerHost} per host)`);
  const manual = Boolean(process.env.NEXT_MANUAL_SIG_HANDLE);
  const onSignal = (signal: NodeJS.Signals) => {
    void worker.stop(config.shutdownGraceMs).finally(() => {
      // With NEXT_MANUAL_SIG_HANDLE Next leaves exiting to us.
      if (manual) process.exit(signal === "SIGINT" ? 130 : 143);
    });
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  process.once("exit", () => {
    const released = worker.releaseAllNow();
    if (released > 0) console.error(`[jobs] handed ${released} unfinished job(s) back to the queue on exit`);
  });
  return worker;
}
