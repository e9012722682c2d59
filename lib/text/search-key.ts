/**
 * The form titles and outlet names are searched in: lower case, without the
 * accents of Latin, Greek and Cyrillic letters, so "cafe" finds "Café" and
 * "café" finds "Cafe" ("meurtriere" finds "Explosion meurtrière"). Stored
 * beside each title and name (Article.titleKey, Story.titleKey,
 * Outlet.nameKey), so SQL compares folded text with folded words on any
 * database, without a collation or extension of its own.
 *
 * Only the combining diacritics (U+0300–U+036F) are dropped: the voicing
 * marks of Japanese kana (が) and the parts of Hangul syllables are combined
 * again as they were, so those scripts are matched as written. A few letters
 * that carry their stroke in the letter itself, not as an accent, are
 * spelled as the plain letters a keyboard without them types.
 */
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

const PLAIN_SPELLINGS: Readonly<Record<string, string>> = { ø: "o", đ: "d", ł: "l", ħ: "h", ß: "ss", æ: "ae", œ: "oe" };
const STROKED = /[øđłħßæœ]/g;

export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_DIACRITICS, "")
    .normalize("NFC")
    .replace(STROKED, (letter) => PLAIN_SPELLINGS[letter] ?? letter);
}
