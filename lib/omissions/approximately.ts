/**
 * Figures given as a bound or an estimate. "Obama took more than $700 billion
 * out of Medicare" gives the "$716 billion" of another outlet in round terms:
 * it neither leaves the figure out nor contradicts it. A round figure after
 * "more than", "nearly", "about" and the like stands for the values it is
 * consistent with, in its own unit (money in one currency, a share, a count).
 */

import { CURRENCY_SIGNS } from "./currencies";

/** A canonical figure ("$700000000000", "45%", "3000") as its unit and amount. */
export interface Figure {
  unit: string;
  amount: number;
}

const CANONICAL_FIGURE = new RegExp(`^([${CURRENCY_SIGNS}]?)(\\d+(?:\\.\\d+)?)(%?)$`);

export function figureOf(value: string): Figure | undefined {
  const match = CANONICAL_FIGURE.exec(value);
  if (!match) return undefined;
  return { unit: `${match[1]}${match[3]}`, amount: Number(match[2]) };
}

const MORE_THAN = { low: 1, high: 1.2 };

/**
 * Words before a figure that make it a bound or an estimate, and the values they allow (as factors
 * of it). Korean ones after a space or at the start (\b knows no Hangul): 최소 and 적어도 "at
 * least", 거의 "nearly", 약 and 대략 "about".
 */
const QUALIFIERS: ReadonlyArray<{ words: RegExp; low: number; high: number }> = [
  { words: /(?:\b(?:more than|over|at least|upwards of|in excess of)|(?:^|\s)(?:최소|적어도))$/i, ...MORE_THAN },
  { words: /(?:\b(?:nearly|almost|close to|just under)|(?:^|\s)거의)$/i, low: 0.85, high: 1 },
  { words: /\b(?:less than|fewer than|under)$/i, low: 0.8, high: 1 },
  { words: /(?:\b(?:about|around|roughly|approximately|some|an estimated|estimated)|(?:^|\s)(?:약|대략))$/i, low: 0.9, high: 1.1 },
];

/** Whether a figure is round: at most two significant digits ("700", "3,000", "45", "1.5"). */
function isRound(amount: number): boolean {
  if (amount <= 0) return false;
  const digits = String(amount).replace(/\.|^0+/g, "").replace(/0+$/, "");
  return digits.length <= 2;
}

/**
 * The values a figure stands for when the words before it qualify it and it is
 * round; `before` ends where the figure (or its currency sign) starts.
 */
export function boundsOf(before: string, figure: Figure | undefined): { low: number; high: number } | undefined {
  if (!figure || !isRound(figure.amount)) return undefined;
  const words = before.replace(/\s+$/, "");
  const qualifier = QUALIFIERS.find((q) => q.words.test(words));
  return qualifier ? { low: figure.amount * qualifier.low, high: figure.amount * qualifier.high } : undefined;
}

/** The values a round figure marked as a lower bound after it stands for: Korean "18만여 명", over 180,000. */
export function boundsOver(figure: Figure): { low: number; high: number } | undefined {
  return isRound(figure.amount) ? { low: figure.amount * MORE_THAN.low, high: figure.amount * MORE_THAN.high } : undefined;
}

/** The approximate figures of an article, by unit. */
export type Estimates = ReadonlyMap<string, ReadonlyArray<{ low: number; high: number }>>;

/** Whether a figure (canonical value) falls within one of an article's bounds or estimates of the same unit. */
export function withinEstimates(value: string, estimates: Estimates): boolean {
  const figure = figureOf(value);
  if (!figure) return false;
  return (estimates.get(figure.unit) ?? []).some((range) => figure.amount >= range.low && figure.amount <= range.high);
}

/** Whether a bound or an estimate of ours ("more than $1 million") allows one of an article's exact figures of its unit ("$1.1 million"). */
export function estimateCovers(value: string, range: { low: number; high: number } | undefined, exact: ReadonlyMap<string, readonly number[]>): boolean {
  const unit = range ? figureOf(value)?.unit : undefined;
  if (!range || unit === undefined) return false;
  return (exact.get(unit) ?? []).some((amount) => amount >= range.low && amount <= range.high);
}

/**
 * A figure written with a scale word ("3.99 million", "$4.2 billion") is a
 * rounding of an exact one: it stands for the values that round to it at the
 * digits it gives, and says so to that many significant digits.
 */
export interface Rounding {
  low: number;
  high: number;
  digits: number;
}

/** Significant digits of a number as written or as an amount: "3.99" has 3, 3987214 has 7, 4200000 has 2. */
export function significantDigits(written: string): number {
  return written.replace(/[^\d]/g, "").replace(/^0+/, "").replace(/0+$/, "").length;
}

/** The rounding a figure written as `written` ("3.99") times `scale` (a million) stands for. */
export function roundingOf(written: string, scale: number): Rounding | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(written)) return undefined;
  const decimals = written.split(".")[1]?.length ?? 0;
  const amount = Number(written) * scale;
  const step = scale / 10 ** decimals;
  return { low: amount - step / 2, high: amount + step / 2, digits: significantDigits(written) };
}

/**
 * Whether a rounding stands for an exact amount: the amount rounds to it and
 * is given to at least two more significant digits, so that "3.99 million"
 * stands for 3,987,214 and "4 million" for 3,987,214, but "4 million" not for
 * "3.6 million" nor "4.2 million" for "4.15 million": those are other figures.
 */
export function roundsTo(amount: number, rounding: Rounding): boolean {
  return amount >= rounding.low && amount < rounding.high && significantDigits(String(amount)) >= rounding.digits + 2;
}
