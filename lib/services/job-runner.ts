/**
 * Every kind of job the queue runs, and a worker for them. The server starts
 * one (instrumentation.ts → server-worker.ts), `lacuna worker` runs one on its
 * own, and `lacuna ingest` runs one limited to its batches.
 */
import "server-only";
import { jobConfigFromEnv, type JobConfig } from "../jobs/job-config";
import { JobWorker, type JobKind } from "../jobs/job-worker";
import { ingestLinkJobKind } from "./ingest-urls";
import { reportExportJobKind } from "./report-exports";
import { storyRekeyJobKind } from "./story-rekey-job";

export function queueKinds(config: JobConfig): JobKind[] {
  return [ingestLinkJobKind(config), reportExportJobKind(config), storyRekeyJobKind(config)];
}

export function startJobWorker(options: { groupIds?: string[]; kinds?: string[]; log?: (message: string) => void; config?: JobConfig } = {}): JobWorker {
  const config = options.config ?? jobConfigFromEnv();
  const kinds = queueKinds(config).filter((k) => !options.kinds || options.kinds.includes(k.name));
  const worker = new JobWorker({
    kinds,
    leaseMs: config.leaseMs,
    pollMs: config.pollMs,
    ...(options.groupIds ? { groupIds: options.groupIds } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  worker.start();
  return worker;
}
