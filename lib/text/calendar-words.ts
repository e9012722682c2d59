/** Day and month names as normalised words (lower case), in calendar order. */
export const WEEKDAY_NAMES: readonly string[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

export const MONTH_NAMES: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/** Abbreviated month names as written in datelines ("Jan.", "Sept."), normalised. */
export const MONTH_ABBREVIATIONS: readonly string[] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/**
 * Month names as a page or report writes a date for a reader ("Jan" … "Dec"), in calendar order.
 * Written out rather than left to the locale: a date reads the same on every machine and in every
 * format (Node's "en-GB" writes "Sept" for September in some versions and "Sep" in others).
 */
export const SHORT_MONTH_NAMES: readonly string[] = MONTH_NAMES.map((m) => `${m[0]!.toUpperCase()}${m.slice(1, 3)}`);

/** "6 Dec", or "6 Dec 2026" with a year; `month` counts from 1 (January). */
export function shortDate(day: number, month: number, year?: number | string): string {
  return `${day} ${SHORT_MONTH_NAMES[month - 1] ?? ""}${year === undefined ? "" : ` ${year}`}`;
}
