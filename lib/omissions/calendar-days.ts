/**
 * Days of the month as dates, however they are written: "Feb. 3-5",
 * "February 3 to 5", "3-5 February", "3 to 5 February" are one span of days,
 * "3 December" the "Dec 3" of another outlet. A date is never a figure
 * (numbers.ts): read before, the "3-5" of "Feb. 3-5" was a count, "a figure
 * left out" against "February 3 to 5", whose "5" was one too, and the day
 * of "3 December" was a count 3.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../text/calendar-words";
import type { Token } from "../text/tokens";

const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
/** "aug" → "august", "sept" → "september". */
const MONTH_BY_ABBREVIATION: ReadonlyMap<string, string> = new Map(
  MONTH_ABBREVIATIONS.map((a) => [a, MONTH_NAMES.find((m) => m.startsWith(a)) as string]),
);

/** The month a capitalised token names, in full ("august"), if any. */
export function monthOf(t: Token | undefined): string | undefined {
  if (!t?.isCapitalized) return undefined;
  const lower = t.surface.toLowerCase();
  return MONTHS.has(lower) ? lower : MONTH_BY_ABBREVIATION.get(t.norm);
}

/** A day of the month as written: "3", "03", "3rd". */
function dayOf(t: Token | undefined): number | undefined {
  const match = t ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.norm) : null;
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? day : undefined;
}

/** Days written as one token: "3-5". */
function joinedDays(t: Token | undefined): [number, number] | undefined {
  const match = t ? /^(\d{1,2})-(\d{1,2})$/.exec(t.norm) : null;
  if (!match) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from >= 1 && from < to && to <= 31 ? [from, to] : undefined;
}

/** Words between the first and last day of a span: "3 to 5", "3 through 5", "3 - 5". */
const SPAN_GAP = /^[ \u00a0]*(?:-|to|through|thru|until|till)[ \u00a0]*$/i;

/** The days from token `i` on: one day, or a span of them. The index of the last token read. */
function daysAt(tokens: readonly Token[], i: number, text: string): { days: string; last: number } | undefined {
  const joined = joinedDays(tokens[i]);
  if (joined) return { days: `${joined[0]}-${joined[1]}`, last: i };
  const first = dayOf(tokens[i]);
  if (first === undefined) return undefined;
  const end = tokens[i + 2];
  const last = dayOf(end);
  const gap = end ? text.slice((tokens[i] as Token).end, end.start) : "";
  const spans = last !== undefined && last > first && SPAN_GAP.test(gap);
  return spans ? { days: `${first}-${last}`, last: i + 2 } : { days: String(first), last: i };
}

export interface CalendarDays {
  /** "february 3", "february 3-5". */
  value: string;
  start: number;
  end: number;
  /** The index of the last token read. */
  last: number;
}

/** The days after the month named at `monthAt`: "May 4", "Feb. 3-5", "February 3 to 5". */
export function daysAfterMonth(tokens: readonly Token[], monthAt: number, month: string, text: string): CalendarDays | undefined {
  const days = daysAt(tokens, monthAt + 1, text);
  if (!days) return undefined;
  return { value: `${month} ${days.days}`, start: (tokens[monthAt] as Token).start, end: (tokens[days.last] as Token).end, last: days.last };
}

/** Days before the month they are of, from token `i`: "3 December", "3-5 February", "3 to 5 February". */
export function daysBeforeMonth(tokens: readonly Token[], i: number, text: string): CalendarDays | undefined {
  const days = daysAt(tokens, i, text);
  const monthToken = days ? tokens[days.last + 1] : undefined;
  const month = monthOf(monthToken);
  if (!days || !month || !monthToken || !/^[ \u00a0]$/.test(text.slice((tokens[days.last] as Token).end, monthToken.start))) return undefined;
  return { value: `${month} ${days.days}`, start: (tokens[i] as Token).start, end: monthToken.end, last: days.last + 1 };
}
