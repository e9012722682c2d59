/**
 * Raw article text with its word starts indexed, for "is this spelling
 * written here on its own?" (the entity flags' raw-text check).
 */
import { ASCII_ALNUM, charLength, isLetterOrNumberAt } from "../text/char-classes";
import { datelineLength } from "../text/dateline";

const LETTER_OR_NUMBER_START = /^[\p{L}\p{N}]+/u;
/**
 * The boundary rules of a spelling written "on its own", checked at one
 * position (sticky, empty match): not inside a word and not the tail of a
 * longer capitalised name before it ("South China" for "China", "U.S. Army",
 * "Sen. Burr")… A capitalised word that ends a sentence is no part of the
 * name after it ("…Russia and Turkey. Intelligence committee chairman"): only
 * a short abbreviation or dotted initials carry their point into a name; nor
 * is an article ("The Guardian" writes "Guardian" on its own).
 */
const ALONE_BEFORE = /(?<![\p{L}\p{N}]|(?<![\p{L}])(?!(?:The|A|An)\s)\p{Lu}\p{L}*\s|\p{Lu}\p{L}{0,3}\.\s|(?:\p{L}\.){2,}\s)/uy;
/** …nor followed by more letters or by another capitalised word ("China Sea"). */
const ALONE_AFTER = /(?![\p{L}\p{N}]|\s\p{Lu})/uy;

/**
 * One article's text with the start of every word indexed, so looking up a
 * spelling costs a hash lookup plus a check per occurrence of its first word
 * instead of a scan of the whole text (there are hundreds of spellings to try
 * on a long article).
 */
export class TextIndex {
  private readonly starts = new Map<string, number[]>();
  constructor(readonly text: string) {
    // Word runs are letters and digits ([\p{L}\p{N}]+), scanned by hand (see char-classes.ts).
    // ASCII characters (nearly all of an English text) answer from the table without a call.
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_ALNUM[c] === 0 : !isLetterOrNumberAt(text, i)) {
        i += c < 128 ? 1 : charLength(text, i);
        continue;
      }
      const start = i;
      for (;;) {
        const d = text.charCodeAt(i);
        if (i >= n || (d < 128 ? ASCII_ALNUM[d] === 0 : !isLetterOrNumberAt(text, i))) break;
        i += d < 128 ? 1 : charLength(text, i);
      }
      // Names are looked up, and they start with a capital or a digit: words in lower case
      // (most of a text) are left out, and the rare spelling that starts with one is scanned for.
      const first = text.charCodeAt(start);
      if (first >= 97 && first <= 122) continue;
      const word = text.slice(start, i);
      const list = this.starts.get(word);
      if (list) list.push(start);
      else this.starts.set(word, [start]);
    }
  }

  /**
   * Answers so far: the same spellings are asked of an article in every
   * comparison it takes part in (an index lives as long as its article's reading).
   */
  private readonly aloneMemo = new Map<string, boolean>();

  private lowered?: string;
  private readonly anyCaseMemo = new Map<string, boolean>();

  /**
   * Is `form` written here as whole words in any case? "the tea party-backed candidate", "the
   * president's intelligence advisory board", "a “deep state”": one outlet capitalises what
   * another writes in lower case. (For names of two words or more: one word in lower case is
   * mostly an ordinary word.) Written exactly as `form`, it is `hasAlone`'s to judge.
   */
  hasIgnoringCase(form: string): boolean {
    let found = this.anyCaseMemo.get(form);
    if (found === undefined) {
      const text = (this.lowered ??= this.text.toLowerCase());
      const target = form.toLowerCase();
      found = false;
      for (let at = text.indexOf(target); at >= 0 && !found; at = text.indexOf(target, at + 1)) {
        const end = at + target.length;
        // Written as given, the capitalised form is `hasAlone`'s to judge ("Trump Tower" inside "Trump Tower Moscow").
        found = (at === 0 || !isLetterOrNumberAt(text, at - 1)) && (end >= text.length || !isLetterOrNumberAt(text, end)) && this.text.slice(at, end) !== form;
      }
      this.anyCaseMemo.set(form, found);
    }
    return found;
  }

  private datelines?: string[];

  /**
   * Is `form` the place of a dateline here ("LOUISVILLE, Ky., Dec. 3 (CWS) - ")? A dateline names no
   * party to the story (lib/text/dateline.ts), so it makes no mention, but an article that was filed
   * from Louisville does not leave Louisville out: "never in" it would be false.
   */
  inDateline(form: string): boolean {
    this.datelines ??= this.text
      .split("\n")
      .map((line) => line.slice(0, datelineLength(line)).toUpperCase())
      .filter((d) => d !== "");
    if (this.datelines.length === 0) return false;
    const target = form.toUpperCase();
    return this.datelines.some((d) => {
      const at = d.indexOf(target);
      return at >= 0 && (at === 0 || !isLetterOrNumberAt(d, at - 1)) && (at + target.length >= d.length || !isLetterOrNumberAt(d, at + target.length));
    });
  }

  /** Is `form` written here on its own, not inside a longer name ("China" in "South China Sea" is not)? */
  hasAlone(form: string): boolean {
    let alone = this.aloneMemo.get(form);
    if (alone === undefined) {
      alone = this.findAlone(form);
      this.aloneMemo.set(form, alone);
    }
    return alone;
  }

  /** Whether a word starting with a capital or a digit is written here as a whole word, alone or inside a longer name ("Romney" in "Mitt Romney"). */
  hasWord(word: string): boolean {
    return this.starts.has(word);
  }

  /**
   * Is `form` written here as whole words, exactly, wherever it stands: on its
   * own or inside a longer name ("Safety" in "Industrial Safety Board", "China"
   * in "South China Sea")? A text that writes a spelling cannot be said never
   * to name it, whatever the name it is part of there.
   */
  hasWhole(form: string): boolean {
    let whole = this.wholeMemo.get(form);
    if (whole === undefined) {
      whole = this.findWhole(form);
      this.wholeMemo.set(form, whole);
    }
    return whole;
  }

  private readonly wholeMemo = new Map<string, boolean>();

  private findWhole(form: string): boolean {
    const bounded = (at: number): boolean =>
      (at === 0 || !isLetterOrNumberAt(this.text, at - 1)) && (at + form.length >= this.text.length || !isLetterOrNumberAt(this.text, at + form.length));
    const lead = LETTER_OR_NUMBER_START.exec(form)?.[0];
    if (lead === undefined || startsLowerAscii(lead)) {
      for (let at = this.text.indexOf(form); at >= 0; at = this.text.indexOf(form, at + 1)) if (bounded(at)) return true;
      return false;
    }
    // Indexed starts begin whole word runs: only the end is left to check.
    for (const at of this.starts.get(lead) ?? []) if (this.text.startsWith(form, at) && bounded(at)) return true;
    return false;
  }

  private findAlone(form: string): boolean {
    const end = (at: number): boolean => {
      ALONE_AFTER.lastIndex = at + form.length;
      return ALONE_AFTER.test(this.text);
    };
    const before = (at: number): boolean => {
      ALONE_BEFORE.lastIndex = at;
      return ALONE_BEFORE.test(this.text);
    };
    const lead = LETTER_OR_NUMBER_START.exec(form)?.[0];
    if (lead === undefined || startsLowerAscii(lead)) {
      // Starts with a mark, a space or a lower-case word (not indexed): scan.
      for (let at = this.text.indexOf(form); at >= 0; at = this.text.indexOf(form, at + 1)) {
        if (before(at) && end(at)) return true;
      }
      return false;
    }
    // Not preceded by a letter or digit, so the match starts a whole word run, which is `lead`.
    for (const at of this.starts.get(lead) ?? []) {
      if (this.text.startsWith(form, at) && before(at) && end(at)) return true;
    }
    return false;
  }
}


function startsLowerAscii(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}
