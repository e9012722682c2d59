/**
 * Coverage of one event is published within days; two similar articles a year
 * apart are about two events (this year's shutdown, last year's shutdown).
 * Similarity is kept in full inside the window and halves every half-life past it.
 */
const DAY_MS = 86_400_000;

export function dayNumber(date: string | undefined): number | null {
  if (!date) return null;
  const ms = Date.parse(date);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

/**
 * `undated` applies when either date is unknown: without a date, similar wording
 * is the only evidence, and topics recur (this year's shutdown, last year's),
 * so an undated pair must be more alike to join.
 */
export function dateFactor(dayA: number | null, dayB: number | null, windowDays: number, halfLifeDays: number, undated = 1): number {
  if (dayA === null || dayB === null) return undated;
  const beyond = Math.abs(dayA - dayB) - windowDays;
  return beyond <= 0 ? 1 : Math.pow(0.5, beyond / halfLifeDays);
}
