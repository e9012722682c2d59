/**
 * Which queued jobs a worker may start now without breaking a cap: at most
 * `total` running jobs of a kind and at most `perKey` running jobs sharing a
 * key (a site's host), counting what every process already runs. Pure, so the
 * rule is tested without a database; lib/db/jobs.ts applies it inside the
 * claiming transaction.
 */

export interface KindCap {
  /** Running jobs of this kind at once, across all workers. */
  total: number;
  /** Running jobs of this kind sharing one concurrency key (no limit when absent). */
  perKey?: number;
}

export interface CapCandidate {
  id: string;
  kind: string;
  concurrencyKey: string | null;
}

export interface RunningCount {
  kind: string;
  concurrencyKey: string | null;
  count: number;
}

/** Keeps candidates in order (oldest first), skipping those whose kind or key is full, up to `limit`. */
export function pickWithinCaps(candidates: readonly CapCandidate[], running: readonly RunningCount[], caps: Readonly<Record<string, KindCap>>, limit: number): string[] {
  const perKind = new Map<string, number>();
  const perKey = new Map<string, number>();
  const keyOf = (kind: string, key: string | null) => `${kind}\u0000${key ?? ""}`;
  for (const r of running) {
    perKind.set(r.kind, (perKind.get(r.kind) ?? 0) + r.count);
    if (r.concurrencyKey !== null) perKey.set(keyOf(r.kind, r.concurrencyKey), (perKey.get(keyOf(r.kind, r.concurrencyKey)) ?? 0) + r.count);
  }
  const picked: string[] = [];
  for (const job of candidates) {
    if (picked.length >= limit) break;
    const cap = caps[job.kind];
    if (!cap) continue;
    const kindCount = perKind.get(job.kind) ?? 0;
    if (kindCount >= cap.total) continue;
    const key = job.concurrencyKey === null ? null : keyOf(job.kind, job.concurrencyKey);
    if (key !== null && cap.perKey !== undefined && (perKey.get(key) ?? 0) >= cap.perKey) continue;
    picked.push(job.id);
    perKind.set(job.kind, kindCount + 1);
    if (key !== null) perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  return picked;
}

/** Keys already at their cap, so the claim query can leave their jobs out and look further down the queue. */
export function fullKeys(running: readonly RunningCount[], caps: Readonly<Record<string, KindCap>>): { kinds: string[]; keys: Array<{ kind: string; key: string }> } {
  const kinds = new Map<string, number>();
  for (const r of running) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + r.count);
  return {
    kinds: [...kinds].filter(([kind, n]) => caps[kind] !== undefined && n >= caps[kind]!.total).map(([kind]) => kind),
    keys: running
      .filter((r) => r.concurrencyKey !== null && caps[r.kind]?.perKey !== undefined && r.count >= caps[r.kind]!.perKey!)
      .map((r) => ({ kind: r.kind, key: r.concurrencyKey! })),
  };
}
