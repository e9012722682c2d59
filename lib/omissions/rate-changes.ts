/**
 * A change in a rate, said in any of the ways outlets say it: "25 basis
 * points", "0.25 percentage point", "a quarter of a percentage point", "a
 * quarter-point rise" and, of a rate, "a 0.25 per cent hike" are one change.
 * Each gets one canonical value in percentage points ("0.25pp") to compare
 * by, besides its own figure, so that an outlet writing one has not left out
 * the other's figure: read before, "25 basis points" against "a 0.25 per cent
 * hike" was a figure 25 left out one way and 0.25 the other, and "a quarter of
 * a percentage point" gave no figure at all.
 *
 * A percentage is a change in points only when it says so ("percentage
 * point") or changes a rate: "a 0.25 per cent hike in the repo rate" is, "a
 * 5% rise in prices" is not (prices rise by a share of themselves).
 */
import type { Token } from "../text/tokens";

/** A value in percentage points, as compared: "0.25pp". */
export function pointsValue(points: number): string {
  return `${Number(points.toFixed(6))}pp`;
}

/** "basis points", "basis point", "bp", "bps" after a number (at `next`): the index of the unit's last token. */
export function basisPointsAt(tokens: readonly Token[], next: number): number | undefined {
  const t = tokens[next];
  if (!t) return undefined;
  if (t.norm === "bp" || t.norm === "bps") return next;
  const points = tokens[next + 1];
  return t.norm === "basis" && points && (points.norm === "point" || points.norm === "points") ? next + 1 : undefined;
}

/** "25bp", "50bps": the number with its unit written onto it. */
export function compactBasisPoints(surface: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)bps?$/i.exec(surface);
  return match ? Number(match[1]) : undefined;
}

/** Nouns and verbs of a change: "a 0.25 per cent hike", "raised by 0.5%". */
const CHANGE_NOUNS = /^[ \u00a0]*(?:%|percent|per cent)(?:age)?[ \u00a0-]*(?:point[ \u00a0-]*)?(?:hike|rise|increase|raise|cut|reduction|drop|fall|decrease)s?\b/i;
/** "percentage point", "percentage points", "percentage-point", "pct point". */
const PERCENTAGE_POINT = /^[ \u00a0]*(?:percentage|pct)[ \u00a0-]points?\b/i;
/** A rate the passage is about: a percentage that changes one is a change in points. */
const RATE_WORDS = /\b(?:rates?|yields?|repo|coupon|spread)\b/i;

/**
 * The percentage points a percentage figure (its number `amount`, written in
 * `text` up to `end`) stands for: every "percentage point" figure, and a
 * percentage that changes a rate the passage names ("a 0.25 per cent hike",
 * "raised by 0.25%"). `start` is where the figure starts.
 */
export function percentagePoints(text: string, start: number, end: number, amount: number): string | undefined {
  const after = text.slice(end, end + 40);
  if (PERCENTAGE_POINT.test(after)) return pointsValue(amount);
  const changes = CHANGE_NOUNS.test(after) || /\bby[ \u00a0]*$/i.test(text.slice(Math.max(0, start - 6), start));
  return changes && RATE_WORDS.test(text) ? pointsValue(amount) : undefined;
}

/** Fractions of a point said in words, by the word's normalised form. */
const FRACTION_WORDS: Readonly<Record<string, number>> = { quarter: 0.25, half: 0.5, "3-quarters": 0.75, "3-quarter": 0.75 };
/** The same written onto the point: "quarter-point", "half-point", "three-quarter-point" ("3-quarter-point"). */
const JOINED_POINT = /^(quarter|half|3-quarters?)-(?:percentage-)?point$/;

const isWord = (t: Token | undefined, ...words: string[]) => t !== undefined && words.includes(t.norm);

/** "point", "percentage point" or "percentage-point" from token `i`: the index of its last token, and whether it says "percentage". */
function pointAt(tokens: readonly Token[], i: number): { last: number; percentage: boolean } | undefined {
  if (isWord(tokens[i], "point", "points")) return { last: i, percentage: false };
  if (isWord(tokens[i], "percentage-point", "percentage-points")) return { last: i, percentage: true };
  return isWord(tokens[i], "percentage", "pct") && isWord(tokens[i + 1], "point", "points") ? { last: i + 1, percentage: true } : undefined;
}

/**
 * The rate changes a text says in words alone, in percentage points: "a
 * quarter of a percentage point", "half a point", "three-quarters of a
 * point", "a quarter-point cut", "a quarter percentage point", "one
 * percentage point", "a full percentage point". No figures of their own: only
 * what makes the other side's "25 basis points" said (article-reading.ts).
 */
export function rateChangesInWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const joined = JOINED_POINT.exec(t.norm);
    if (joined) {
      out.push(pointsValue(FRACTION_WORDS[joined[1] as string] as number));
      continue;
    }
    // "a percentage point", "one percentage point", "a full percentage point".
    if (isWord(t, "a", "1") && !isWord(tokens[i + 1], "quarter", "half")) {
      const full = isWord(tokens[i + 1], "full") ? 1 : 0;
      const point = pointAt(tokens, i + 1 + full);
      if (!point) continue;
      // Only "percentage point": "a point" alone is as often a moment or a remark.
      if (point.percentage) out.push(pointsValue(1));
      i = point.last;
      continue;
    }
    const fraction = FRACTION_WORDS[t.norm];
    if (fraction === undefined) continue;
    // "half a point", "a quarter of a percentage point", "three-quarters of a point", "a quarter percentage point";
    // not "the half point" of a match.
    let j = i + 1;
    if (isWord(tokens[j], "of")) j++;
    if (isWord(tokens[j], "a")) j++;
    const point = j > i + 1 || fraction !== 0.5 ? pointAt(tokens, j) : undefined;
    if (!point) continue;
    out.push(pointsValue(fraction));
    i = point.last;
  }
  return out;
}

/**
 * Whether the share word at `i` ("a quarter of", "half of") is a fraction of a
 * point, not a share of something: "a quarter of a percentage point" says no
 * 25%.
 */
export function fractionOfAPoint(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (isWord(tokens[j], "of")) j++;
  if (isWord(tokens[j], "a")) j++;
  return pointAt(tokens, j) !== undefined;
}
