/**
 * English cardinal numbers written in words, read as one value however many
 * words they take: "seven", "forty-three", "forty three", "two hundred and
 * fifty", "one hundred", "three thousand", "two hundred thousand". The
 * tokenizer already writes a single number word as its digits ("seven" → 7),
 * but it reads "forty-three" as 40 and 3 and "two hundred and fifty" as four
 * words: without this reader, "Forty-three were hurt" gives a figure "40-3"
 * that no "43 injured" matches.
 */
import { joinedNumberWord } from "../text/normalize";
import type { Token } from "../text/tokens";

/** One to nineteen: a number on their own, or the last part of one ("two hundred and twelve"). */
const SMALL: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Scales that multiply the group before them ("three thousand"); "hundred" is read inside a group. */
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

export interface NumberWords {
  amount: number;
  /** Index of its last token. */
  last: number;
}

const wordOf = (t: Token | undefined) => t?.surface.toLowerCase();

/** The next token, when only one space parts it from `tokens[i]` ("forty three", not "forty, three"). */
function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t && next && next.start === t.end + 1 ? next : undefined;
}

/** One to ninety-nine at `i`: "seven", "forty-three", "forty three". */
function belowHundred(tokens: readonly Token[], i: number): NumberWords | undefined {
  const t = tokens[i];
  const word = wordOf(t);
  if (!t || word === undefined) return undefined;
  const joined = joinedNumberWord(t.surface, t.norm);
  if (joined !== undefined) return /^\d+$/.test(joined) ? { amount: Number(joined), last: i } : undefined;
  const small = SMALL[word];
  if (small !== undefined) return { amount: small, last: i };
  const tens = TENS[word];
  if (tens === undefined) return undefined;
  const unit = SMALL[wordOf(nextWord(tokens, i)) ?? ""];
  return unit !== undefined && unit < 10 ? { amount: tens + unit, last: i + 1 } : { amount: tens, last: i };
}

/** A word that multiplies what comes before it: "hundred" or a scale. */
function isMultiplier(t: Token | undefined): boolean {
  const word = wordOf(t);
  return word === "hundred" || (word !== undefined && SCALES[word] !== undefined);
}

/**
 * One to ninety-nine after a hundred or a scale, with or without "and":
 * "two hundred and fifty", "one hundred twenty". Not when a multiplier
 * follows it: "between two hundred and three hundred" is two numbers.
 */
function rest(tokens: readonly Token[], last: number): NumberWords | undefined {
  let i = last + 1;
  if (!nextWord(tokens, last)) return undefined;
  if (wordOf(tokens[i]) === "and") {
    if (!nextWord(tokens, i)) return undefined;
    i++;
  }
  const part = belowHundred(tokens, i);
  return part && !isMultiplier(nextWord(tokens, part.last)) ? part : undefined;
}

/** One to 999 at `i` ("forty-three", "two hundred and fifty", "twelve hundred"); "a"/"an" is one before "hundred" when `article`. */
function group(tokens: readonly Token[], i: number, article: boolean): NumberWords | undefined {
  const word = wordOf(tokens[i]);
  const head = article && (word === "a" || word === "an") ? (isMultiplier(nextWord(tokens, i)) ? { amount: 1, last: i } : undefined) : belowHundred(tokens, i);
  if (!head) return undefined;
  const hundred = nextWord(tokens, head.last);
  if (wordOf(hundred) !== "hundred") return head;
  const hundreds = { amount: head.amount * 100, last: head.last + 1 };
  const tail = rest(tokens, hundreds.last);
  return tail ? { amount: hundreds.amount + tail.amount, last: tail.last } : hundreds;
}

/**
 * The number written in words from token `i`, or undefined when none starts
 * there. With `article`, "a" or "an" before a multiplier is one: "a hundred",
 * "a thousand and one".
 */
export function readNumberWords(tokens: readonly Token[], i: number, article = false): NumberWords | undefined {
  let part = group(tokens, i, article);
  if (!part) return undefined;
  // What is read so far, through token `end`, and the scale it was last multiplied by.
  let amount = 0;
  let end = i;
  let below = Infinity;
  for (;;) {
    const scale = SCALES[wordOf(nextWord(tokens, part.last)) ?? ""];
    if (scale === undefined) return { amount: amount + part.amount, last: part.last };
    // A scale only ever falls ("three million two hundred thousand"): before one as large, a group is the next number's.
    if (scale >= below) return { amount, last: end };
    amount += part.amount * scale;
    below = scale;
    end = part.last + 1;
    // More after the scale: a group ("two thousand five hundred"), or after "and" one below a hundred ("a thousand and one").
    const next = nextWord(tokens, end) ? (group(tokens, end + 1, false) ?? rest(tokens, end)) : undefined;
    if (!next) return { amount, last: end };
    part = next;
  }
}
