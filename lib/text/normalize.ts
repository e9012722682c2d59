/**
 * Normalisation shared by tokenising, hashing and matching: the differences
 * outlets make without changing what they report (quote and dash styles,
 * non-breaking spaces, British/American spelling, numbers in words).
 */

/** Typographic variants → plain ASCII forms, so “ ” ‘ ’ – — compare equal to " ' -. */
export function normalizePunctuation(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]/g, " ")
    .replace(/[\u200b\u200c\u200d\ufeff]/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...");
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7",
  eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12", thirteen: "13",
  fourteen: "14", fifteen: "15", sixteen: "16", seventeen: "17", eighteen: "18",
  nineteen: "19", twenty: "20", thirty: "30", forty: "40", fifty: "50", sixty: "60",
  seventy: "70", eighty: "80", ninety: "90", hundred: "100", thousand: "1000",
  million: "1000000", billion: "1000000000",
  first: "1st", second: "2nd", third: "3rd", fourth: "4th", fifth: "5th",
  // "dozen" and "half" are left alone: too often not a count.
};

/** "three" → "3"; any other word is returned unchanged. */
export function numberWordToDigits(word: string): string {
  return NUMBER_WORDS[word] ?? word;
}

const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/** Ordinal units after a tens word: "twenty-first" is the 21st. */
const ORDINAL_UNITS: Readonly<Record<string, string>> = {
  first: "1st", second: "2nd", third: "3rd", fourth: "4th", fifth: "5th", sixth: "6th", seventh: "7th", eighth: "8th", ninth: "9th",
};

/**
 * A tens word and a unit hyphenated into one number: "forty-three" → "43",
 * "Forty-three-year-old" → "43-year-old", "twenty-first" → "21st";
 * undefined for any other word. `norm` is the word's normalizeWord form,
 * whose parts after the number are kept ("year-old"). Not part of `norm`
 * itself, which keeps "40-3": flag keys hash normalised words, and a review
 * of a passage that writes "forty-three" must still find its flag.
 */
export function joinedNumberWord(surface: string, norm: string): string | undefined {
  // Words join at an ASCII hyphen only (tokens.ts), so a token's parts are split at one.
  const parts = surface.toLowerCase().split("-");
  const tens = TENS[parts[0] ?? ""];
  const second = parts[1] ?? "";
  if (tens === undefined || parts.length !== norm.split("-").length) return undefined;
  const unit = UNITS[second];
  const ordinal = ORDINAL_UNITS[second];
  const joined = unit !== undefined ? String(tens + unit) : ordinal !== undefined ? `${tens / 10}${ordinal}` : undefined;
  return joined === undefined ? undefined : [joined, ...norm.split("-").slice(2)].join("-");
}

/**
 * British → American spellings for words news copy varies on. A small explicit
 * table beats suffix rules: "-ise" → "-ize" would also turn "promise" into
 * "promize". Extend freely; keys and values are lower case.
 */
const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  defence: "defense", offence: "offense", licence: "license", behaviour: "behavior",
  colour: "color", favour: "favor", honour: "honor", labour: "labor", neighbour: "neighbor",
  rumour: "rumor", harbour: "harbor", centre: "center", theatre: "theater", metre: "meter",
  programme: "program", catalogue: "catalog", dialogue: "dialog", travelled: "traveled",
  travelling: "traveling", cancelled: "canceled", modelling: "modeling", counselling: "counseling",
  organisation: "organization", organisations: "organizations", organise: "organize",
  organised: "organized", recognise: "recognize", recognised: "recognized", realise: "realize",
  realised: "realized", criticise: "criticize", criticised: "criticized", apologise: "apologize",
  authorise: "authorize", authorised: "authorized", emphasise: "emphasize", prioritise: "prioritize",
  stabilise: "stabilize", destabilising: "destabilizing", destabilise: "destabilize",
  militarisation: "militarization", normalise: "normalize", characterise: "characterize",
  analyse: "analyze", analysed: "analyzed", paralyse: "paralyze", grey: "gray", tyre: "tire",
  cheque: "check", jewellery: "jewelry", sceptical: "skeptical", judgement: "judgment",
  ageing: "aging", enrol: "enroll", fulfil: "fulfill", kerb: "curb", plough: "plow",
};

export function americanSpelling(word: string): string {
  return SPELLING_VARIANTS[word] ?? word;
}
