/**
 * The issuer's standing text closing a press release: the "About <Company>"
 * section (a heading naming the issuer, then a paragraph describing it:
 * "Acme Pharmacy is a leading …, headquartered in … For more information
 * visit www.…") and the forward-looking-statement / safe-harbor disclaimer.
 * The issuer prints the same text under every release, so it says nothing
 * about the event; compared as content, the other sources all "left it out"
 * and it ranked among the omissions. These blocks are kept (an analyst may
 * want the company's own description in the article view) under the role
 * `boilerplate`, which no analysis reads.
 *
 * Shapes, never one issuer's strings. A news paragraph that opens with the
 * word ("About 200 people gathered …") is no heading: the heading form is
 * "About" and a name alone (or a name then the paragraph repeating it), the
 * next text must define that name ("Acme is …", "Founded in …, Acme …"), and
 * the section must close the text: an "About" box in the middle of a story,
 * with the story going on after it, is the story's.
 */
import { readerWordCount } from "../../text/unspaced-words";

const words = readerWordCount;

/** The release's own text comes first: no section before two paragraphs of prose. */
const PROSE_WORDS = 15;
const PROSE_BEFORE = 2;
/** Paragraphs an "About" section or a disclaimer runs to, at most, before a heading ends it. */
const MAX_ABOUT_PARAGRAPHS = 5;
const MAX_DISCLAIMER_PARAGRAPHS = 8;
/** Prose paragraphs after an "About" section that are not boilerplate: one (a "View source version …" line) is allowed. */
const MAX_PROSE_AFTER_ABOUT = 1;
/** Name words of "About <Name>"; the text defining it names it within its first words. */
const MAX_NAME_WORDS = 10;
const DEFINING_WINDOW = 30;
const MIN_DEFINING_WORDS = 8;

/** "About", in the languages the cleaning rules read; case-insensitive, so the name must carry the capital. */
const ABOUT = /^(?:about|à propos d(?:e\s+|')|a propos d(?:e\s+|')|über|acerca de|sobre|informazioni su)\s*/iu;
/** Words a name may hold uncapitalised: "Bank of Halden", "Smith & Sons", "Halden Water plc". */
const NAME_LINKS = /^(?:of|the|and|&|for|de|du|des|la|le|del|der|die|und|y|e|et|von|van|plc|[-–—])$/u;
const isNameWord = (w: string): boolean => /^(?:\p{Lu}|\d+\p{Lu})/u.test(w);
/** Verbs that define ("Acme is a …"), in the same languages; a stock ticker or "Founded in …" does as well. */
const DEFINES = /(?:^|[\s,])(?:is|are|was|has been|est|ist|es|é|è)(?=\s)/u;
const TICKER = /\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|OTC\w*|AIM|Euronext|SIX|XETRA|HKEX|TSE|FWB)\b/;
const SETTING = /^(?:founded|established|headquartered|based|incorporated|launched|created|since|fondée?|gegründet|fundada?)\b/i;
const THE_ISSUER = /^(?:the|this) (?:company|group|firm|organi[sz]ation|foundation|agency|association|society|trust|charity|council)\b/i;

/** Forward-looking-statement and safe-harbor sections: their heading, alone on a short line. */
const DISCLAIMER_HEADING = /forward[- ]looking (?:statements?|information)|safe harbou?r|cautionary (?:note|statement|language)/i;
/** A paragraph of the disclaimer itself: the topic and the lawyers' words with it. */
const FORWARD_LOOKING = /forward[- ]looking (?:statements?|information)/i;
const LEGAL =
  /private securities litigation reform act|section 27a|section 21e|safe harbou?r|undue reliance|(?:undertakes?|assumes?) no (?:obligation|duty)|(?:disclaims?|no) (?:any )?(?:obligation|intention|duty) to (?:update|revise)|within the meaning of/i;
/** A following paragraph that carries the disclaimer on without its key words. */
const DISCLAIMER_GOES_ON = /forward[- ]looking|actual results .{0,60}differ materially|form 10-[kq]\b|annual report on form|undue reliance|risk factors/i;

const isProse = (line: string): boolean => words(line) >= PROSE_WORDS;

/** A short line that opens a new part ("Forward-Looking Statements", "Media Contact:", "Contacts"): it ends a section. */
function isHeadingLike(line: string): boolean {
  const text = line.trim();
  return words(text) > 0 && words(text) <= 12 && !/[.!?]["”’)]*$/.test(text) && !/^\p{Ll}/u.test(text);
}

const bare = (w: string): string => w.replace(/^[("“'‘]+|[)"”'’,:;.]+$/gu, "");

/** The name's own words ("Acme", "Pharmacy"), which the defining text repeats. */
const nameKeys = (name: readonly string[]): string[] => name.map(bare).filter((w) => w.length >= 2 && isNameWord(w));

/** Whether `text` defines what `name` names: "Acme Pharmacy (NASDAQ: ACME) is a leading …", "Founded in 1998, Acme …". */
function defines(text: string, name: readonly string[]): boolean {
  const all = text.trim().split(/\s+/);
  if (all.length < MIN_DEFINING_WORDS) return false;
  const head = all.slice(0, DEFINING_WINDOW).join(" ");
  const keys = nameKeys(name);
  const named = THE_ISSUER.test(head) || keys.some((k) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(head));
  return named && (DEFINES.test(head) || TICKER.test(head) || SETTING.test(head));
}

/** A run of name words: the first capitalised, every word capitalised or a linking word, at least one a name word. */
function isName(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_NAME_WORDS) return false;
  const first = bare(tokens[0]!);
  if (!isNameWord(first) && !/^the$/i.test(first)) return false;
  return tokens.every((t) => isNameWord(bare(t)) || NAME_LINKS.test(bare(t))) && nameKeys(tokens).length > 0;
}

/**
 * The name an "About" heading at `i` gives: the heading line alone ("About Acme Pharmacy", the next line defining
 * it), or a heading run into its paragraph, as a bold heading and a line break read ("About Acme Pharmacy: Acme
 * Pharmacy is …"). Undefined when the line is no such heading.
 */
function aboutHeadingName(lines: readonly string[], i: number): string[] | undefined {
  const line = lines[i]!.trim();
  const about = ABOUT.exec(line);
  if (!about) return undefined;
  const tokens = line.slice(about[0].length).split(/\s+/).filter(Boolean);
  if (!/[.!?]["”’)]*$/.test(line) && isName(tokens.map((t) => t.replace(/:$/, "")))) {
    const next = lines[i + 1];
    if (next !== undefined && defines(next, tokens)) return tokens;
  }
  for (let k = 1; k <= Math.min(MAX_NAME_WORDS, tokens.length - 1); k++) {
    const name = tokens.slice(0, k);
    if (!isName(name)) break;
    const rest = tokens.slice(k).join(" ").replace(/^[:–—-]\s*/, "");
    if (defines(rest, name)) return name;
    if (/:$/.test(tokens[k - 1]!)) break;
  }
  return undefined;
}

const WEB = /(?:https?:\/\/|www\.|\.(?:com|org|net)\b|for (?:more|further|additional) information|learn more|visit\b)/i;

/** A later paragraph of the "About" section names the issuer again or says where to read more; the story's next paragraph need not. */
const staysAbout = (name: readonly string[]) => {
  const keys = nameKeys(name);
  return (line: string): boolean => WEB.test(line) || THE_ISSUER.test(line) || keys.some((k) => line.includes(k));
};

const isDisclaimerHeading = (line: string): boolean => isHeadingLike(line) && line.length <= 120 && DISCLAIMER_HEADING.test(line);
const isDisclaimerParagraph = (line: string): boolean => FORWARD_LOOKING.test(line) && LEGAL.test(line);

/** Indexes of the lines after `at` that belong to the section opened there, until a heading-like line. */
function sectionEnd(lines: readonly string[], at: number, max: number, belongs: (line: string) => boolean = () => true): number {
  let j = at + 1;
  while (j < lines.length && j - at <= max && !isHeadingLike(lines[j]!) && belongs(lines[j]!)) j++;
  return j;
}

/**
 * Indexes of the lines (blocks, or a pasted text's paragraphs) that are the issuer's boilerplate. `skip`: lines
 * already dropped (a release's contact block), which neither count as the text going on nor end a section.
 */
export function markIssuerBoilerplate(lines: readonly string[], skip: ReadonlySet<number> = new Set()): Set<number> {
  const marked = new Set<number>();
  const abouts: Array<[number, number]> = [];
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const line = lines[i]!;
    if (prose >= PROSE_BEFORE) {
      let end = i;
      const name = aboutHeadingName(lines, i);
      if (name) {
        // Its paragraphs name the issuer (the defining one does): a paragraph that does not is the story going on.
        end = sectionEnd(lines, i, MAX_ABOUT_PARAGRAPHS, staysAbout(name));
        abouts.push([i, end]);
      } else if (isDisclaimerHeading(line) && lines[i + 1] !== undefined && FORWARD_LOOKING.test(lines[i + 1]!)) {
        end = sectionEnd(lines, i, MAX_DISCLAIMER_PARAGRAPHS);
      } else if (isDisclaimerParagraph(line)) {
        end = sectionEnd(lines, i, MAX_DISCLAIMER_PARAGRAPHS, (l) => DISCLAIMER_GOES_ON.test(l));
      }
      if (end > i) {
        for (let k = i; k < end; k++) marked.add(k);
        i = end - 1;
        continue;
      }
    }
    if (isProse(line)) prose++;
  }
  // An "About" section closes the text: with the story going on after it, it was a box in the story.
  for (const [from, to] of abouts) {
    let after = 0;
    for (let k = to; k < lines.length; k++) if (!marked.has(k) && !skip.has(k) && isProse(lines[k]!)) after++;
    if (after > MAX_PROSE_AFTER_ABOUT) for (let k = from; k < to; k++) marked.delete(k);
  }
  return marked;
}
