/**
 * Lengths of time in hours and minutes, each read as one figure however it
 * is written: "4 h 40", "4h40", "4 h 40 min", "four hours and 40 minutes",
 * "4시간 40분" are all 280 minutes, so none of them is two figures 4 and 40
 * and they compare equal. French writes a time of day the same way ("à 16 h
 * 40", "16h40"): that is a time, read as "12:00" is (numbers.ts), and a time
 * is never a figure.
 */
import { joinedNumberWord } from "../text/normalize";
import type { Token } from "../text/tokens";
import { hangulAt, isKoreanUnit } from "./korean-numbers";

export type DurationUnit = "hour" | "minute";

const HOUR_WORDS: ReadonlySet<string> = new Set(["hour", "hours", "heure", "heures", "stunde", "stunden", "hora", "horas"]);
const MINUTE_WORDS: ReadonlySet<string> = new Set(["minute", "minutes", "minuten", "minuto", "minutos"]);
/** Abbreviations, in lower case only: "in 1987 Min Ko Naing" is a year and a name. */
const HOUR_ABBREVIATIONS: ReadonlySet<string> = new Set(["hr", "hrs"]);
const MINUTE_ABBREVIATIONS: ReadonlySet<string> = new Set(["min", "mins", "mn"]);
/** Hour words that also tell the time of day: French "à 16 h", "à 4 heures" (not "hours", nor "Stunden", the German clock being "Uhr"). */
const CLOCK_HOUR_WORDS: ReadonlySet<string> = new Set(["h", "heure", "heures"]);
/** Words before an hour that make it a time of day: "à 16 h 40", "at 4 h 40", "vers 7 h", "jusqu'à 18 h". */
const CLOCK_WORDS: ReadonlySet<string> = new Set(["à", "at", "vers", "dès", "jusquà", "until", "till"]);
/** Words between the hours and the minutes: "four hours and 40 minutes". */
const CONNECTORS: ReadonlySet<string> = new Set(["and", "et", "und", "y"]);
/** "4h", "4h40", "4h40min", "2hrs", "1.5h": hours written onto the number (lower case: "4H" is a club). */
const COMPACT_HOURS = /^(\d{1,3}(?:\.\d+)?)(h|hrs?)(?:(\d{2})(min|mn)?)?$/;
/** "40min", "15mins". */
const COMPACT_MINUTES = /^(\d{1,4})(min|mins|mn)$/;
/** Korean hours and minutes, written onto the number: "4시간", "4시간 40분", "4시간40분", "40분". */
const KOREAN = /^(\d+(?:\.\d+)?)시간(?: ?(\d{1,2})분)?|^(\d{1,4})분/;
/** A Korean time of day: "4시", "4시 40분" (시 alone is the hour of the clock, 시간 hours of time). */
const KOREAN_CLOCK = /^(\d{1,2})시(?!간)(?: ?(\d{1,2})분)?/;

export interface Duration {
  /** The length of time in minutes: 280 for "4 h 40". */
  minutes: number;
  /** Hours and minutes both written ("4 h 40", "4 h 00"): one figure, compared in minutes. */
  compound: boolean;
  /** The largest unit written, what the figure is a number of: "4 h 40" and "five hours" are both hours. */
  unit: DurationUnit;
  /** The number of that unit as written: 4 for "4 h 40", 5 for "five hours". */
  count: number;
  /** A time of day written like a duration ("à 16 h 40", "16h40"), as "16:40". */
  clock?: string;
  /** Where it starts and ends in the text, and the index of its last token. */
  start: number;
  end: number;
  last: number;
}

interface UnitWord {
  unit: DurationUnit;
  /** "h" or "heures": can tell the time of day too. */
  clock: boolean;
  /** "h": only the abbreviation runs on to bare minutes ("4 h 40", not "4 hours 40"). */
  short: boolean;
}

function isHangulCode(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

function unitWordOf(t: Token | undefined): UnitWord | undefined {
  if (!t) return undefined;
  // "h" in lower case only: "Type 4 H" is a name.
  if (t.surface === "h") return { unit: "hour", clock: true, short: true };
  const word = t.surface.toLowerCase();
  if (HOUR_WORDS.has(word) || HOUR_ABBREVIATIONS.has(t.surface)) return { unit: "hour", clock: CLOCK_HOUR_WORDS.has(word), short: false };
  if (MINUTE_WORDS.has(word) || MINUTE_ABBREVIATIONS.has(t.surface)) return { unit: "minute", clock: false, short: false };
  return undefined;
}

/** Only spaces (or, with `commas`, a comma too) between two offsets. */
function gapIs(text: string, from: number, to: number, commas: boolean): boolean {
  return (commas ? /^[\s\u00a0\u202f,]*$/ : /^[ \u00a0\u202f]?$/).test(text.slice(from, to));
}

/**
 * A time of day rather than a length of time: hours said with "h" or
 * "heures" and no minute word, after "à", "at", "vers"…, or with "h" from 13
 * to 23 ("16h40"; "48 h" and "4 h 40" are lengths). "16 h" alone could be
 * either ("16 h de garde à vue"): read as a time, a date, it raises nothing,
 * where a length could raise a false conflict. "16 heures" with no clock word
 * stays a length, as "16 hours" does.
 */
function clockOf(hours: number, minutes: number, word: UnitWord, minuteWord: boolean, before: Token | undefined): string | undefined {
  if (!word.clock || minuteWord || !Number.isInteger(hours) || hours > 24) return undefined;
  const after = before !== undefined && CLOCK_WORDS.has(before.norm);
  if (!after && !(word.short && hours >= 13 && hours <= 23)) return undefined;
  return `${hours}:${String(minutes).padStart(2, "0")}`;
}

/**
 * The length of time (or time of day) that the number at `tokens[first]`
 * opens, read through `tokens[last]` when its digits are grouped; `amount`
 * is its value, undefined when the token is no plain number ("4h40").
 */
export function readDuration(tokens: readonly Token[], first: number, last: number, amount: number | undefined, text: string): Duration | undefined {
  const t = tokens[first] as Token;
  // Korean writes its units onto the number: only then is there any to read.
  const korean = amount !== undefined && isHangulCode(text.charCodeAt(t.end)) ? readKorean(tokens, first, text) : undefined;
  if (korean) return korean;
  let hours: number;
  let word: UnitWord;
  let j: number;
  const compact = first === last ? COMPACT_HOURS.exec(t.surface) : null;
  const compactMinutes = first === last ? COMPACT_MINUTES.exec(t.surface) : null;
  if (compact) {
    hours = Number(compact[1]);
    word = { unit: "hour", clock: compact[2] === "h", short: compact[2] === "h" };
    j = first;
    if (compact[3] !== undefined) return finish(tokens, first, j, hours, Number(compact[3]), word, compact[4] !== undefined, t.start);
  } else if (compactMinutes) {
    return minutesOnly(tokens, first, first, Number(compactMinutes[1]));
  } else {
    const next = tokens[last + 1];
    const unit = unitWordOf(next);
    if (amount === undefined || !unit || !next || !gapIs(text, (tokens[last] as Token).end, next.start, false)) return undefined;
    if (unit.unit === "minute") return minutesOnly(tokens, first, last + 1, amount);
    hours = amount;
    word = unit;
    j = last + 1;
  }
  // The minutes after the hours: "4 h 40", "4 h 40 min", "four hours and 40 minutes", "2 hrs, 15 mins".
  const hourEnd = (tokens[j] as Token).end;
  let k = j + 1;
  const connector = tokens[k] !== undefined && CONNECTORS.has((tokens[k] as Token).norm) && gapIs(text, hourEnd, (tokens[k] as Token).start, true);
  if (connector) k++;
  const m = tokens[k];
  // "forty-five minutes" is 45 of them (its norm is "40-5").
  const minutes = m ? (joinedNumberWord(m.surface, m.norm) ?? m.norm) : "";
  if (m?.isNumber && /^\d{1,2}$/.test(minutes) && Number(minutes) < 60) {
    const minuteWord = tokens[k + 1];
    const joined = gapIs(text, (tokens[k - 1] as Token).end, m.start, true);
    if (unitWordOf(minuteWord)?.unit === "minute" && minuteWord && joined && gapIs(text, m.end, minuteWord.start, false)) {
      return finish(tokens, first, k + 1, hours, Number(minutes), word, true, t.start);
    }
    // Bare minutes only after "h", one space on: "4 h 40", "4h 40" ("4 hours 40" is no way to write it).
    if (word.short && !connector && /^\d{2}$/.test(m.surface) && gapIs(text, hourEnd, m.start, false)) return finish(tokens, first, k, hours, Number(minutes), word, false, t.start);
  }
  return finish(tokens, first, j, hours, undefined, word, false, t.start);
}

function finish(tokens: readonly Token[], first: number, last: number, hours: number, minutes: number | undefined, word: UnitWord, minuteWord: boolean, start: number): Duration {
  const end = (tokens[last] as Token).end;
  const clock = clockOf(hours, minutes ?? 0, word, minuteWord, tokens[first - 1]);
  return { minutes: hours * 60 + (minutes ?? 0), compound: minutes !== undefined, unit: "hour", count: hours, start, end, last, ...(clock ? { clock } : {}) };
}

/** Minutes alone, or after "an hour and" ("an hour and 40 minutes" is 100 minutes). */
function minutesOnly(tokens: readonly Token[], first: number, last: number, minutes: number): Duration {
  const end = (tokens[last] as Token).end;
  const [one, hour, and] = [tokens[first - 3], tokens[first - 2], tokens[first - 1]];
  const anHour = one && hour && and && /^(?:a|an|une)$/.test(one.norm) && /^(?:hour|heure)$/.test(hour.norm) && CONNECTORS.has(and.norm);
  if (anHour && minutes < 60) {
    return { minutes: 60 + minutes, compound: true, unit: "hour", count: 1, start: one.start, end, last };
  }
  return { minutes, compound: false, unit: "minute", count: minutes, start: (tokens[first] as Token).start, end, last };
}

/** "4시간", "4시간 40분", "40분간"; "오후 4시 40분" is a time of day. "3분의 1" is a third, no minutes. */
function readKorean(tokens: readonly Token[], first: number, text: string): Duration | undefined {
  const start = (tokens[first] as Token).start;
  const clock = KOREAN_CLOCK.exec(text.slice(start, start + 16));
  if (clock && isKoreanUnit(hangulAt(text, start + clock[0].length), "")) {
    const end = start + clock[0].length;
    let last = first;
    while ((tokens[last + 1]?.start ?? Infinity) < end) last++;
    const [hours, minutes] = [Number(clock[1]), Number(clock[2] ?? 0)];
    return { minutes: hours * 60 + minutes, compound: clock[2] !== undefined, unit: "hour", count: hours, clock: `${hours}:${String(minutes).padStart(2, "0")}`, start, end, last };
  }
  const match = KOREAN.exec(text.slice(start, start + 24));
  if (!match) return undefined;
  const end = start + match[0].length;
  const ending = hangulAt(text, end);
  const unit = match[3] !== undefined || match[2] !== undefined ? "분" : "시간";
  if (!isKoreanUnit(unit + ending, unit) || (unit === "분" && ending.startsWith("의"))) return undefined;
  // Read through the ending ("40분간" is one token after the number), shown without it, as "40분".
  let last = first;
  while ((tokens[last + 1]?.start ?? Infinity) < end) last++;
  if (match[3] !== undefined) return { minutes: Number(match[3]), compound: false, unit: "minute", count: Number(match[3]), start, end, last };
  const hours = Number(match[1]);
  const minutes = match[2] !== undefined ? Number(match[2]) : undefined;
  return { minutes: hours * 60 + (minutes ?? 0), compound: minutes !== undefined, unit: "hour", count: hours, start, end, last };
}
