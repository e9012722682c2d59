/**
 * A nudge inside one process: a service that enqueues a job wakes the local
 * worker at once instead of waiting for its next poll. Other processes find
 * the job by polling (LACUNA_JOB_POLL_MS).
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onJobsQueued(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function jobsQueued(): void {
  for (const listener of listeners) listener();
}
