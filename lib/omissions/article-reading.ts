/**
 * What the omission finders read off one article, worked out once per article
 * and reused by every comparison the article takes part in: a story compares
 * each article with several others, and in a single comparison this is about
 * a third of the omission pass. Only what depends on the article alone lives
 * here; whatever depends on the other side (which entities the two share,
 * who a quote is attributed to) is computed per comparison.
 *
 * Everything is built on first use, so a caller that needs only some of it
 * (the raw-text check runs only when an entity looks one-sided) pays for
 * that only.
 */
import { appendTo } from "../collections/append-to";
import type { AliasIndex } from "../entities/alias-index";
import { scanDocument, type ScannedDocument } from "../entities/find-mentions";
import { contentStemSet, tokenize, type Token } from "../text/tokens";
import type { Passage } from "../text/types";
import { openingLanguage, type TextLanguage } from "../text/language";
import { attributionWindow, extractQuotes, SPEECH_VERB, speechVerbsIn, type Quote, type VerbAt } from "./quotes";
import { QuoteIndex } from "./quote-index";
import { passageTraits, type PassageTraits } from "./salience";
import { normalizedWords, shortHash } from "./stable-key";
import { TextIndex } from "./text-index";
import { CoverIndex, coverWords, type CoverWord } from "./passage-cover";
import { extractNumbers, figuresInWords, type NumberMention } from "./numbers";
import { spansInWords } from "./time-spans";
import { rateChangesInWords } from "./rate-changes";
import { tallyParts, talliesInWords } from "./tallies";
import { correctionSpans, inSpans, opensCorrectionNote, type Span } from "./correction-note";
import { estimateCovers, figureOf, roundsTo, withinEstimates, type Estimates, type Rounding } from "./approximately";
import { WordText } from "./word-text";
import { kept } from "./kept";
import { joinParagraphsUpTo, type JoinedParagraphs } from "./document-text";
import { TitlesAround } from "./described-speaker";
import { unnamedSourceIn } from "./unnamed-source";
import { statesAnAbsence } from "./absence-statement";
import { speakerSpans } from "./speaker-words";
import { attributedToPronoun } from "./attribution";

/** An article's text as described speakers read it (ArticleReading.quotedArticle). */
export interface QuotedArticle {
  joined: JoinedParagraphs;
  titles: TitlesAround;
}

/** A quotation with the words the matchers compare it by. */
export interface QuoteText {
  quote: Quote;
  /** Content stems. */
  stems: Set<string>;
  /** Normalised words joined by single spaces. */
  words: string;
  /** `words` split at its spaces. */
  wordList: readonly string[];
  /** Number of (non-empty) words. */
  wordCount: number;
  /** Where its speaker would be named, when a speech verb is near. */
  attribution?: Attribution;
}

/** The words around a quote that carry a speech verb, and where the verb is in them. */
export interface Attribution {
  window: string;
  verbStart: number;
  verbEnd: number;
}

function attributionOf(quote: Quote): Attribution | undefined {
  const window = attributionWindow(quote);
  const verb = SPEECH_VERB.exec(window);
  return verb ? { window, verbStart: verb.index, verbEnd: verb.index + verb[0].length } : undefined;
}

/** An article's figures by unit: the amounts it gives, the ranges its bounds and estimates allow, and its roundings. */
interface ArticleFigures {
  exact: ReadonlyMap<string, number[]>;
  estimates: Estimates;
  roundings: ReadonlyMap<string, Rounding[]>;
}

export class ArticleReading {
  /** Tokens by text: passage texts, and any other text a finder tokenises for this article. */
  private readonly tokenMemo = new Map<string, readonly Token[]>();
  private readonly keyMemo = new Map<string, string>();
  private readonly wordsMemo = new Map<string, string>();
  private readonly traitsMemo = new Map<string, PassageTraits>();
  private readonly verbsMemo = new Map<string, readonly VerbAt[]>();
  private readonly unnamedMemo = new Map<string, string | undefined>();
  private readonly absenceMemo = new Map<string, boolean>();
  private readonly pronounMemo = new Map<string, boolean>();
  /** Entity scans per alias index (an analyst's aliases change what is a name). */
  private readonly scanMemo = new WeakMap<AliasIndex, ScannedDocument>();
  private quoteMemo?: readonly QuoteText[];
  private quoteIndexMemo?: QuoteIndex;
  private wordTextMemo?: WordText;
  private textIndexMemo?: TextIndex;
  private coverIndexMemo?: CoverIndex;
  private quotedMemo?: ReadonlySet<number>;
  private readonly coverWordsMemo = new Map<string, readonly CoverWord[]>();
  private readonly saidWordsMemo = new Map<string, readonly CoverWord[]>();
  private numbersMemo?: ReadonlyArray<readonly NumberMention[]>;
  private reportedMemo?: ReadonlyArray<readonly NumberMention[]>;
  private noteMemo?: readonly boolean[];
  private numberValuesMemo?: ReadonlySet<string>;
  private quotedArticleMemo?: QuotedArticle;
  private figuresMemo?: ArticleFigures;
  private languageMemo?: TextLanguage;

  constructor(readonly passages: readonly Passage[]) {}

  /** The article's language; names are read in English text only (lib/text/language.ts). */
  get language(): TextLanguage {
    return (this.languageMemo ??= openingLanguage(this.passages.map((p) => p.text)));
  }

  /** Tokens of `text` (read-only: shared by every finder and every comparison). */
  tokens(text: string): readonly Token[] {
    return kept(this.tokenMemo, text, () => tokenize(text));
  }

  /** The tokens of a text this article has already tokenised, if any. */
  knownTokens(text: string): readonly Token[] | undefined {
    return this.tokenMemo.get(text);
  }

  /** The text's normalised words, as one string (see stable-key.ts). */
  normalizedWords(text: string): string {
    return kept(this.wordsMemo, text, () => normalizedWords(text, (t) => this.tokens(t)));
  }

  /** The stable key of a text (see stable-key.ts), for flag keys. */
  textKey(text: string): string {
    return kept(this.keyMemo, text, () => shortHash(this.normalizedWords(text)));
  }

  /** What a passage's salience reads of its text (see salience.ts). */
  traits(text: string): PassageTraits {
    return kept(this.traitsMemo, text, () => passageTraits(text, this.tokens(text)));
  }

  /** The speech verbs of a text of this article, in order (who speaks is read per comparison, where they are is not). */
  speechVerbs(text: string): readonly VerbAt[] {
    return kept(this.verbsMemo, text, () => speechVerbsIn(text));
  }

  /** The source a text quotes without naming it ("a senior administration official"), if any (unnamed-source.ts). */
  unnamedSource(text: string): string | undefined {
    return kept(this.unnamedMemo, text, () => unnamedSourceIn(text));
  }

  /** Whether a text says another account leaves something out (absence-statement.ts). */
  statesAbsence(text: string): boolean {
    return kept(this.absenceMemo, text, () => statesAnAbsence(text));
  }

  /** Whether a text is attributed to "he" or "she" at a speech verb (attribution.ts): the items ask it of every left-out paragraph. */
  attributedToPronoun(text: string): boolean {
    return kept(this.pronounMemo, text, () => attributedToPronoun(text));
  }

  /** Candidate entity mentions of every passage, in passage order, with the article's word evidence. */
  scanned(index: AliasIndex): ScannedDocument {
    return kept(this.scanMemo, index, () => scanDocument(this.passages.map((p) => p.text), index, (text) => this.tokens(text)));
  }

  quotes(): readonly QuoteText[] {
    return (this.quoteMemo ??= extractQuotes(this.passages).map((quote) => {
      const tokens = this.tokens(quote.text);
      const words = this.normalizedWords(quote.text);
      const wordList = words.split(" ");
      return {
        quote,
        stems: contentStemSet(tokens),
        words,
        wordList,
        wordCount: wordList.filter(Boolean).length,
        attribution: attributionOf(quote),
      };
    }));
  }

  /**
   * The article up to the paragraph of its last quotation as one text, with the titles and roles
   * around places in it: "the attorney general said" is read against the article before it.
   */
  quotedArticle(): QuotedArticle {
    if (!this.quotedArticleMemo) {
      const joined = joinParagraphsUpTo(this.quotes().at(-1)?.quote.paragraph);
      this.quotedArticleMemo = { joined, titles: new TitlesAround(joined.text) };
    }
    return this.quotedArticleMemo;
  }

  /** This article's quotes indexed by wording and stem, in the order of `quotes()`. */
  quoteIndex(): QuoteIndex {
    return (this.quoteIndexMemo ??= new QuoteIndex(this.quotes()));
  }

  /** The whole article as normalised words (passages without words add nothing). */
  wordText(): WordText {
    if (!this.wordTextMemo) {
      // One flat list in a plain loop: flatMap over per-passage arrays cost several times more on a long article.
      const words: string[] = [];
      for (const p of this.passages) for (const t of this.tokens(p.text)) words.push(t.norm);
      this.wordTextMemo = WordText.fromWords(words);
    }
    return this.wordTextMemo;
  }

  /** The figures and dates of each passage, in passage order. */
  numbers(): ReadonlyArray<readonly NumberMention[]> {
    return (this.numbersMemo ??= this.passages.map((p) => extractNumbers(p.text, this.tokens(p.text), this.language)));
  }

  /**
   * The figures and dates of each passage that the article reports as its
   * own: not those it gives only as what it, or an earlier version, got
   * wrong ("an earlier version of this article gave the death toll as
   * twelve"; correction-note.ts).
   */
  reportedNumbers(): ReadonlyArray<readonly NumberMention[]> {
    return (this.reportedMemo ??= this.numbers().map((ms, k) => {
      const spans = ms.length > 0 ? this.correctionSpansOf(k) : [];
      return spans.length === 0 ? ms : ms.filter((m) => !inSpans(spans, m.start, m.end));
    }));
  }

  /** Where passage `k` says what was wrong before: all of it when a passage of its paragraph up to it opens a note. */
  private correctionSpansOf(k: number): Span[] {
    const passage = this.passages[k];
    return passage ? correctionSpans(passage.text, this.noteGoesOn()[k] ?? false) : [];
  }

  /** Per passage, whether an earlier passage of its paragraph opened a correction note (read once, in one pass). */
  private noteGoesOn(): readonly boolean[] {
    if (!this.noteMemo) {
      let open = false;
      this.noteMemo = this.passages.map((p, k) => {
        if (this.passages[k - 1]?.paragraph !== p.paragraph) open = false;
        const goesOn = open;
        open ||= opensCorrectionNote(p.text);
        return goesOn;
      });
    }
    return this.noteMemo;
  }

  /**
   * Every figure and date value the article reports anywhere, also in another
   * unit ("two decades" gives 2 and 20, "25 basis points" 0.25 percentage
   * point) or in words ("a decade" gives 10, "half of" 50%, "a year and a
   * half" 18 months, "a quarter of a percentage point" 0.25 point), and the
   * parts of a tally and the tallies a passage says in words ("4-2" gives 4
   * and 2, "four members … two members" 4-2): see numbers.ts, time-spans.ts,
   * rate-changes.ts and tallies.ts.
   */
  numberValues(): ReadonlySet<string> {
    if (!this.numberValuesMemo) {
      const values = new Set<string>();
      this.reportedNumbers().forEach((ms, k) => {
        for (const m of ms) {
          values.add(m.value);
          if (m.equivalent) values.add(m.equivalent);
          for (const v of tallyParts(m)) values.add(v);
        }
        const text = this.passages[k]?.text;
        // A correction note's words are what was wrong: "a dozen" there gives no 12.
        if (text && this.correctionSpansOf(k).length === 0) {
          const tokens = this.tokens(text);
          for (const v of figuresInWords(tokens)) values.add(v);
          for (const v of spansInWords(tokens)) values.add(v);
          for (const v of rateChangesInWords(tokens)) values.add(v);
          for (const v of talliesInWords(ms, tokens)) values.add(v);
        }
      });
      this.numberValuesMemo = values;
    }
    return this.numberValuesMemo;
  }

  /**
   * Whether the article gives this figure, exactly or in round terms: "more
   * than $700 billion" gives "$716 billion", and "$1.1 million" gives "more
   * than $1 million" (approximately.ts).
   */
  givesFigure(m: Pick<NumberMention, "value" | "approx" | "equivalent" | "rounding">): boolean {
    if (this.numberValues().has(m.value) || (m.equivalent !== undefined && this.numberValues().has(m.equivalent))) return true;
    const figures = this.figures();
    return withinEstimates(m.value, figures.estimates) || estimateCovers(m.value, m.approx, figures.exact) || this.givesRounded(m, figures);
  }

  /**
   * Whether the figure and one of the article's are one figure, one of them
   * rounded: "3,987,214" and "3.99 million" (approximately.ts, Rounding).
   */
  private givesRounded(m: Pick<NumberMention, "value" | "rounding">, figures: ArticleFigures): boolean {
    const figure = figureOf(m.value);
    if (!figure) return false;
    const { rounding } = m;
    if (rounding) return (figures.exact.get(figure.unit) ?? []).some((amount) => roundsTo(amount, rounding));
    return (figures.roundings.get(figure.unit) ?? []).some((r) => roundsTo(figure.amount, r));
  }

  /** The article's figures by unit: the amounts it gives, and the ranges its bounds and estimates allow. */
  private figures(): ArticleFigures {
    if (!this.figuresMemo) {
      const exact = new Map<string, number[]>();
      const roundings = new Map<string, Rounding[]>();
      const estimates = new Map<string, Array<{ low: number; high: number }>>();
      for (const ms of this.reportedNumbers()) {
        for (const m of ms) {
          const figure = m.kind === "count" ? figureOf(m.value) : undefined;
          if (!figure) continue;
          if (m.approx) appendTo(estimates, figure.unit, m.approx);
          else appendTo(exact, figure.unit, figure.amount);
          if (m.rounding) appendTo(roundings, figure.unit, m.rounding);
        }
      }
      this.figuresMemo = { exact, estimates, roundings };
    }
    return this.figuresMemo;
  }

  /** Passages that carry a quotation of three words or more (salience reads it per item). */
  quotedPassages(): ReadonlySet<number> {
    return (this.quotedMemo ??= new Set(this.quotes().filter((q) => q.wordCount >= 3).flatMap((q) => q.quote.passages)));
  }

  /** A text's distinct content words with their weights, as the passage cover reads them (passage-cover.ts). */
  coverWords(text: string): { words: readonly CoverWord[] } {
    let words = this.coverWordsMemo.get(text);
    if (!words) {
      words = coverWords(this.tokens(text));
      this.coverWordsMemo.set(text, words);
    }
    return { words };
  }

  /**
   * A passage's content words as the passage cover reads them, less the name of
   * its speaker at a speech verb ("Fire Chief Daniel Okafor said …"): another
   * sentence of the same speaker says those words whatever it reports
   * (speaker-words.ts). Whether the speaker is named is the name flags' to say.
   */
  saidWords(text: string): { words: readonly CoverWord[] } {
    let words = this.saidWordsMemo.get(text);
    if (!words) {
      words = coverWords(this.saidTokens(text));
      this.saidWordsMemo.set(text, words);
    }
    return { words };
  }

  /**
   * Stems a text writes with a capital other than in its speaker's name at a speech verb, past its first
   * word: the names it reports ("did not satisfy the attorney general, Dana Whitfield"), which another
   * passage's speaker's name still says (partner-cover.ts).
   */
  reportedNames(text: string): ReadonlySet<string> {
    const first = this.tokens(text)[0];
    return new Set(this.saidTokens(text).filter((t) => t !== first && t.isContent && t.isCapitalized).map((t) => t.stem));
  }

  /** A text's tokens less those of its speaker's name at a speech verb (speaker-words.ts). */
  private saidTokens(text: string): readonly Token[] {
    const spans = speakerSpans(text);
    const tokens = this.tokens(text);
    return spans.length === 0 ? tokens : tokens.filter((t) => !spans.some((s) => s.start <= t.start && t.end <= s.end));
  }

  /**
   * This article's passages indexed for "how much of that text does this article say?" (passage-cover.ts),
   * by what they say: "Fire Chief Daniel Okafor said …" says nothing about a fire.
   */
  coverIndex(): CoverIndex {
    return (this.coverIndexMemo ??= new CoverIndex(this.passages.map((p) => this.saidTokens(p.text))));
  }

  /** The article's raw text, passages joined by line breaks, with every word start indexed. */
  textIndex(): TextIndex {
    return (this.textIndexMemo ??= new TextIndex(this.passages.map((p) => p.text).join("\n")));
  }
}
