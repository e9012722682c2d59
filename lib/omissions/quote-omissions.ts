/**
 * Quote flags: a quotation one article carries and the other does not, or
 * carries with other words or from another speaker.
 */
import type { Omission, Side } from "../types/comparison";
import { nameOf, other, type OmissionContext } from "./omission-input";
import { wordDiff } from "../diff/word-diff";
import { STOPWORDS } from "../text/stopwords";
import { compareQuotes } from "./quote-change";
import { PERSON_TITLE_HEADS } from "../entities/name-words";
import { isQuotedTitle } from "./quotes";
import { unnamedSourceIn } from "./unnamed-source";
import type { QuoteIndex } from "./quote-index";
import { quotesWithSpeakers, type QuoteInfo } from "./quote-speakers";
import { speakerIn } from "./attribution";

/** Same quotation: most content words shared, or one is an excerpt of the other. */
const SAME_QUOTE_JACCARD = 0.5;
const SAME_QUOTE_CONTAINMENT = 0.8;
/** Content words this much shared make one remark without aligning the words. */
const SURELY_SAME_JACCARD = 0.8;


/** The words of a quotation at word positions `spans`, as the article writes them ("one of the … administration's"), joined by " … ". */
function leftOutWords(ctx: OmissionContext, side: Side, text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  const tokens = ctx.readings[side].tokens(text);
  return spans
    .map(([from, to]) => {
      const first = tokens[from];
      const last = tokens[to - 1];
      return first && last ? text.slice(first.start, last.end) : "";
    })
    .filter(Boolean)
    .join(" … ");
}

/**
 * Whether a changed (normalised) word only names someone in two versions of a quotation: a
 * person's title ("president", "Sen."), or a word both versions write with a capital and neither
 * in lower case ("Trump", "Vladimir"). "NO COLLUSION!" / "no Russian collusion" changes more.
 */
function namesOnly(a: string, b: string): (word: string) => boolean {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const text of [a, b]) {
    for (const [w] of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
      const norm = w.toLowerCase();
      if (/^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}$/u.test(w)) capitalised.add(norm);
      else if (w === norm) lower.add(norm);
    }
  }
  return (word) => PERSON_TITLE_HEADS.has(word) || (capitalised.has(word) && !lower.has(word));
}

/** One side's quotes of this comparison (with their speakers) and that article's own quote index. */
interface QuoteCandidates {
  quotes: readonly QuoteInfo[];
  index: QuoteIndex;
}

function bestMatch(q: QuoteInfo, candidates: QuoteCandidates): QuoteInfo | undefined {
  // Identical wording wins outright.
  const same = candidates.index.sameWords(q.words);
  if (same !== -1) return candidates.quotes[same];
  let best: { info: QuoteInfo; score: number } | undefined;
  candidates.index.sharingAStem(q.stems, (i, shared) => {
    const c = candidates.quotes[i] as QuoteInfo;
    const jaccard = shared / (q.stems.size + c.stems.size - shared);
    const containment = shared / Math.min(q.stems.size, c.stems.size);
    const same = jaccard >= SAME_QUOTE_JACCARD || (containment >= SAME_QUOTE_CONTAINMENT && Math.min(q.stems.size, c.stems.size) >= 3);
    if (same && (!best || jaccard > best.score)) best = { info: c, score: jaccard };
  });
  // Sharing words is not being one quotation: "a gross abuse of the power of the presidency" (Pelosi)
  // and a 50-word statement by Nadler that calls the declaration "a gross abuse of power" differ in
  // more words than the shorter one has, and share few of them in order.
  const found = best as { info: QuoteInfo; score: number } | undefined;
  if (!found) return undefined;
  // Nearly all words shared: one remark (the check below is a word alignment, kept for the doubtful pairs).
  if (found.score >= SURELY_SAME_JACCARD) return found.info;
  const relation = compareQuotes(q.wordList, found.info.wordList, isContentWord);
  const shorter = Math.min(q.wordCount, found.info.wordCount);
  // A remark of one or two words ("NO COLLUSION!") is the same remark only word for word: "there was no
  // Russian collusion" is another one, not that one "worded differently".
  const twoRemarks =
    relation.kind === "altered" && ((relation.changed > shorter && relation.shared < SAME_REMARK_SHARE * shorter) || shorter < MIN_ALTERED_WORDS);
  return twoRemarks ? undefined : found.info;
}

/** A quotation's left-out words count as an omission from this many content words on (a clause, not a trimmed aside). */
const MIN_EXCERPT_LEFT_OUT = 6;
/** A quotation counts as told in other words when the other article's best stretch says this share of its content (passage-cover.ts). */
const QUOTE_COVERED = 0.6;

/** Fewer words than this, changed, make another remark rather than the same one worded differently. */
const MIN_ALTERED_WORDS = 3;

/** Share of the shorter quotation's words the longer must have, in order, to be the same remark when many words differ. */
const SAME_REMARK_SHARE = 0.8;

/** Fewer words than this are a phrase anyone may say: no claim that the other side names another speaker. */
const MIN_REATTRIBUTED_WORDS = 4;

/** An organisation or party as a speaker: its spokesman's or president's words are its own. */
function speaksForGroup(ctx: OmissionContext, name: string): boolean {
  return ctx.entities.some((e) => e.canonical === name && e.type === "organization");
}

export function quoteOmissions(ctx: OmissionContext): Omission[] {
  const quotes = quotesWithSpeakers(ctx);
  const candidates: Record<Side, QuoteCandidates> = {
    a: { quotes: quotes.a, index: ctx.readings.a.quoteIndex() },
    b: { quotes: quotes.b, index: ctx.readings.b.quoteIndex() },
  };
  const flags: Omission[] = [];
  for (const present of ["a", "b"] as const) {
    const absent = other(present);
    for (const q of quotes[present]) {
      const match = bestMatch(q, candidates[absent]);
      if (match) {
        // Each matched pair is judged once, from A's side.
        if (present === "a") {
          const changed = changedQuote(ctx, q, match);
          if (changed) flags.push(changed);
        }
        continue;
      }
      if (isQuotedTitle(q.quote.text) || saidByOtherSide(ctx, absent, q)) continue;
      flags.push(missingQuote(ctx, q, present, paraphrasedBy(ctx, absent, q)));
    }
  }
  return flags;
}

/**
 * The other side carries the same words without quotation marks, or tells
 * the quotation in its own words: not an omission.
 */
function saidByOtherSide(ctx: OmissionContext, absent: Side, q: QuoteInfo): boolean {
  // (The passages joined as words: no token spans a space, so a phrase across two passages is found too.)
  if (q.words.length > 0 && ctx.readings[absent].wordText().includesWords(q.wordList, q.words)) return true;
  const cover = ctx.readings[absent].coverIndex().cover(ctx.readings[other(absent)].coverWords(q.quote.text));
  return cover.window >= QUOTE_COVERED;
}

/**
 * The other side's passage in which the quotation's speaker, named at its
 * speech verb, says part of it in other words ("Her lawyer, Jonathan Pryce,
 * said every week of delay gave criminals more time" for '“Every week of
 * delay was a week in which criminals could use this information…,” said
 * Jonathan Pryce'): the words are left out, not the remark. Only a named
 * speaker, the same on both sides, and PARAPHRASED of the quotation said
 * by that passage's stretch; a pronoun or another speaker claims nothing.
 */
function paraphrasedBy(ctx: OmissionContext, absent: Side, q: QuoteInfo): number | undefined {
  const speaker = q.speaker?.explicit ? q.speaker.name : undefined;
  if (speaker === undefined || q.wordCount <= 2) return undefined;
  const reading = ctx.readings[absent];
  const cover = reading.coverIndex().cover(ctx.readings[other(absent)].coverWords(q.quote.text));
  if (cover.window < PARAPHRASED) return undefined;
  for (const position of cover.by) {
    const p = ctx.passages[absent][position];
    if (!p) continue;
    const verbs = reading.speechVerbs(p.text);
    if (verbs.length > 0 && speakerIn(p.text, ctx.entities, verbs, ctx.outlets[absent]) === speaker) return p.index;
  }
  return undefined;
}

/**
 * A left-out quotation whose remark the other side reports in other words
 * (paraphrasedBy): the only left-out quotation that names passages of the
 * side that leaves it out, the paraphrase.
 */
export function paraphrasedQuote(f: Omission): boolean {
  if (f.kind !== "quote" || (f.countA > 0) === (f.countB > 0)) return false;
  return (f.countA > 0 ? f.passagesB : f.passagesA).length > 0;
}

/** Share of a quotation the other side's sentence by the same speaker must say for it to be the remark in other words. */
const PARAPHRASED = 0.3;
/** A quotation whose remark the other side reports in other words weighs this share of one left out: a wording difference. */
const PARAPHRASED_SEVERITY = 0.5;

function missingQuote(ctx: OmissionContext, q: QuoteInfo, present: Side, paraphrase?: number): Omission {
  const absent = other(present);
  const scare = q.wordCount <= 2;
  const speaker = q.speaker?.name;
  const weight = scare ? 0.25 : Math.min(1, 0.45 + 0.3 * Math.min(1, q.wordCount / 25) + (speaker ? 0.1 : 0));
  const related = paraphrase === undefined ? [] : [paraphrase];
  const said = paraphrase === undefined ? "" : `; ${nameOf(ctx, absent)} reports ${speaker} saying it in other words (its passage ${paraphrase + 1})`;
  return {
    kind: "quote",
    missingFrom: absent,
    term: q.quote.text,
    text: q.quote.paragraph.text,
    countA: present === "a" ? 1 : 0,
    countB: present === "b" ? 1 : 0,
    severity: paraphrase === undefined ? weight : weight * PARAPHRASED_SEVERITY,
    passagesA: present === "a" ? q.quote.passages : related,
    passagesB: present === "b" ? q.quote.passages : related,
    note: `${scare ? "Quoted word(s)" : "Quotation"}${speaker ? ` from ${speaker}` : ""} only in ${nameOf(ctx, present)}${said}`,
    ...(speaker ? { speaker } : {}),
    key: `quote:${absent}:${ctx.readings[present].textKey(q.quote.text)}`,
  };
}

/**
 * A quotation both sides carry: altered (words changed inside what both
 * quote), excerpted (one side quotes a part; flagged only when the part left
 * out is a clause of its own, not said elsewhere), or attributed to someone
 * else (both speakers named at the verb, and different).
 */
function changedQuote(ctx: OmissionContext, a: QuoteInfo, b: QuoteInfo): Omission | undefined {
  const relation = compareQuotes(a.wordList, b.wordList, isContentWord);
  // Another speaker named for the same words: only between people, over words enough to be one remark
  // ("without merit" is said by many; a group's statement is its president's words).
  const reattributed =
    a.speaker?.explicit === true && b.speaker?.explicit === true && a.speaker.name !== b.speaker.name &&
    !speaksForGroup(ctx, a.speaker.name) && !speaksForGroup(ctx, b.speaker.name) && Math.min(a.wordCount, b.wordCount) >= MIN_REATTRIBUTED_WORDS;
  // One side names who said it, the other only describes them ("a senior official"): the name is left out.
  const unnamed = reattributed || Math.min(a.wordCount, b.wordCount) < MIN_REATTRIBUTED_WORDS ? undefined : namedAgainstUnnamed(a, b);
  const keyOfA = ctx.readings.a.textKey(a.quote.text);
  const diff = () => wordDiff(a.quote.text, b.quote.text);
  if (relation.kind === "altered" || reattributed || unnamed) {
    const notes: string[] = [];
    if (relation.kind === "altered") notes.push(`quotation worded differently (${relation.changed} word${relation.changed === 1 ? "" : "s"} changed)`);
    if (reattributed) notes.push(`attributed to ${a.speaker?.name} in ${nameOf(ctx, "a")}, to ${b.speaker?.name} in ${nameOf(ctx, "b")}`);
    if (unnamed) notes.push(`attributed to ${unnamed.name} in ${nameOf(ctx, unnamed.named)}; ${nameOf(ctx, other(unnamed.named))} does not name the source (“${unnamed.source}”)`);
    // Function words alone ("also") change little; content words change what was said — unless they
    // only name who is meant: "between this president and Putin" / "between President Trump and
    // Vladimir Putin" is the same remark with its reference spelled out, as editors do in brackets.
    const slight = relation.kind === "altered" && (relation.changedContent === 0 || relation.changedWords.every(namesOnly(a.quote.text, b.quote.text)));
    const changed = relation.kind === "altered" ? (slight ? 0 : relation.changedContent) + 0.3 * (relation.changed - relation.changedContent) : 0;
    return {
      kind: "quote",
      missingFrom: unnamed ? other(unnamed.named) : b.wordCount <= a.wordCount ? "b" : "a",
      term: a.quote.text,
      text: b.quote.text,
      countA: 1,
      countB: 1,
      // A quotation that differs only in function words ("also") is a true but slight change: below what is left out.
      severity: Math.min(1, (reattributed ? 0.7 : unnamed ? 0.5 : slight ? 0.12 : 0.3) + 0.4 * Math.min(1, changed / 6)),
      passagesA: a.quote.passages,
      passagesB: b.quote.passages,
      note: notes.join("; "),
      ...(a.speaker ? { speaker: a.speaker.name } : {}),
      diff: diff(),
      key: `quote:changed:${keyOfA}`,
    };
  }
  if (relation.kind !== "excerpt") return undefined;
  const [longer, shorter] = relation.longer === "a" ? [a, b] : [b, a];
  const present: Side = relation.longer;
  const absent = other(present);
  const leftOut = relation.extra.filter(isContentWord);
  if (leftOut.length < MIN_EXCERPT_LEFT_OUT) return undefined;
  // The left-out words may be quoted (or told) elsewhere on the shorter side: a quotation split around "he said".
  const cover = ctx.readings[absent].coverIndex().cover(ctx.tokens(relation.extra.join(" ")));
  if (cover.article >= QUOTE_COVERED) return undefined;
  return {
    kind: "quote",
    missingFrom: absent,
    term: longer.quote.text,
    text: shorter.quote.text,
    countA: 1,
    countB: 1,
    severity: Math.min(1, 0.35 + 0.25 * Math.min(1, leftOut.length / 12)),
    passagesA: a.quote.passages,
    passagesB: b.quote.passages,
    note: `${nameOf(ctx, absent)} quotes only part of this; it leaves out “${leftOutWords(ctx, present, longer.quote.text, relation.spans)}”`,
    ...(longer.speaker ? { speaker: longer.speaker.name } : {}),
    diff: diff(),
    key: `quote:${absent}:excerpt:${ctx.readings[present].textKey(longer.quote.text)}`,
  };
}

/**
 * The side that names a quotation's speaker at its verb while the other side's attribution only
 * describes someone, indefinitely ("a senior official said", "according to two people familiar with
 * the talks"); "the official said" may refer back to someone the article named, so it claims nothing.
 */
function namedAgainstUnnamed(a: QuoteInfo, b: QuoteInfo): { named: Side; name: string; source: string } | undefined {
  for (const [named, x, y] of [["a", a, b], ["b", b, a]] as const) {
    if (x.speaker?.explicit !== true || y.speaker !== undefined || !y.attribution) continue;
    const source = unnamedSourceIn(y.attribution.window, true);
    if (source !== undefined && !/^the\s/i.test(source)) return { named, name: x.speaker.name, source };
  }
  return undefined;
}

function isContentWord(word: string): boolean {
  return word.length > 0 && !STOPWORDS.has(word);
}
