/**
 * The dateline opening a story's first paragraph: where it was filed, in
 * capitals, perhaps with a state or country, a date and the agency, then a
 * dash: "WASHINGTON — ", "ST. LOUIS -- ", "FERGUSON, Mo. -- ",
 * "LOS ANGELES (AP) — ", "KESSINGFORD, Dec 3 (Meridian Press) - ",
 * "DAYTON, Ohio, October 13, 2026 - ". The place names where the reporter
 * was, not a party to the story: it is no mention of the place, no speaker
 * and no subject. Wire copy writes the date and a plain hyphen ("(Reuters) -"),
 * which the readers of names and of speakers each missed with a pattern of
 * their own; one reading here serves both.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "./calendar-words";

const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`).join("|")})\\.?`;
/** "Oct 13", "Oct. 13, 2026", "October 13 2026", "13 October", "13 Oct 2026". */
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;
/** "Mo.", "Ohio", "N.C.", "New York", "Calif." (capitalised words, as a state or country is written after the place). */
const REGION = `\\p{Lu}[\\p{L}.'’]*(?:\\s+\\p{Lu}[\\p{L}.'’]*){0,2}`;
/** The place in capitals: "WASHINGTON", "ST. LOUIS", "WINSTON-SALEM", "N'DJAMENA". */
const PLACE = `\\p{Lu}[\\p{Lu}.'’]*(?:[ -]\\p{Lu}[\\p{Lu}.'’]*)*`;
/** "(AP)", "(Reuters)", "(Meridian Press)". */
const AGENCY = `\\s*\\([\\p{L}\\p{N} .&'’-]{2,40}\\)`;

const DATELINE = new RegExp(
  `^(${PLACE})((?:,\\s*(?:${DATE}|${REGION})){0,3})(${AGENCY})?(\\s*(?:[—―–]|--)|\\s+-)\\s+(?=[\\p{Lu}\\p{N}"“‘'])`,
  "u",
);

/** Letters a place needs before a plain hyphen when nothing else marks a dateline ("U.S. - China talks" is none). */
const BARE_HYPHEN_MIN_LETTERS = 4;

/**
 * The length of the dateline opening `text` (its dash and the spaces after it
 * included), 0 when there is none. The story's first sentence follows it, so
 * it starts as a sentence does ("NATO - the alliance said" has none).
 */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  const [whole, place = "", parts = "", agency, dash = ""] = m;
  // The place must be written in capitals, not a one-letter capital opening a sentence ("A - B").
  const letters = place.replace(/[^\p{L}]/gu, "").length;
  if (letters < 2) return 0;
  if (dash.trim() === "-" && !parts && !agency && letters < BARE_HYPHEN_MIN_LETTERS) return 0;
  return whole.length;
}
