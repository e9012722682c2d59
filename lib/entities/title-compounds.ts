/**
 * Titles made of a title: "Co-counsel", "Vice-Chairman", "Ex-Governor",
 * "Co-host". The tokeniser keeps a hyphenated word whole, so a list of titles
 * would need every compound spelled out ("co-chair", "co-founder" were); read
 * by its parts instead, "Co-counsel Marcus Oduya of Oduya Law Group" has a
 * title before the name, not one organisation's name with the lawyer inside.
 */

/** Prefixes that make another holder of the office after them ("co-", "vice-", "ex-"). */
const TITLE_PREFIXES: ReadonlySet<string> = new Set(["co", "vice", "ex", "deputy", "assistant"]);

/** Endings that make a holder-to-be of the office before them ("-elect", "-designate"). */
const TITLE_ENDINGS: ReadonlySet<string> = new Set(["elect", "designate"]);

/** Whether a hyphenated word is a title by its parts: a prefix and a title, or a title and an ending. */
function compoundTitle(word: string, titles: ReadonlySet<string>): boolean {
  const dash = word.indexOf("-");
  if (dash <= 0) return false;
  const head = word.slice(0, dash);
  const rest = word.slice(dash + 1);
  if (TITLE_PREFIXES.has(head)) return titles.has(rest) || compoundTitle(rest, titles);
  const last = word.lastIndexOf("-");
  return TITLE_ENDINGS.has(word.slice(last + 1)) && titles.has(word.slice(0, last));
}

/**
 * A set of title words that also holds their compounds ("co-counsel" when it
 * holds "counsel"). Only `has` reads compounds: iterating gives the words listed.
 */
export function withCompoundTitles(words: Iterable<string>): ReadonlySet<string> {
  const titles = new Set(words);
  return new (class extends Set<string> {
    override has(word: string): boolean {
      return super.has(word) || compoundTitle(word, titles);
    }
  })(titles);
}
