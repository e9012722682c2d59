/**
 * Money as a figure's unit. A canonical amount starts with its currency's
 * sign ("$450000", "€3000000", "₩300000000"), whether the text writes the
 * sign ("$450,000", "450 000 €") or names the currency ("450,000 dollars",
 * "3 million euros", "2,5 millions d'euros", "3억 원", "45万ドル"), so the
 * same sum compares equal however it is written and two sums in one currency
 * can conflict. Rupees as Indian English writes them (₹, "Rs", lakh and
 * crore) are read in indian-units.ts.
 */
import type { Token } from "../text/tokens";
import { RUPEE_SIGN, rupeeCodeBefore } from "./indian-units";
import { hangulAt, isKoreanUnit } from "./korean-numbers";

/** Every sign a canonical amount can start with. */
export const CURRENCY_SIGNS = `$£€¥₩${RUPEE_SIGN}`;
/** A currency sign, as one character. */
export const CURRENCY_SIGN = new RegExp(`[${CURRENCY_SIGNS}]`);

/** The currency sign a canonical value starts with, if it is an amount of money. */
export function currencyOf(value: string): string | undefined {
  const first = value.charAt(0);
  return first !== "" && CURRENCY_SIGNS.includes(first) ? first : undefined;
}

/**
 * Currencies named in a word after the amount, as the sign English puts
 * before it. Not "pounds", a weight as often as money in English news ("a
 * 300-pound bomb"), unless "sterling" follows; not "won" under a thousand,
 * where it is more often the verb ("3 won, 2 lost"); no yuan, which shares
 * ¥ with the yen and would make 100 yuan and 100 yen one figure.
 */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: "$", dollars: "$", dólar: "$", dólares: "$", dollari: "$", dollaro: "$", usd: "$",
  euro: "€", euros: "€", eur: "€",
  sterling: "£", gbp: "£",
  yen: "¥", jpy: "¥",
  won: "₩", krw: "₩",
  rupee: RUPEE_SIGN, rupees: RUPEE_SIGN, inr: RUPEE_SIGN,
};
/** Currencies Korean writes after the amount, bare or with a particle ("원을"). */
const KOREAN_CURRENCIES: ReadonlyArray<readonly [string, string]> = [["달러", "$"], ["유로", "€"], ["엔", "¥"], ["원", "₩"]];
/** Currencies written straight after a number in Chinese and Japanese ("45万ドル"). */
const CJK_CURRENCIES: ReadonlyArray<readonly [string, string]> = [["ドル", "$"], ["美元", "$"], ["ユーロ", "€"], ["欧元", "€"], ["ポンド", "£"], ["英镑", "£"], ["円", "¥"]];
/** Whose dollar: "450,000 US dollars", "3 millions de dollars américains" is the same "$". */
const CURRENCY_QUALIFIERS: ReadonlySet<string> = new Set(["us", "american", "canadian", "australian"]);
/** Words between a scale and its currency: "millions de dollars", "milioni di dollari". */
const OF_WORDS: ReadonlySet<string> = new Set(["de", "di"]);
/** Words naming the pound, which are money only before "sterling". */
const POUND_WORDS: ReadonlySet<string> = new Set(["pound", "pounds", "livre", "livres"]);
/** Less than this many won reads as a count before the verb "won". */
const WON_AT_LEAST = 1000;

/** Only spaces between two offsets (a currency two sentences on is not this amount's). */
function spaced(text: string, from: number, to: number): boolean {
  return /^[\s\u00a0\u202f]*$/.test(text.slice(from, to));
}

/** The sign for a word after an amount, with French elision ("d'euros") read off. */
function signOfWord(t: Token, amount: number): string | undefined {
  const word = t.surface.toLowerCase().replace(/^d['’]/, "");
  const sign = CURRENCY_WORDS[word];
  return sign === "₩" && word === "won" && amount < WON_AT_LEAST ? undefined : sign;
}

export interface CurrencyAfter {
  sign: string;
  /** Where the currency ends in the text. */
  end: number;
  /** Whether flag keys carry the sign (see SIGNS_IN_KEYS). */
  inKeys: boolean;
}

/**
 * Flag keys carry a currency only where figures were read with it before
 * currency words, codes, signs after an amount and Korean currencies were
 * (16th session): a sign before the amount ($ £ € ¥) or a Chinese or Japanese
 * currency after it. For the others the key keeps the bare figure, as it was,
 * so reviews stored against "4200000>5100000" ("4.2 million euros" against
 * "5.1 million euros") still attach. The values compared carry the sign.
 */
const SIGNS_IN_KEYS = /[$£€¥]/;

/**
 * The currency written after an amount that ends at `end` (`last` the index
 * of its last token): a sign ("450 000 €", not one that opens the next amount,
 * "5 $6"), a Chinese or Japanese currency onto it ("45万ドル"), a Korean one
 * onto it or after a space ("3억원", "3억 원을"), or a currency word
 * ("dollars", "d'euros", "de dollars", "US dollars", "pounds sterling"). No
 * word after a number written as a year could be (`yearLike`): "in 2019
 * dollars" is money of that year, "in 2012 won Ohio" a year and a verb.
 */
export function currencyAfter(tokens: readonly Token[], last: number, text: string, end: number, amount: number, yearLike: boolean): CurrencyAfter | undefined {
  const space = text.charAt(end) === " " ? 1 : 0;
  // Signs but "$", and Chinese, Japanese and Korean currencies, are all beyond ASCII: most numbers pass these tests at once.
  if (text.charCodeAt(end + space) > 127 || text.charAt(end + space) === "$") {
    const sign = /^[ \u00a0\u202f]?([$£€¥₩₹])(?![ \u00a0\u202f]?\d)/.exec(text.slice(end, end + 4));
    if (sign?.[1]) return { sign: sign[1], end: end + sign[0].length, inKeys: false };
    const cjk = CJK_CURRENCIES.find(([unit]) => text.startsWith(unit, end));
    if (cjk) return { sign: cjk[1], end: end + cjk[0].length, inKeys: true };
    // Korean spaces a unit from its number ("3억 원") or not ("3억원"), and neither is a year's ("2000원").
    const hangul = hangulAt(text, end + space);
    const korean = hangul ? KOREAN_CURRENCIES.find(([unit]) => isKoreanUnit(hangul, unit)) : undefined;
    // The amount ends with its unit, not with the particle on it: "3억 원" of "3억 원을".
    if (korean) return { sign: korean[1], end: end + space + korean[0].length, inKeys: false };
  }
  if (yearLike) return undefined;
  let j = last + 1;
  let at = end;
  const next = () => {
    const t = tokens[j];
    return t && spaced(text, at, t.start) ? t : undefined;
  };
  if (next() && OF_WORDS.has((tokens[j] as Token).norm)) at = (tokens[j++] as Token).end;
  if (next() && CURRENCY_QUALIFIERS.has((tokens[j] as Token).norm)) at = (tokens[j++] as Token).end;
  const word = next();
  if (!word) return undefined;
  if (POUND_WORDS.has(word.norm)) {
    const sterling = tokens[j + 1];
    return sterling && sterling.norm === "sterling" && spaced(text, word.end, sterling.start) ? { sign: "£", end: sterling.end, inKeys: false } : undefined;
  }
  const named = signOfWord(word, amount);
  return named ? { sign: named, end: word.end, inKeys: false } : undefined;
}

/** Currency codes written before an amount ("USD 450,000"), as the sign would be. */
const CODES_BEFORE: Readonly<Record<string, string>> = { usd: "$", eur: "€", gbp: "£", jpy: "¥", krw: "₩" };

/**
 * The currency written straight before an amount that starts at token
 * `first`: a sign ("$", "US$", "₹") or a code ("USD 450,000", "Rs 800").
 */
export function currencyBefore(tokens: readonly Token[], first: number, text: string): { sign: string; start: number; inKeys: boolean } | undefined {
  const t = tokens[first] as Token;
  const char = text.charAt(t.start - 1);
  if (CURRENCY_SIGN.test(char)) return { sign: char, start: t.start - 1, inKeys: SIGNS_IN_KEYS.test(char) };
  const rupees = rupeeCodeBefore(tokens, first, text);
  if (rupees) return { sign: RUPEE_SIGN, start: rupees.start, inKeys: false };
  const code = tokens[first - 1];
  const sign = code && code.surface === code.surface.toUpperCase() ? CODES_BEFORE[code.norm] : undefined;
  return sign && code && spaced(text, code.end, t.start) ? { sign, start: code.start, inKeys: false } : undefined;
}
