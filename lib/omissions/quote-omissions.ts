/**
 * Quote flags: a quotation one article carries and the other does not, or
 * carries with other words or from another speaker.
 */
import type { Omission, Side } from "../types/comparison";
import type { EntityAcross } from "../entities/resolve-entities";
import { label, other, type OmissionContext } from "./omission-input";
import type { Attribution, QuoteText } from "./article-reading";
import { wordDiff } from "../diff/word-diff";
import type { QuoteIndex } from "./quote-index";

interface QuoteInfo extends QuoteText {
  speaker?: string;
}

/** Same quotation: most content words shared, or one is an excerpt of the other. */
const SAME_QUOTE_JACCARD = 0.5;
const SAME_QUOTE_CONTAINMENT = 0.8;

/** The code units at `at` and `at + 1` as one number. */
function pairCode(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** One spelling of an entity, numbered in the order entities and their surfaces are listed. */
interface Spelling {
  order: number;
  surface: string;
  name: string;
}

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
        const spelling = { order: order++, surface, name: e.canonical };
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

  /** Every occurrence of every spelling in `text`, in the order entity → surface → position. */
  occurrences(text: string): Array<{ spelling: Spelling; at: number }> {
    const hits: Array<{ spelling: Spelling; at: number }> = [];
    for (let at = 0; at < text.length; at++) {
      const first = text.charCodeAt(at);
      if (first < 128 ? this.asciiFirsts[first] === 0 : !this.otherFirsts.has(first)) continue;
      for (const spelling of this.short.get(first) ?? []) hits.push({ spelling, at });
      // At the last position the pair code is NaN, which no spelling has.
      for (const spelling of this.byPrefix.get(pairCode(text, at)) ?? []) {
        if (text.startsWith(spelling.surface, at)) hits.push({ spelling, at });
      }
    }
    return hits.sort((x, y) => x.spelling.order - y.spelling.order || x.at - y.at);
  }
}

/** The entity named closest to the speech verb ("…," the ministry said / said Blinken). */
function speakerIn(attribution: Attribution | undefined, spellings: SpellingIndex): string | undefined {
  if (!attribution) return undefined;
  const { window, verbStart, verbEnd } = attribution;
  let best: { distance: number; length: number; name: string } | undefined;
  for (const { spelling, at } of spellings.occurrences(window)) {
    const s = spelling.surface;
    const end = at + s.length;
    const distance = end <= verbStart ? verbStart - end : Math.max(0, at - verbEnd);
    if (!best || distance < best.distance || (distance === best.distance && s.length > best.length)) {
      best = { distance, length: s.length, name: spelling.name };
    }
  }
  return best?.name;
}

/** Each quote of one side, with who said it (named by an entity of either side near a speech verb). */
function describe(ctx: OmissionContext, side: Side, spellings: SpellingIndex): QuoteInfo[] {
  return ctx.readings[side].quotes().map((q) => ({ ...q, speaker: speakerIn(q.attribution, spellings) }));
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
  return best?.info;
}

export function quoteOmissions(ctx: OmissionContext): Omission[] {
  const spellings = new SpellingIndex(ctx.entities);
  const quotes = { a: describe(ctx, "a", spellings), b: describe(ctx, "b", spellings) };
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
        // Each changed pair is reported once, from A's side.
        if (present === "a") {
          const changed = changedQuote(q, match, ctx.readings.a.textKey(q.quote.text));
          if (changed) flags.push(changed);
        }
        continue;
      }
      // The other side may report the same words without quotation marks: not an omission.
      // (The passages joined as words: no token spans a space, so a phrase across two passages is found too.)
      if (q.words.length > 0 && ctx.readings[absent].wordText().includesWords(q.wordList, q.words)) continue;
      const wordCount = q.wordCount;
      const scare = wordCount <= 2;
      flags.push({
        kind: "quote",
        missingFrom: absent,
        term: q.quote.text,
        text: q.quote.paragraph.text,
        countA: present === "a" ? 1 : 0,
        countB: present === "b" ? 1 : 0,
        severity: scare ? 0.25 : Math.min(1, 0.45 + 0.3 * Math.min(1, wordCount / 25) + (q.speaker ? 0.1 : 0)),
        passagesA: present === "a" ? q.quote.passages : [],
        passagesB: present === "b" ? q.quote.passages : [],
        note: `${scare ? "Quoted word(s)" : "Quotation"}${q.speaker ? ` from ${q.speaker}` : ""} only in ${label(present)}`,
        key: `quote:${absent}:${ctx.readings[present].textKey(q.quote.text)}`,
      });
    }
  }
  return flags;
}

/** `keyOfA`: the stable key of A's quotation text. */
function changedQuote(a: QuoteInfo, b: QuoteInfo, keyOfA: string): Omission | undefined {
  const reworded = a.words !== b.words;
  const reattributed = a.speaker !== undefined && b.speaker !== undefined && a.speaker !== b.speaker;
  if (!reworded && !reattributed) return undefined;
  const diff = wordDiff(a.quote.text, b.quote.text);
  const changedWords = diff.filter(([op]) => op !== 0).reduce((n, [, t]) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const aLen = a.words.split(" ").length;
  const bLen = b.words.split(" ").length;
  const notes: string[] = [];
  if (reworded) notes.push(`quotation worded differently (${changedWords} word${changedWords === 1 ? "" : "s"} changed)`);
  if (reattributed) notes.push(`attributed to ${a.speaker} in A, to ${b.speaker} in B`);
  return {
    kind: "quote",
    missingFrom: bLen <= aLen ? "b" : "a",
    term: a.quote.text,
    text: b.quote.text,
    countA: 1,
    countB: 1,
    severity: Math.min(1, (reattributed ? 0.7 : 0.45) + 0.25 * Math.min(1, changedWords / 6)),
    passagesA: a.quote.passages,
    passagesB: b.quote.passages,
    note: notes.join("; "),
    diff,
    key: `quote:changed:${keyOfA}`,
  };
}
