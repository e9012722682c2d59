/**
 * Acronyms a text defines for a common noun phrase: "the standing deposit
 * facility (SDF)", "a granular activated carbon (GAC) treatment system". The
 * letters name a thing the article explains, not a person, organisation or
 * place, so they are no name: a built-in alias must not turn "SDF" into the
 * Japan Self-Defense Forces, and "GAC" must not be "named" by one article
 * and "never in" another that writes the words out. An acronym defined by a
 * capitalised name ("Internal Revenue Service (IRS)") is a name and is left
 * to the name forms (name-forms.ts), which join it to its spelled-out form.
 */
import type { Mention } from "./find-mentions";

/** Small words an acronym takes no letter from ("cost of living (COL)" is rare; "of" is usually skipped). */
const SKIPPED = new Set(["of", "and", "the", "for", "on", "in", "to", "&"]);

/** Up to eight words, then an acronym in parentheses: "(SDF)", "(GAC)". */
const DEFINITION = /((?:[\p{L}][\p{L}'’-]*[\s]+){1,8})\((\p{Lu}{2,6})s?\)/gu;

/** The acronyms `texts` define by words written in lower case. */
export function termAcronyms(texts: readonly string[]): ReadonlySet<string> {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text.includes("(")) continue;
    for (const match of text.matchAll(DEFINITION)) {
      const acronym = match[2] as string;
      const words = (match[1] as string).trim().split(/\s+/);
      if (definesByLowerCaseWords(words, acronym)) found.add(acronym);
    }
  }
  return found;
}

/** Whether the last words before the acronym, small words skipped, give its letters in order, all in lower case. */
function definesByLowerCaseWords(words: readonly string[], acronym: string): boolean {
  const letters = acronym.toLowerCase();
  let k = letters.length - 1;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const word = words[w] as string;
    if (SKIPPED.has(word)) continue;
    if (word !== word.toLowerCase()) return false;
    // "state-of-the-art" gives no letter; a hyphenated word gives its first.
    if (word[0] !== letters[k]) return false;
    k--;
  }
  return k < 0;
}

/** The mentions that are not one of the text's own term acronyms. */
export function withoutTermAcronyms(mentions: Mention[], acronyms: ReadonlySet<string>): Mention[] {
  if (acronyms.size === 0) return mentions;
  // "SDFs", "SDF's": the plural or possessive of the term (a capital S is a letter of the acronym).
  return mentions.filter((m) => !acronyms.has(m.surface.replace(/\./g, "").replace(/['’]?s$/u, "")));
}
