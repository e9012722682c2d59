/**
 * How Korean writes figures: a multiplier onto the number ("18만" is
 * 180,000, "3억" 300,000,000, "5천만" 50,000,000), the parts of one number
 * in turn ("2억 5천만", "2억5천만" and "1만2000" are one number each) and a
 * counter or unit after it ("명" people, "원" won, "시간" hours, "분"
 * minutes), often with a particle on it ("원을", "명이", "분간"). The word
 * scanner cuts a number from the Hangul written onto it but not Hangul from
 * the digits after it ("2억5천만원" is "2", "억5", "천만원"), so these are
 * read from the text, not the tokens.
 */

/**
 * Multipliers that close a part of a Korean number. 조 is a trillion: unlike
 * the 兆 of Japanese and Chinese (numbers.ts), Korean reads it one way only.
 */
const LARGE: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };
/** Multipliers within a part: "5천만" is 5 × 1,000 × 10,000. */
const SMALL: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1e3 };
/** One part: digits (a comma may group them: "1,000만"), then a multiplier or none. */
const PART = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([십백천]?[만억조]?)/;
/** Counters that make a number a date, not a count: 년 year, 월 month, 일 day, 시 o'clock. */
const DATE_COUNTERS = /^[년월일시]/;

/**
 * Endings a counter or unit takes and stays itself: particles ("원을",
 * "명이"), 간 and 째 of a span ("40분간", "3시간째"), 여 and 가량 of an
 * estimate ("3시간여"), 만에 "within" ("30분만에"), 씩 "each".
 */
const ENDINGS: ReadonlySet<string> = new Set([
  "", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "으로", "만", "씩", "째", "간", "여", "가량",
  "에서", "까지", "부터", "이나", "만에", "동안", "이상", "이하", "당", "짜리", "대", "께",
]);

const HANGUL_RUN = /^[\uac00-\ud7a3]*/;

/** The Hangul written straight from `at` on ("원을" in "3억 원을 냈다"). */
export function hangulAt(text: string, at: number): string {
  return HANGUL_RUN.exec(text.slice(at, at + 12))?.[0] ?? "";
}

/** Whether a word is this Korean unit or counter, bare or with an ending ("분", "분간", "원을"). */
export function isKoreanUnit(word: string, unit: string): boolean {
  return word.startsWith(unit) && ENDINGS.has(word.slice(unit.length));
}

function isHangul(char: string): boolean {
  return char >= "\uac00" && char <= "\ud7a3";
}

export interface KoreanNumber {
  amount: number;
  /** Where the number ends in the text, past its multipliers (before any counter or unit). */
  end: number;
  /** Written with 여 ("18만여 명"): more than the amount. */
  over: boolean;
}

/**
 * A number with Korean multipliers starting at `start` ("18만", "1.5억",
 * "2억 5천만", "1만2000"), or undefined when its first part has none. A part
 * after the first must be smaller than the one before ("2억 5천만", not "5천만
 * 2억"); a part without a multiplier only ends the number, written onto the
 * one before ("1만2000") or before a counter that is no date ("1만 2000명", not
 * "3억 2023년").
 */
export function readKoreanNumber(text: string, start: number): KoreanNumber | undefined {
  let amount = 0;
  let end = start;
  let previousLarge = Infinity;
  for (let at = start; ; ) {
    const part = PART.exec(text.slice(at, at + 24));
    if (!part) break;
    const [whole, digits = "", multiplier = ""] = part;
    const value = Number(digits.replace(/,/g, ""));
    const small = SMALL[multiplier.charAt(0)] ?? 1;
    const large = LARGE[multiplier.charAt(multiplier.length - 1)] ?? 1;
    if (at === start && multiplier === "") return undefined;
    if (at > start) {
      const written = at === end;
      const after = text.charAt(at + whole.length);
      if (multiplier !== "" ? large >= previousLarge : value >= previousLarge || !(written || (isHangul(after) && !DATE_COUNTERS.test(after)))) break;
    }
    amount += value * small * large;
    end = at + whole.length;
    // "18만여 명": over 180,000, and nothing is added to it.
    if (multiplier !== "" && text.charAt(end) === "여") return { amount, end: end + 1, over: true };
    if (multiplier === "" || large === 1) break;
    previousLarge = large;
    at = text.charAt(end) === " " ? end + 1 : end;
  }
  return { amount, end, over: false };
}
