/**
 * Spans of time said in one unit or another: "24 months" and "two years",
 * "72 hours" and "three days", "18 months" and "a year and a half", a
 * "one-day drop" and a "single-day fall" are each one span, and an outlet
 * that writes one has not left out the other's figure. Each span gets one
 * canonical value to compare by, exact and no more: hours, days and weeks in
 * minutes ("4320min"), months and years in months ("24mo"). A month is no
 * whole number of days or weeks, so "12 weeks" is never "three months".
 */
import type { Token } from "../text/tokens";

export type SpanUnit = "minute" | "hour" | "day" | "week" | "month" | "year";

/** Minutes in one of each unit counted in minutes. */
const MINUTES: Readonly<Partial<Record<SpanUnit, number>>> = { minute: 1, hour: 60, day: 1440, week: 10080 };
/** Months in one of each unit counted in months. */
const MONTHS: Readonly<Partial<Record<SpanUnit, number>>> = { month: 1, year: 12 };

const UNIT_WORDS: Readonly<Record<string, SpanUnit>> = {
  minute: "minute", minutes: "minute", hour: "hour", hours: "hour", day: "day", days: "day",
  week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year",
};

/** The unit a word names: "days" is a number of days. */
export function spanUnitOf(t: Token | undefined): SpanUnit | undefined {
  return t ? UNIT_WORDS[t.surface.toLowerCase()] : undefined;
}

/** A span's amount as its canonical value writes it: "19", "1.5". */
export function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** The canonical value of `amount` of `unit`: "4320min" for three days, "24mo" for two years. */
export function spanValue(amount: number, unit: SpanUnit): string {
  const minutes = MINUTES[unit];
  return minutes !== undefined ? `${formatAmount(amount * minutes)}min` : `${formatAmount(amount * (MONTHS[unit] as number))}mo`;
}

/** A number joined to its unit, as an adjective: "three-day" is read "3-day", "24-month" stays so. */
const COMPOUND = /^(\d+(?:\.\d+)?)-(minute|hour|day|week|month|year)$/;

/** The span a compound adjective says ("3-day strike", "24-month plan"), as its canonical value. */
export function compoundSpanValue(value: string): string | undefined {
  const match = COMPOUND.exec(value);
  return match ? spanValue(Number(match[1]), match[2] as SpanUnit) : undefined;
}

const isWord = (t: Token | undefined, ...words: string[]) => t !== undefined && words.includes(t.norm);

/** Whether "and a half" follows the token at `last`. */
function halfFollows(tokens: readonly Token[], last: number): boolean {
  return isWord(tokens[last + 1], "and") && isWord(tokens[last + 2], "a") && isWord(tokens[last + 3], "half");
}

/**
 * "and a half" and its unit after the number that ends at `last`: "two and a
 * half years". Returns the unit and the index of the last token read.
 */
export function andAHalf(tokens: readonly Token[], last: number): { unit: SpanUnit; last: number } | undefined {
  const unit = halfFollows(tokens, last) ? spanUnitOf(tokens[last + 4]) : undefined;
  return unit ? { unit, last: last + 4 } : undefined;
}

/** Spans of years said by one word: "a decade and a half" is 15 years. */
const YEARS_IN: Readonly<Record<string, number>> = { decade: 10, century: 100 };

/** Words before "a year", "a day" that make it a rate, no span: "$40,000 a year", "twice a day", "per day". */
const RATE_WORDS: ReadonlySet<string> = new Set(["once", "twice", "thrice", "times", "per"]);

/**
 * The spans a text says in words alone, as canonical values: "a year and a
 * half" (18mo), "half a year" (6mo), "an hour and a half", "a year", "one
 * year", and "single-day" said for "one-day" (as "1-day" and a day). No
 * figures of their own: only what makes the other side's "18 months", "24
 * hours" or "one-day" said (article-reading.ts, numberValues).
 */
export function spansInWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "single-day", "single-year": one of the unit, as "one-day" is.
    const single = /^single-(\p{L}+)$/u.exec(t.norm);
    const singleUnit = single ? UNIT_WORDS[single[1] as string] : undefined;
    if (singleUnit) {
      out.push(`1-${singleUnit}`, spanValue(1, singleUnit));
      continue;
    }
    // "half a year", "half an hour", "half a day".
    if (t.norm === "half" && isWord(tokens[i + 1], "a", "an")) {
      const unit = spanUnitOf(tokens[i + 2]);
      if (!unit) continue;
      out.push(spanValue(0.5, unit));
      // Past its unit: "a year" in "half a year" is no whole year.
      i += 2;
      continue;
    }
    // "a year", "an hour and a half", "one year" ("one" is a figure only with a number's reading, see numbers.ts).
    const one = t.norm === "a" || t.norm === "an" || t.norm === "1";
    // "a decade and a half", "the next decade and a half": 15 years ("a decade" alone is read as 10 by numbers.ts).
    const years = YEARS_IN[t.norm];
    if (years !== undefined && halfFollows(tokens, i)) {
      out.push(spanValue(1.5 * years, "year"));
      i += 4;
      continue;
    }
    const unit = one ? spanUnitOf(tokens[i + 1]) : undefined;
    if (!unit || RATE_WORDS.has(tokens[i - 1]?.norm ?? "") || tokens[i - 1]?.isNumber) continue;
    // "One day, they were told…", "on a day when…": a day it happened, no span.
    if (unit === "day" && (t.norm === "1" || tokens[i - 1]?.norm === "on")) continue;
    // "a year and a half": the half after the unit.
    const half = halfFollows(tokens, i + 1);
    out.push(spanValue(half ? 1.5 : 1, unit));
    i += half ? 4 : 1;
  }
  return out;
}
