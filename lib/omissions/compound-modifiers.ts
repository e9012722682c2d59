/**
 * Numbers inside a compound that names a kind of thing, not how many or how
 * much of it: "a one-off shock", "second-round effects", "the six-member
 * committee", "a two-state solution", "the 27-nation bloc", "the 10-year
 * bond yield". An outlet that writes "the committee" or "the bond yield" has
 * left out no figure, and "the 10-year yield" against "the two-year yield" is
 * two securities, not a changed figure. Read before, each was a figure, shown
 * in items' reasons as "figures one-off, six-member".
 *
 * A compound of a number and a unit of time or measure stays a figure ("a
 * three-hour meeting" is as long as "three hours", "a 43-year-old man", "a
 * 300-pound bomb"), as does one of a count of things that is not a body's
 * size ("a 12-count indictment", "a 50-page report"), unless the span names a
 * security ("10-year bond", "two-year Treasury note").
 */
import type { Token } from "../text/tokens";

/** A number (digits, or an ordinal) joined to a word: "6-member", "2nd-round", "10-year", "1-off". */
const COMPOUND = /^(\d+(?:\.\d+)?|\d+(?:st|nd|rd|th))-(\p{L}+)/u;
/**
 * Words whose number, joined, sizes the body the compound names: "a
 * six-member committee", "the 27-nation bloc", "a two-state solution", "a
 * three-judge panel", "a three-party coalition".
 */
const BODY_SIZES: ReadonlySet<string> = new Set(["member", "nation", "country", "state", "party", "judge", "justice"]);
/** Words "one-" makes an idiom of, no count: "one-off", "one-time", "one-sided", "one-way", "one-stop". */
const ONE_IDIOMS: ReadonlySet<string> = new Set(["off", "time", "sided", "way", "stop", "size", "shot", "liner", "man", "party", "child"]);
/** Spans a security is named by: "10-year", "two-year", "three-month", "30-day". */
const TENORS: ReadonlySet<string> = new Set(["year", "month", "week", "day"]);
/** Securities a span names: "the 10-year government bond yield", "two-year notes", "three-month bills". */
const SECURITIES: ReadonlySet<string> = new Set([
  "bond", "bonds", "note", "notes", "bill", "bills", "yield", "yields", "treasury", "treasuries", "gilt", "gilts", "bund", "bunds",
  "paper", "securities", "swap", "swaps", "benchmark",
]);
/** Words between a span and its security: "the 10-year government bond", "the 10-year US Treasury yield". */
const SECURITY_WAY = 3;

/**
 * Whether the figure read from `tokens[at]` (its canonical value `value`) is a
 * number in a compound that names a kind of thing: an ordinal joined to a
 * word ("second-round", "first-time"), "one-" in an idiom ("one-off"), the
 * size of a body ("six-member"), or the span of a security ("10-year bond").
 */
export function namesAKind(value: string, tokens: readonly Token[], at: number): boolean {
  const match = COMPOUND.exec(value);
  if (!match) return false;
  const [number, word] = [match[1] as string, (match[2] as string).toLowerCase()];
  if (/\D$/.test(number)) return true;
  if (number === "1" && ONE_IDIOMS.has(word)) return true;
  if (BODY_SIZES.has(word) && !value.slice(match[0].length).startsWith("-")) return true;
  if (!TENORS.has(word) || value !== `${number}-${word}`) return false;
  return tokens.slice(at + 1, at + 1 + SECURITY_WAY).some((t) => SECURITIES.has(t.norm));
}
