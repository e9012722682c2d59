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
