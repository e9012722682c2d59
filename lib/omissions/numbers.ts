/**
 * Numbers and dates in a passage, in one canonical form each so that "three",
 * "3" and "three-day"/"3-day" compare as equal and "$5 million" as 5000000.
 */
import { tokenize, type Token } from "../text/tokens";
import { WEEKDAY_NAMES } from "../text/calendar-words";
import { ENGLISH, type TextLanguage } from "../text/language";
import { boundsOf, boundsOver, figureOf, roundingOf, type Rounding } from "./approximately";
import { daysAfterMonth, daysBeforeMonth, monthOf } from "./calendar-days";
import { compactAmount } from "./compact-amounts";
import { namesAKind } from "./compound-modifiers";
import { CURRENCY_SIGN, currencyAfter, currencyBefore } from "./currencies";
import { croreAfter, INDIAN_SCALES } from "./indian-units";
import { basisPointsAt, compactBasisPoints, fractionOfAPoint, percentagePoints, pointsValue } from "./rate-changes";
import { fractionValue } from "./written-fractions";
import { readDuration, type Duration, type DurationUnit } from "./durations";
import { readKoreanNumber } from "./korean-numbers";
import { inTitleCase, isNameNumber } from "./name-numbers";
import { readNumberWords } from "./number-words";
import { andAHalf, compoundSpanValue, spanUnitOf, spanValue, type SpanUnit } from "./time-spans";
import { joinSpanParts } from "./span-parts";
import { joinedNumberWord } from "../text/normalize";

export type NumberKind = "count" | "date" | "ordinal";

export interface NumberMention {
  /** Canonical value: "3", "3-day", "$5000000", "12%", "may 4", "monday", "2nd". */
  value: string;
  /** Only values of one kind can contradict each other: "Friday" vs "two" is no change. */
  kind: NumberKind;
  /** As written. */
  surface: string;
  /** Offsets of `surface` in the text it was read from. */
  start: number;
  end: number;
  /**
   * A round figure given as a bound or an estimate ("more than $700 billion", "nearly 50", "about
   * 3,000"): the values it is consistent with, in its unit (see approximately.ts).
   */
  approx?: { low: number; high: number };
  /**
   * A figure written with a scale word ("3.99 million") is a rounding: the exact figures it stands
   * for ("3,987,214"), see approximately.ts.
   */
  rounding?: Rounding;
  /**
   * The same quantity in the unit a word after the figure is a number of: "two decades" is 20
   * (years), "three dozen" 36 (see QUANTITY_WORDS).
   */
  equivalent?: string;
  /**
   * A length of time in hours and minutes (durations.ts): its minutes, and the largest unit written,
   * what it is a number of ("4 h 40" and "five hours" are both hours).
   */
  duration?: { minutes: number; unit: DurationUnit };
  /**
   * A number inside a compound that names a kind of thing ("one-off", "the six-member committee", "the
   * 10-year bond"): no quantity, so no figure (compound-modifiers.ts).
   */
  modifier?: true;
  /**
   * The value flag keys use when it differs from `value`: the bare figure of an amount whose
   * currency keys did not carry before (a currency word, a code, a sign after it; see
   * currencies.ts), so earlier reviews still attach.
   */
  keyValue?: string;
}

/**
 * Scale words after a number: "3 million", and the plurals other languages write after one ("2,5
 * millions", "5,7 milliards", "3 Milliarden", "2 millones"). Not the French "billion", a trillion.
 */
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12,
  millions: 1e6, milliard: 1e9, milliards: 1e9, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, millones: 1e6, milioni: 1e6, miliardi: 1e9,
  ...INDIAN_SCALES,
};
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/**
 * Number words too often not a count ("one of them", "a second look" is kept: order matters in news),
 * or not one anyone reports: "zero" ("ground zero", "zero precedent", "Ground Zero" a name), unless
 * it counts something ("zero casualties": countsZero).
 */
const AMBIGUOUS_WORDS = new Set(["one", "zero"]);

/** Plurals without an "s" that "zero" may count: "zero people". */
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(["people", "children", "men", "women", "police", "staff", "personnel", "crew"]);

/**
 * "zero" as a count of something, which another outlet may give as two: "zero
 * casualties", "zero deaths", "zero people". Not "ground zero", "Zero Hour",
 * nor "zero tolerance" or "zero precedent" (a singular: a manner of speaking,
 * not a count anyone reports against another).
 */
function countsZero(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  if (!t || !next || next.isNumber || !next.isContent || next.start !== t.end + 1) return false;
  if (before?.norm === "ground" || (t.isCapitalized && i > 0)) return false;
  const noun = next.surface.toLowerCase();
  return PLURALS_WITHOUT_S.has(noun) || (/s$/.test(noun) && !/(?:ss|us|is)$/.test(noun));
}

/**
 * Words that are an exact number of something else, so a figure said with one is the same figure
 * said in the other's unit: "a decade" is ten years, "two dozen" 24. Only exact ones ("a couple",
 * "dozens", "a score" are not, nor is "a fortnight", two weeks or 14 days).
 */
const QUANTITY_WORDS: Readonly<Record<string, number>> = { decade: 10, decades: 10, century: 100, centuries: 100, dozen: 12 };
/** Shares said in words, before "of" or "the": "half of the voters" is 50 percent of them. */
const SHARE_WORDS: Readonly<Record<string, string>> = { half: "50%", quarter: "25%", "3-quarters": "75%" };
/** What says "one" of a quantity word: "a decade", "one dozen". */
const ONE: ReadonlySet<string> = new Set(["a", "an", "one", "1"]);
/** Words before "one" that make it no count: "no one", "the one who", "each one", "which one". */
const NOT_COUNTING_ONE: ReadonlySet<string> = new Set(["no", "any", "every", "some", "each", "the", "this", "that", "which", "another"]);

/**
 * The figures a text gives in words alone, as canonical values: "a decade" (10), "a dozen" (12),
 * "half of" (50%), "a quarter of" (25%), "a hundred" (100), "one person" (1). They are no figures
 * of their own (no one gets "a decade" wrong, "a hundred" is often loose, and "one" is as often a
 * pronoun), only what makes "ten years", "50 percent", "100" or "1" said on the other side
 * (article-reading.ts, givesFigure).
 */
export function figuresInWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (!t) continue;
    // "a hundred", "a thousand and one".
    const said = t.norm === "a" || t.norm === "an" ? readNumberWords(tokens, i, true) : undefined;
    if (said) {
      out.push(formatNumber(said.amount));
      i = said.last;
      continue;
    }
    // "one person was killed", not "one of the victims", "no one", "one another".
    const after = tokens[i + 1];
    const countsOne = after?.isContent && !after.isNumber && after.norm !== "another" && QUANTITY_WORDS[after.norm] === undefined;
    if (t.surface.toLowerCase() === "one" && countsOne && !NOT_COUNTING_ONE.has(before?.norm ?? "")) out.push("1");
    const times = QUANTITY_WORDS[t.norm];
    if (times !== undefined && before && ONE.has(before.norm) && !t.norm.endsWith("s")) out.push(formatNumber(times));
    const share = SHARE_WORDS[t.norm];
    const next = tokens[i + 1]?.norm;
    // "Three-quarters of", "half of", "a quarter of" the voters; not "a quarter of a percentage point" (rate-changes.ts).
    const shared = t.norm !== "quarter" || (before !== undefined && ONE.has(before.norm));
    if (share !== undefined && (next === "of" || next === "the") && shared && !fractionOfAPoint(tokens, i)) out.push(share);
  }
  return out;
}

function scaleOf(t: Token | undefined): number | undefined {
  return t ? SCALES[t.surface.toLowerCase()] : undefined;
}

/**
 * Chinese and Japanese multipliers written onto a number: "18万" is 180,000, "1.5億" 150,000,000.
 * Not 兆, a trillion in Japanese but often a million in Chinese.
 */
const CJK_SCALES: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8 };
/** Korean multipliers, read with the parts they join by korean-numbers.ts: "18만", "3억", "5천만", "2억 5천만". */
const KOREAN_MULTIPLIER = /^[십백천만억조]$/;
/** Han, hiragana, katakana or Hangul: a counter or unit written straight after a number ("2000人", "18万バレル", "2000명"). */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Languages that write a decimal comma ("5,7 milliards" is 5.7 billion) and group thousands with a
 * dot or a space ("1.200", "1 200"); ISO 639-3 codes as lib/text/language.ts names them.
 */
const DECIMAL_COMMA_LANGUAGES: ReadonlySet<string> = new Set(["deu", "fra", "spa", "por", "ita", "nld", "pol", "tur", "ron", "swe", "ces", "hun", "vie", "ind", "zlm", "rus", "ukr"]);
/** Spaces that group digits: the no-break and narrow no-break spaces French typography puts in "1 200". */
const GROUPING_SPACES = /^[\u00a0\u202f]$/;

/**
 * How a text writes its numbers, from its language: English (and a text too short to tell) writes
 * "1,200" and "5.7"; French "1 200" and "5,7", German "1.200" and "5,7".
 */
interface NumberStyle {
  decimalComma: boolean;
  /** A plain space groups digits ("1 200"): never read so in English, where "in 2021 200 people" is two. */
  spaceGroups: boolean;
}

function styleOf(language: TextLanguage): NumberStyle {
  return { decimalComma: DECIMAL_COMMA_LANGUAGES.has(language.code), spaceGroups: !language.english };
}

/**
 * Where the digit groups of a number written with spaces end ("1 200", "12 500 000"): the first
 * group of 1–3 digits, then groups of exactly three each after one grouping space and nothing
 * else; `i` when the number has no such groups.
 */
function lastGroupIndex(tokens: readonly Token[], i: number, text: string, style: NumberStyle): number {
  const first = tokens[i];
  if (!first || !/^\d{1,3}$/.test(first.surface)) return i;
  let last = i;
  for (;;) {
    const prev = tokens[last] as Token;
    const next = tokens[last + 1];
    if (!next || next.start !== prev.end + 1 || !/^\d{3}$/.test(next.surface)) return last;
    const gap = text.charAt(prev.end);
    if (!GROUPING_SPACES.test(gap) && !(style.spaceGroups && gap === " ")) return last;
    last++;
  }
}

/** The number a token writes in the text's style: "5,7" is 5.7 and "1.200" 1200 with a decimal comma. */
function digitsOf(t: Token, style: NumberStyle): string {
  if (!style.decimalComma) return t.norm;
  if (/^\d+,\d+$/.test(t.surface)) return t.surface.replace(",", ".");
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t.surface)) return t.surface.replace(/\./g, "");
  return t.norm;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/**
 * Where a number written in digit groups ends (see lastGroupIndex). English
 * groups with a plain space only in an amount of money, whose currency
 * leaves no doubt ("€450 000", "450 000 dollars"): elsewhere "in 2021 200
 * people" would be one number.
 */
function groupEnd(tokens: readonly Token[], i: number, text: string, style: NumberStyle): number {
  const strict = lastGroupIndex(tokens, i, text, style);
  if (strict > i || style.spaceGroups) return strict;
  const loose = lastGroupIndex(tokens, i, text, { ...style, spaceGroups: true });
  if (loose === i) return i;
  const amount = Number(tokens.slice(i, loose + 1).map((g) => g.surface).join(""));
  const money = currencyBefore(tokens, i, text) !== undefined || currencyAfter(tokens, loose, text, (tokens[loose] as Token).end, amount, false) !== undefined;
  return money ? loose : i;
}

/** The index of the last token that starts before `offset`, from `i` on: what a reading that ends there has read. */
function lastTokenBefore(tokens: readonly Token[], i: number, offset: number): number {
  let last = i;
  while ((tokens[last + 1]?.start ?? Infinity) < offset) last++;
  return last;
}

/**
 * A length of time as a mention: "5 hours" keeps its number as its value (5, and 300 minutes as
 * its equivalent), "4 h 40" is one value in minutes ("280min") whatever its spelling.
 */
function durationMention(text: string, d: Duration): NumberMention {
  const minutes = `${formatNumber(d.minutes)}min`;
  const value = d.compound ? minutes : formatNumber(d.count);
  const approx = d.compound ? undefined : boundsOf(text.slice(Math.max(0, d.start - 24), d.start), figureOf(value));
  return {
    value,
    kind: "count",
    surface: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    duration: { minutes: d.minutes, unit: d.unit },
    ...(d.compound ? {} : { equivalent: minutes }),
    ...(approx ? { approx } : {}),
  };
}

/**
 * A span said with "and a half" ("two and a half years", "one and a half
 * hours") as one figure, 2.5 or 1.5 of its unit, with its length in that
 * unit's canonical value to compare by (time-spans.ts): not a figure 2, nor
 * one the other side's "30 months" leaves out.
 */
function halfSpanMention(text: string, start: number, end: number, amount: number, unit: SpanUnit): NumberMention {
  const value = formatNumber(amount);
  const approx = boundsOf(text.slice(Math.max(0, start - 24), start), figureOf(value));
  const equivalent = spanValue(amount, unit);
  const duration = unit === "hour" || unit === "minute" ? { duration: { minutes: amount * (unit === "hour" ? 60 : 1), unit } } : {};
  return { value, kind: "count", surface: text.slice(start, end), start, end, equivalent, ...duration, ...(approx ? { approx } : {}) };
}

/**
 * `tokens`: the text's tokens when the caller already has them (read, never changed); `language`:
 * the text's, for how it writes numbers (see NumberStyle).
 */
export function extractNumbers(text: string, tokens: readonly Token[] = tokenize(text), language: TextLanguage = ENGLISH): NumberMention[] {
  const style = styleOf(language);
  const out: NumberMention[] = [];
  // Read once, when a number follows a capitalised word: capitals tell names only in English, and not in title case.
  let namesReadable: boolean | undefined;
  const readsNames = () => (namesReadable ??= language.english && !inTitleCase(tokens));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const lower = t.surface.toLowerCase();
    if (WEEKDAYS.has(lower) && t.isCapitalized) {
      out.push({ value: lower, surface: t.surface, kind: "date", start: t.start, end: t.end });
      continue;
    }
    // "May 4", "Feb. 3-5", "February 3 to 5", and "Aug. 16" as "august 16" so both spellings compare (calendar-days.ts).
    const month = monthOf(t);
    if (month) {
      const days = daysAfterMonth(tokens, i, month, text);
      if (days) {
        out.push({ value: days.value, surface: text.slice(days.start, days.end), kind: "date", start: days.start, end: days.end });
        i = days.last;
      }
      continue;
    }
    if (!t.isNumber) continue;
    // "3 December", "3-5 February", "3 to 5 February": days of a month, a date.
    const daysFirst = daysBeforeMonth(tokens, i, text);
    if (daysFirst) {
      out.push({ value: daysFirst.value, surface: text.slice(daysFirst.start, daysFirst.end), kind: "date", start: daysFirst.start, end: daysFirst.end });
      i = daysFirst.last;
      continue;
    }
    // A time of day ("12:00 p.m.") is a date's, not two figures.
    const minutes = tokens[i + 1];
    if (/^\d{1,2}$/.test(t.norm) && text.charCodeAt(t.end) === 58 && minutes?.start === t.end + 1 && /^\d{2}$/.test(minutes.norm)) {
      out.push({ value: `${parseInt(t.norm, 10)}:${minutes.norm}`, surface: text.slice(t.start, minutes.end), kind: "date", start: t.start, end: minutes.end });
      i++;
      continue;
    }
    // "Channel 9", "Apollo 11", "Route 9": part of a name, no figure (name-numbers.ts).
    if (isNameNumber(tokens, i, text) && readsNames()) continue;
    const first = i;
    // A number in words, read whole: "forty-three", "two hundred and fifty" (number-words.ts).
    const words = language.english && /\p{L}/u.test(t.surface) ? readNumberWords(tokens, i) : undefined;
    // "1 200", "450 000": one number in digit groups, not two.
    const grouped = words ? words.last : groupEnd(tokens, i, text, style);
    // "6¾" is 6.75 (written-fractions.ts), "25bp" 25 basis points (rate-changes.ts), "$2.1bn" 2.1 billion dollars (compact-amounts.ts).
    const fraction = words ? undefined : fractionValue(t.surface);
    const compactPoints = words || fraction !== undefined ? undefined : compactBasisPoints(t.surface);
    const compact = words || fraction !== undefined || compactPoints !== undefined ? undefined : compactAmount(t.surface, CURRENCY_SIGN.test(text.charAt(t.start - 1)));
    const digits = words
      ? formatNumber(words.amount)
      : fraction !== undefined
        ? formatNumber(fraction)
        : compactPoints !== undefined
          ? formatNumber(compactPoints)
          : compact
            ? compact.digits
            : grouped > i
              ? tokens.slice(i, grouped + 1).map((g) => g.surface).join("")
              : digitsOf(t, style);
    const plain = /^\d+(?:\.\d+)?$/.test(digits);
    // A length of time is one figure ("4 h 40" is 280 minutes, not 4 and 40); "à 16 h 40" a time of day.
    const duration = readDuration(tokens, i, grouped, plain ? Number(digits) : undefined, text);
    if (duration) {
      i = duration.last;
      if (duration.clock) out.push({ value: duration.clock, surface: text.slice(duration.start, duration.end), kind: "date", start: duration.start, end: duration.end });
      else if (!AMBIGUOUS_WORDS.has(lower) || duration.compound) out.push(durationMention(text, duration));
      continue;
    }
    // "two and a half years": one figure, 2.5 years.
    const half = plain ? andAHalf(tokens, grouped) : undefined;
    if (half) {
      out.push(halfSpanMention(text, t.start, (tokens[half.last] as Token).end, Number(digits) + 0.5, half.unit));
      i = half.last;
      continue;
    }
    // "one" or "zero" alone; "one hundred" is a figure, and so is "zero casualties" (a count of none).
    if (AMBIGUOUS_WORDS.has(lower) && grouped === i && !(lower === "zero" && countsZero(tokens, i))) continue;
    // "zero-sum", "zero-emission": a kind of thing, not a count of it.
    if (lower.startsWith("zero-")) continue;
    // A bare scale word ("thousands", "a million") is not a figure anyone could get wrong.
    if (SCALES[lower] !== undefined) continue;
    let surfaceEnd = (tokens[grouped] as Token).end;
    i = grouped;
    // "Forty-three-year-old" is the 43-year-old, as "forty-three" is 43.
    const compound = joinedNumberWord(t.surface, t.norm);
    let value = compound ?? t.norm;
    let equivalent: string | undefined;
    let keyValue: string | undefined;
    let start = t.start;
    // Written "18만여" in Korean: more than the figure.
    let over = false;
    // Whether a counter or unit is written straight after the number ("2000人", "2000명"): a count of it, no year…
    let counted = false;
    // …unless that counter is a year's ("2023年", "2023년"), or a day's or a month's of the calendar.
    let yearCounter = false;
    let calendar = false;
    // The scale word a figure is written with ("3.99 million"): a rounding of an exact one.
    let scaledBy: number | undefined;
    // What keys read a figure as before its writing was read whole: "6¾" was "63⁄4", "$2.1bn" "21bn", "₹50 lakh" 50.
    let formerKey = fraction !== undefined || compact || compactPoints !== undefined ? t.norm : undefined;
    if (plain) {
      let n = Number(digits);
      // Written onto the number, and maybe onto its counter too: the tokenizer reads "3千人" as "3", "千人".
      const cjkScale = CJK_SCALES[text.charAt(surfaceEnd)];
      const korean = grouped === first && KOREAN_MULTIPLIER.test(text.charAt(surfaceEnd)) ? readKoreanNumber(text, t.start) : undefined;
      const scale = scaleOf(tokens[i + 1]);
      if (korean) {
        n = korean.amount;
        over = korean.over;
        surfaceEnd = korean.end;
        i = lastTokenBefore(tokens, i, surfaceEnd);
      } else if (cjkScale !== undefined) {
        n *= cjkScale;
        surfaceEnd++;
        if (tokens[i + 1]?.end === surfaceEnd) i++;
      } else if (compact) {
        n *= compact.scale;
        scaledBy = compact.scale;
      } else if (scale !== undefined) {
        // "4.2 lakh crore": a lakh of crores (indian-units.ts), keyed as the bare figure it was read as before.
        const crore = croreAfter(tokens, i + 1, text);
        if (INDIAN_SCALES[tokens[i + 1]?.norm ?? ""] !== undefined) formerKey = digits;
        n *= scale * (crore?.factor ?? 1);
        scaledBy = scale * (crore?.factor ?? 1);
        i = crore?.last ?? i + 1;
        surfaceEnd = (tokens[i] as Token).end;
      }
      value = formatNumber(n);
      const next = text.slice(surfaceEnd, surfaceEnd + 2);
      counted = CJK_CHARACTER.test(next.charAt(0));
      yearCounter = /^[年년]/.test(next);
      // "3日", "3月", "3일": a day or a month of the calendar ("3日間", "3일간", three days, are counts).
      calendar = counted && /^(?:[日月](?!間)|[일월](?!간))/.test(next);
      const yearLike = (!counted || yearCounter) && isYear(t, value, text);
      const before = currencyBefore(tokens, first, text);
      const after = before ? undefined : currencyAfter(tokens, i, text, surfaceEnd, n, yearLike);
      const currency = before ?? after;
      if (currency && !currency.inKeys) keyValue = value;
      if (before) {
        value = `${before.sign}${value}`;
        start = before.start;
      } else if (after) {
        value = `${after.sign}${value}`;
        surfaceEnd = after.end;
        i = lastTokenBefore(tokens, i, surfaceEnd);
      }
      const percent = /^\s?%|^\s?percent|^\s?per cent/.test(text.slice(surfaceEnd, surfaceEnd + 9).toLowerCase());
      if (percent) {
        value = `${value}%`;
        if (keyValue !== undefined) keyValue = `${keyValue}%`;
        // "0.25 percentage point", "a 0.25 per cent hike" in a rate: a change in points (rate-changes.ts).
        const points = percentagePoints(text, start, surfaceEnd, n);
        if (points) equivalent = points;
      }
      // "25 basis points", "25bp": a change of 0.25 percentage point.
      const basisPoints = value === formatNumber(n) && (compactPoints !== undefined || basisPointsAt(tokens, i + 1) !== undefined);
      if (basisPoints) equivalent = pointsValue(n / 100);
      const times = value === formatNumber(n) ? QUANTITY_WORDS[tokens[i + 1]?.norm ?? ""] : undefined;
      if (times !== undefined) equivalent = formatNumber(n * times);
      // "24 months" is "two years", "three days" "72 hours": the span in a unit both compare by (time-spans.ts).
      const span = value === formatNumber(n) ? spanUnitOf(tokens[i + 1]) : undefined;
      if (span !== undefined && times === undefined) equivalent = spanValue(n, span);
    } else if (CURRENCY_SIGN.test(text.charAt(t.start - 1))) {
      // "$50-a-month": the sign is shown with the figure, though only a plain number is read as money.
      start = t.start - 1;
    }
    // "a three-hour meeting" is as long as "three hours", a "24-month" plan as "two years".
    equivalent = compoundSpanValue(value) ?? equivalent;
    const year = !counted || yearCounter;
    const kind: NumberKind = /^\d+(?:st|nd|rd|th)$/.test(value) ? "ordinal" : calendar || (year && isYear(t, value, text)) ? "date" : "count";
    // Keys keep what "forty-three" was read as before it was one number ("40-3"), so reviews stored against it attach.
    if (compound !== undefined) keyValue = t.norm;
    else if (formerKey !== undefined) keyValue = formerKey;
    // "one-off", "the six-member committee", "the 10-year bond": no quantity (compound-modifiers.ts).
    const modifier = kind === "count" && namesAKind(value, tokens, first);
    const figure = plain && kind === "count" ? figureOf(value) : undefined;
    const approx = figure ? (over ? boundsOver(figure) : boundsOf(text.slice(Math.max(0, start - 24), start), figure)) : undefined;
    const rounding = figure && scaledBy !== undefined ? roundingOf(digits, scaledBy) : undefined;
    out.push({
      value,
      surface: text.slice(start, surfaceEnd),
      kind,
      start,
      end: surfaceEnd,
      ...(approx ? { approx } : {}),
      ...(rounding ? { rounding } : {}),
      ...(equivalent && kind === "count" ? { equivalent } : {}),
      ...(keyValue !== undefined ? { keyValue } : {}),
      ...(modifier ? { modifier: true as const } : {}),
    });
  }
  return joinSpanParts(out, tokens, text);
}

/**
 * A year: four digits from 1800 to 2099 written bare ("in 2008", "the 2012 campaign"), a span of
 * years ("1989-2013") or a year without its century ("in ’08"); not an amount ("$2008") or a count
 * written with its comma ("2,000 troops"). A date like a weekday: a year named or not is rarely
 * the news, and two years are no conflict of figures.
 */
function isYear(t: Token, value: string, text: string): boolean {
  // "’08": a year written with its century left out.
  if (/^\d{2}$/.test(t.surface) && /['’]/.test(text.charAt(t.start - 1)) && !/\p{L}/u.test(text.charAt(t.start - 2))) return true;
  // "1989-2013": a span of years.
  const span = /^(\d{4})[-–](?:\d{2}|\d{4})$/.exec(t.surface);
  const year = span ? span[1] : /^\d{4}$/.test(t.surface) && value === t.surface ? value : undefined;
  return year !== undefined && Number(year) >= 1800 && Number(year) <= 2099;
}

/**
 * A figure someone reports and could get wrong: not a date (weekday, month and day, year), nor a
 * phrase that only looks like one ("one-on-one", "two-to-one"), nor a number in a compound that names
 * a kind of thing ("one-off", "the six-member committee", "the 10-year bond yield").
 */
export function isFigure(m: Pick<NumberMention, "kind" | "value" | "modifier">): boolean {
  return m.kind !== "date" && !m.modifier && !/\d-\p{L}+-\d/u.test(m.value);
}

/**
 * Whether a figure tells something on its own, so that an account giving it
 * where the other does not is worth a flag. Not "first" in words: it orders
 * more than it counts ("our first crews arrived", "first reported by", "at
 * first"), and an account that leaves it out ("when crews arrived") leaves
 * out no figure. It still stands against another ordinal: "their first
 * meeting" and "their second meeting" disagree.
 */
export function tellsAlone(m: Pick<NumberMention, "kind" | "surface">): boolean {
  return !(m.kind === "ordinal" && m.surface.toLowerCase() === "first");
}

/** Values in `a` that `b` lacks, as a multiset difference. */
export function missingValues(a: readonly NumberMention[], b: readonly NumberMention[]): NumberMention[] {
  const left = new Map<string, number>();
  for (const m of b) left.set(m.value, (left.get(m.value) ?? 0) + 1);
  const out: NumberMention[] = [];
  for (const m of a) {
    const n = left.get(m.value) ?? 0;
    if (n > 0) left.set(m.value, n - 1);
    else out.push(m);
  }
  return out;
}
