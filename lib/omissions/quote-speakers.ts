/**
 * Who said each quotation of a comparison, by attribution grammar: a person
 * or organisation at the speech verb, "he said" by its antecedent, "the
 * attorney general said" by the one holder of that office so far. Names are
 * the entities both articles share, so speakers are read per comparison; the
 * quotations themselves are each article's own (ArticleReading).
 */
import type { Side } from "../types/comparison";
import type { EntityAcross } from "../entities/resolve-entities";
import type { OmissionContext } from "./omission-input";
import type { ArticleReading, QuotedArticle, QuoteText } from "./article-reading";
import { isQuotedTitle, quoteSpans, SENTENCE_END, type VerbAt } from "./quotes";
import { atWordEdges, listenerAtVerb, type NameAt, PRONOUN_SUBJECT, pronounAntecedent, pronounFits, speakerAtVerb, startsInsideWord } from "./attribution";
import { descriptionAtVerb, OfficeHolders, TitlesAround } from "./described-speaker";
import { isOwnOutlet } from "./outlet-names";
import { joinParagraphsUpTo, type Paragraph } from "./document-text";

/** A quotation with who said it, when the article names them. */
export interface QuoteInfo extends QuoteText {
  speaker?: Speaker;
}

/** Each side's quotations, in article order, with their speakers. */
export function quotesWithSpeakers(ctx: OmissionContext): Record<Side, QuoteInfo[]> {
  const spellings = new SpellingIndex(ctx.entities);
  return { a: describe(ctx, "a", spellings), b: describe(ctx, "b", spellings) };
}

/** The code units at `at` and `at + 1` as one number. */
function pairCode(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** One spelling of an entity, numbered in the order entities and their surfaces are listed. */
interface Spelling {
  order: number;
  surface: string;
  name: string;
  type: EntityAcross["type"];
}

/** No spellings: one shared empty list, not a fresh one at every position a paragraph is searched at. */
const NONE: readonly Spelling[] = [];

/**
 * Every entity spelling, filed under its first two characters (one-character
 * spellings under that character), so a short attribution window is searched
 * with one lookup per position instead of a scan per spelling.
 */
class SpellingIndex {
  /** Keyed by the first two UTF-16 code units as one number (no substring per position). */
  private readonly byPrefix = new Map<number, Spelling[]>();
  private readonly short = new Map<number, Spelling[]>();
  /**
   * First code units that start some spelling, ASCII ones in a table: most
   * positions of a window (lower-case letters, spaces) start none, and are
   * passed over with one array read.
   */
  private readonly asciiFirsts = new Uint8Array(128);
  private readonly otherFirsts = new Set<number>();
  constructor(entities: readonly EntityAcross[]) {
    let order = 0;
    for (const e of entities) {
      for (const surface of e.surfaces) {
        const spelling = { order: order++, surface, name: e.canonical, type: e.type };
        if (surface.length === 0) continue;
        const first = surface.charCodeAt(0);
        if (first < 128) this.asciiFirsts[first] = 1;
        else this.otherFirsts.add(first);
        const map = surface.length >= 2 ? this.byPrefix : this.short;
        const key = surface.length >= 2 ? pairCode(surface, 0) : surface.charCodeAt(0);
        const list = map.get(key);
        if (list) list.push(spelling);
        else map.set(key, [spelling]);
      }
    }
  }

  /** Names found in whole paragraphs, each paragraph read once (a described speaker looks back over the article). */
  private readonly inParagraph = new Map<string, NameAt[]>();

  namesIn(paragraph: string): readonly NameAt[] {
    let found = this.inParagraph.get(paragraph);
    if (!found) {
      found = this.occurrences(paragraph).map(({ spelling, at }) => ({ at, end: at + spelling.surface.length, name: spelling.name, type: spelling.type }));
      this.inParagraph.set(paragraph, found);
    }
    return found;
  }

  /** Every occurrence of every spelling in `text`, in the order entity → surface → position. */
  occurrences(text: string): Array<{ spelling: Spelling; at: number }> {
    const hits: Array<{ spelling: Spelling; at: number }> = [];
    for (let at = 0; at < text.length; at++) {
      const first = text.charCodeAt(at);
      if (first < 128 ? this.asciiFirsts[first] === 0 : !this.otherFirsts.has(first)) continue;
      if (startsInsideWord(text, at)) continue;
      for (const spelling of this.short.get(first) ?? NONE) if (atWordEdges(text, at, at + 1)) hits.push({ spelling, at });
      // At the last position the pair code is NaN, which no spelling has.
      for (const spelling of this.byPrefix.get(pairCode(text, at)) ?? NONE) {
        if (text.startsWith(spelling.surface, at) && atWordEdges(text, at, at + spelling.surface.length)) hits.push({ spelling, at });
      }
    }
    return hits.sort((x, y) => x.spelling.order - y.spelling.order || x.at - y.at);
  }
}

/** Who said a quotation, and whether the text names them at the speech verb or only by a pronoun ("he said"). */
export interface Speaker {
  name: string;
  explicit: boolean;
}

/** The speech verbs of a text, in order (ArticleReading.speechVerbs keeps them per article). */
type VerbsOf = (text: string) => readonly VerbAt[];

/** "said he." / "said she," only: in "said he is concerned" the pronoun is the reported clause's subject, not the speaker. */
const PRONOUN_AFTER = /^\s*(?:he|she)\s*(?:[.,;]|$)/i;

/** Before a quotation: nothing (it opens its paragraph), or the pronoun that attributes it ("He added, “…”", "But she said"). */
const OPENS_WITH_QUOTE_OR_PRONOUN = /^\s*(?:(?:(?:But|And|Still|Then)\s+)?(?:he|she)\b[^"“”]{0,160})?["“]?$/i;

/** A paragraph that opens with the pronoun: its "he" goes on from the paragraph before. */
const OPENS_WITH_HE = /^\s*he\b/i;
const OPENS_WITH_SHE = /^\s*she\b/i;

/** What may stand between a speaker named after the verb and the quotation: an apposition, a colon or comma. */
const ENDS_BEFORE_QUOTE = /^\s*(?:,[^"“”]{0,100})?[:,]?\s*$/;

/**
 * Who said a quotation, by attribution grammar: a person or organisation
 * standing at the speech verb ("…," said Lanhee Chen / Lanhee Chen, the
 * campaign's policy director, said / according to the Justice Department;
 * attribution.ts). Places never speak, nor does `outlet`, the article's own,
 * nor a paper that only carries someone's words ("…," an official said,
 * according to the Gazette). "he said" takes the subject named
 * before the pronoun in its paragraph, else the last person named there,
 * else the subject of the paragraph before (`previousParagraphOf`).
 */
function speakerIn(
  q: QuoteText,
  spellings: SpellingIndex,
  soFar: ArticleSoFar,
  verbsOf: VerbsOf,
  previousParagraphOf: () => string | undefined = () => undefined,
  previous?: QuoteInfo,
  outlet?: string,
): Speaker | undefined {
  const attribution = q.attribution;
  if (!attribution) return undefined;
  const { window, verbStart, verbEnd } = attribution;
  // The article's own outlet carries the quotation; it never speaks it ("…," Hume told the Gazette).
  const found = spellings
    .occurrences(window)
    .map(({ spelling, at }) => ({ at, end: at + spelling.surface.length, name: spelling.name, type: spelling.type }))
    .filter((n) => !isOwnOutlet(n.name, n.type, outlet));
  // Before the quotation, a name after the verb speaks only when the quotation follows it ("said
  // Sen. Paul, a Kentucky Republican: “…”"); in 'the letter said the House had been briefed “…”'
  // the House is what the letter reports on.
  // Between two quotations ('“…,” said Rep. Jason Chaffetz (R-Utah). “…”') it is the first one's
  // inverted attribution, and the speaker goes on.
  const paragraph = q.quote.paragraph.text;
  const windowEnd = Math.max(0, q.quote.start - 1);
  const beforeQuote = paragraph.slice(0, windowEnd).endsWith(window);
  const afterAnotherQuote = beforeQuote && /["”]\s*$/.test(paragraph.slice(0, windowEnd - window.length));
  const namesAt = (verb: number) => (beforeQuote && !afterAnotherQuote ? found.filter((n) => n.at < verb || ENDS_BEFORE_QUOTE.test(window.slice(n.end))) : found);
  const names = namesAt(verbStart);
  const firstPronoun = pronounAt(window, verbStart, verbEnd);
  // Later verbs only when the first has no pronoun for its subject: in '“…,” he said …, according to
  // the Boston Globe' he speaks, and the paper is where it was read.
  const atFirst = speakerAtVerb(window, verbStart, verbEnd, names);
  const later = atFirst || firstPronoun ? undefined : speakerAtLaterVerb(window, verbEnd, namesAt, verbsOf);
  const named = atFirst ?? later?.name;
  if (named) return { name: named, explicit: true };
  // "Asked about his political future, he said, “…”": the pronoun may stand at a later verb.
  const pronounMatch = firstPronoun ?? later?.pronoun;
  if (!pronounMatch) {
    // "the attorney general said": the one holder of that office the article has named so far.
    const description = descriptionAtVerb(window, verbStart, verbEnd);
    const holder = description && soFar.holderFor(description, q);
    return holder ? { name: holder, explicit: false } : undefined;
  }
  // '“…,” he said. “…”': the "he said" between two quotations of a paragraph is the first one's, and
  // whoever spoke it goes on speaking.
  if (afterAnotherQuote && previous?.speaker && previous.quote.paragraph === q.quote.paragraph) return { name: previous.speaker.name, explicit: false };
  const pronoun = /\bshe\b/i.test(pronounMatch[0]) ? "she" : "he";
  // The antecedent stands before the pronoun: in '“…,” he told reporters at a news conference with Mr.
  // Santos. “…”' the name after "he told" is not who "he" is.
  const before = paragraph.slice(0, beforeQuote ? windowEnd - window.length + verbStart : q.quote.start);
  // "…," he told the vice president: whoever "he" is, it is not the vice president.
  const listener = listenerAtVerb(window, verbStart, verbEnd, names);
  // '“…,” said Maggie Gallagher, a founder of the group. She called the decision “…”': whoever spoke
  // last in the paragraph, unless a new subject opens a sentence since.
  const spoke = previous?.speaker?.explicit && previous.quote.paragraph === q.quote.paragraph ? previous : undefined;
  if (spoke?.speaker && spoke.quote.end < before.length) {
    const since = paragraph.slice(spoke.quote.end);
    if (!antecedentIn(since, before.length - spoke.quote.end, spellings, listener, true, pronoun)) return { name: spoke.speaker.name, explicit: false };
  }
  // Nobody named before the pronoun in its paragraph: it goes on from the paragraph before, whose subject speaks.
  // A paragraph that opens with "He …" goes on from the one before as well, so a name it
  // mentions on the way ("He said there would be no daylight between him and Kerry") is no
  // subject; only a name opening a sentence of its own is.
  const opensWithPronoun = (pronoun === "she" ? OPENS_WITH_SHE : OPENS_WITH_HE).test(paragraph);
  const inParagraph = antecedentIn(paragraph, before.length, spellings, listener, opensWithPronoun, pronoun);
  if (inParagraph) return { name: inParagraph, explicit: false };
  // '“I will not resign,” said Mr. LePage.' then '“…,” he said.' / 'He added, “…”': in a paragraph that
  // opens with the quotation or the pronoun, the pronoun goes on with whoever spoke last in the paragraph
  // before (a quotation, not a quoted title), unless a subject opens a sentence there after it.
  const spokeBefore = previous?.speaker && previous.quote.paragraph === q.quote.paragraph.previous && previous.wordCount >= 3 && !isQuotedTitle(previous.quote.text) ? previous : undefined;
  if (spokeBefore?.speaker && OPENS_WITH_QUOTE_OR_PRONOUN.test(paragraph.slice(0, q.quote.start)) && pronounFits(spokeBefore.speaker.name, pronoun)) {
    const since = spokeBefore.quote.paragraph.text.slice(spokeBefore.quote.end);
    if (!antecedentIn(since, since.length, spellings, listener, true, pronoun)) return { name: spokeBefore.speaker.name, explicit: false };
  }
  const previousParagraph = previousParagraphOf();
  const antecedent = previousParagraph === undefined ? undefined : antecedentIn(previousParagraph, previousParagraph.length, spellings, listener, true, pronoun);
  return antecedent ? { name: antecedent, explicit: false } : undefined;
}

/**
 * One side's article as one text (paragraphs joined by blank lines, up to the paragraph of its
 * last quotation), with the names in it, built on the first described speaker: "the attorney
 * general said" names the one holder of that office in the article before the quotation.
 */
class ArticleSoFar {
  private article: QuotedArticle;
  private holders: OfficeHolders;
  /** Paragraphs whose names are in `holders`. */
  private read = 0;

  constructor(
    reading: ArticleReading,
    private readonly spellings: SpellingIndex,
  ) {
    this.article = reading.quotedArticle();
    this.holders = new OfficeHolders(this.article.titles);
  }

  holderFor(description: readonly string[], q: QuoteText): string | undefined {
    if (!this.article.joined.starts.has(q.quote.paragraph)) {
      // A paragraph off the chain before the last quotation's (none, as quotes are read in order): read up to it.
      const joined = joinParagraphsUpTo(q.quote.paragraph);
      this.article = { joined, titles: new TitlesAround(joined.text) };
      this.holders = new OfficeHolders(this.article.titles);
      this.read = 0;
    }
    const { paragraphs, starts } = this.article.joined;
    const start = starts.get(q.quote.paragraph) ?? 0;
    // Names are read only as far as a quotation asks.
    while (this.read < paragraphs.length && (starts.get(paragraphs[this.read] as Paragraph) ?? 0) <= start) {
      const paragraph = paragraphs[this.read++] as Paragraph;
      const offset = starts.get(paragraph) ?? 0;
      this.holders.add(this.spellings.namesIn(paragraph.text).map((n) => ({ ...n, at: n.at + offset, end: n.end + offset })));
    }
    return this.holders.holderBefore(description, start + q.quote.start);
  }
}

/** "he said" / "said he,": a pronoun as the subject of the verb at window[verbStart, verbEnd). */
function pronounAt(window: string, verbStart: number, verbEnd: number): RegExpExecArray | null {
  return PRONOUN_SUBJECT.exec(window.slice(Math.max(0, verbStart - 24), verbStart)) ?? PRONOUN_AFTER.exec(window.slice(verbEnd));
}

/**
 * "Asked again about budget issues, Lamb said: “…”": when the first verb names nobody, the next
 * ones are read, up to the first that names a speaker or has a pronoun for its subject.
 */
function speakerAtLaterVerb(
  window: string,
  from: number,
  namesAt: (verb: number) => Parameters<typeof speakerAtVerb>[3],
  verbsOf: VerbsOf,
): { name?: string; pronoun?: RegExpExecArray } | undefined {
  for (const verb of verbsOf(window)) {
    if (verb.index < from) continue;
    const end = verb.index + verb.text.length;
    const name = speakerAtVerb(window, verb.index, end, namesAt(verb.index));
    if (name) return { name };
    const pronoun = pronounAt(window, verb.index, end);
    if (pronoun) return { pronoun };
  }
  return undefined;
}

/** Whom a pronoun standing at `upTo` in a paragraph refers to (attribution.ts, pronounAntecedent); quotations are read on the whole paragraph. */
function antecedentIn(
  paragraph: string,
  upTo: number,
  spellings: SpellingIndex,
  listener: string | undefined,
  subjectOnly = false,
  pronoun?: "he" | "she",
): string | undefined {
  const before = paragraph.slice(0, upTo);
  const names = spellings.occurrences(before).map(({ spelling, at }) => ({ at, name: spelling.name, type: spelling.type }));
  return pronounAntecedent(before, names, quoteSpans(paragraph), listener, subjectOnly, pronoun);
}

/** Each quote of one side, with who said it (named by an entity of either side near a speech verb). */
function describe(ctx: OmissionContext, side: Side, spellings: SpellingIndex): QuoteInfo[] {
  let previous: QuoteInfo | undefined;
  const quotes = ctx.readings[side].quotes();
  const reading = ctx.readings[side];
  const soFar = new ArticleSoFar(reading, spellings);
  // An attribution window is the article's own: its speech verbs are read once, for every comparison.
  const verbsOf: VerbsOf = (window) => reading.speechVerbs(window);
  return quotes.map((q) => {
    // "he said" with nobody named before it in its paragraph goes on from the paragraph before.
    const speaker = speakerIn(q, spellings, soFar, verbsOf, () => q.quote.paragraph.previous?.text, previous, ctx.outlets[side]) ?? sameSentenceSpeaker(q, previous);
    previous = { ...q, speaker };
    return previous;
  });
}

/**
 * A quotation with no attribution of its own, in the sentence of a quotation whose speaker is
 * known, is theirs: 'Holder said they were starting “a good dialogue” but that it was “not
 * enough.”', '“…,” Mr. Gingrich said on the program “Fox and Friends.” “We would never…”'.
 */
function sameSentenceSpeaker(q: QuoteText, previous: QuoteInfo | undefined): Speaker | undefined {
  if (!previous?.speaker || previous.quote.paragraph !== q.quote.paragraph || q.quote.start <= previous.quote.end) return undefined;
  const between = q.quote.paragraph.text.slice(previous.quote.end + 1, Math.max(previous.quote.end + 1, q.quote.start - 1));
  return SENTENCE_END.test(between) ? undefined : { name: previous.speaker.name, explicit: false };
}

