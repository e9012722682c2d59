/** Display formats shared by pages. UTC, so server and browser render the same string. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "undated";
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "undated";
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "7 Dec 2026, 02:14 UTC": when something was saved or done. */
export function formatDateTime(iso: string): string {
  return `${new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

/** "7 Dec, 10:21": when a review was made, compact beside it (formatDateTime gives the full time, in its tooltip). */
export function formatShortDateTime(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day}, ${time}`;
}
