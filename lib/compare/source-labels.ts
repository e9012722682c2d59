/**
 * How an article is named beside others, one rule for every view and format
 * (compare page, story page, reports, CLI): by its outlet, and when another
 * article beside it has the same outlet, by something that tells the two
 * apart. Two pieces of one paper named "Brackley Gazette vs Brackley Gazette"
 * leave the analyst guessing which side a gap is on.
 *
 * - In a story the articles have an order every view shares, so a repeated
 *   outlet is numbered by it: "Meridian Press (1)", "Meridian Press (3)".
 * - Two articles compared on their own have no such order: the outlet takes
 *   the publication day when the days differ ("Brackley Gazette (6 Dec)"),
 *   else a short title ("Brackley Gazette (“Death toll rises…”)"), else the
 *   side's letter ("Meridian Press (A)").
 *
 * The analysis is given these names (AnalyseOptions.labels), so its reasons and
 * notes say them as the rest of the view does; nothing rewrites them after.
 */

import { shortDate } from "../text/calendar-words";

/** What naming needs of an article. */
export interface NamedSource {
  outlet: string;
  title?: string;
  /** ISO date or timestamp. */
  publishedAt?: string | null;
}

export interface SideLabels {
  a: string;
  b: string;
}

/** Characters of a title kept in a label: enough to recognise it, short enough for a button. */
const TITLE_CHARS = 40;

/** Outlets compared as a reader would: "Brackley Gazette" and "brackley gazette " are one outlet. */
function outletKey(outlet: string): string {
  return outlet.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * The story's labels: each outlet, numbered in the given order when the
 * story has several of its articles. The order is the caller's (the story's
 * article order), so "(2)" is the second of that outlet's articles as listed.
 */
export function numberedOutletLabels(outlets: readonly string[]): string[] {
  const totals = new Map<string, number>();
  for (const o of outlets) totals.set(outletKey(o), (totals.get(outletKey(o)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return outlets.map((o) => {
    const key = outletKey(o);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return (totals.get(key) ?? 1) > 1 ? `${o} (${n})` : o;
  });
}

function dayParts(date: string | null | undefined): { year: string; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? "");
  if (!match) return null;
  return { year: match[1]!, month: Number(match[2]), day: Number(match[3]) };
}

/** "6 Dec", with the year when the two days are in different years ("30 Dec 2025"). */
function dayLabel(day: { year: string; month: number; day: number }, withYear: boolean): string {
  return shortDate(day.day, day.month, withYear ? day.year : undefined);
}

/** The title's opening, cut at a word, in quotes. */
function shortTitle(title: string): string {
  const clean = title.trim().replace(/\s+/g, " ");
  if (clean.length <= TITLE_CHARS) return `“${clean}”`;
  const cut = clean.slice(0, TITLE_CHARS + 1).replace(/\s+\S*$/, "");
  return `“${cut || clean.slice(0, TITLE_CHARS)}…”`;
}

/** What tells two articles of one outlet apart, shortest first; null when neither day nor title does. */
function telling(a: NamedSource, b: NamedSource): SideLabels | null {
  const [da, db] = [dayParts(a.publishedAt), dayParts(b.publishedAt)];
  if (da && db && (da.year !== db.year || da.month !== db.month || da.day !== db.day)) {
    const withYear = da.year !== db.year;
    return { a: dayLabel(da, withYear), b: dayLabel(db, withYear) };
  }
  const [ta, tb] = [shortTitle(a.title ?? ""), shortTitle(b.title ?? "")];
  if (a.title?.trim() && b.title?.trim() && ta !== tb) return { a: ta, b: tb };
  return null;
}

/**
 * The names of the two sides of a comparison: their outlets, or "A" and "B"
 * when an outlet is unknown; the same outlet twice is told apart (see above).
 */
export function pairLabels(a: NamedSource, b: NamedSource): SideLabels {
  const names = { a: a.outlet.trim() || "A", b: b.outlet.trim() || "B" };
  if (outletKey(names.a) !== outletKey(names.b)) return names;
  const detail = telling(a, b) ?? { a: "A", b: "B" };
  return { a: `${names.a} (${detail.a})`, b: `${names.b} (${detail.b})` };
}
