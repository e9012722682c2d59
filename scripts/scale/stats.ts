/** Percentiles and the compact figure strings the scale script prints. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Spread {
  p50: number;
  p95: number;
  n: number;
  /** Mean CPU milliseconds per call (the server's, for pages): steadier than wall time on a shared machine. */
  cpu?: number;
}

export function spread(values: readonly number[], cpu?: number): Spread {
  return { p50: percentile(values, 50), p95: percentile(values, 95), n: values.length, cpu };
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

export function showSpread(s: Spread): string {
  return `${ms(s.p50)} / ${ms(s.p95)}${s.cpu === undefined ? "" : `, CPU ${ms(s.cpu)}`}`;
}
