/**
 * SQLite in WAL mode answers SQLITE_BUSY_SNAPSHOT, at once and whatever the
 * busy timeout, when a transaction that began by reading (Prisma's
 * interactive transactions begin DEFERRED) wants to write after another
 * connection — the worker process beside the CLI, say — committed meanwhile.
 * Its snapshot is stale; the only cure is to run the transaction again. A
 * plain SQLITE_BUSY that outlived the busy timeout is retried the same way.
 */
const ATTEMPTS = 8;

export function isBusyError(error: unknown): boolean {
  const code = String((error as { meta?: { code?: unknown }; code?: unknown } | undefined)?.meta?.code ?? (error as { code?: unknown } | undefined)?.code ?? "");
  return code.startsWith("SQLITE_BUSY") || /SQLITE_BUSY|database is locked/.test(error instanceof Error ? error.message : String(error));
}

/** Runs `work` (a whole transaction) again, after a short random pause, while the database reports it busy. */
export async function retryWhenBusy<T>(work: () => Promise<T>, attempts = ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isBusyError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}
