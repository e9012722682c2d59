/**
 * The words of a sentence that say who speaks, not what is said: the
 * capitalised name (with its title) standing at a speech verb — "Fire Chief
 * Daniel Okafor said …", "…,” said Mayor Clara Vossberg". Two sentences of
 * one speaker share these rare, heavy words whatever each reports, so a
 * match between sentences must not rest on them: "Okafor said the main fire
 * was out by mid-morning" and "Okafor said 60 firefighters had worked
 * through the morning" are two facts of one man (coverage.ts).
 */
import { sharedWeight } from "../similarity/pair-features";
import { prepareSentence, type SentenceFeatures } from "../similarity/prepare-sentence";
import { quoteSpans, speechVerbsIn } from "./quotes";

/**
 * Capitalised words right before the verb ("Fire Chief Daniel Okafor said", "Mr. Steele
 * announced"), perhaps with an adverb or two between ("Warner also said").
 */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,6})(?:(?:also|later|then|again|has|had|\p{Ll}{3,}ly)\s+){0,2}$/u;
/** After an inverted verb, the capitalised words of the speaker and their title ('…,” said Mayor Clara Vossberg, who …'). */
const NAME_AFTER = /^\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5})/u;
/** The verb stands right after a closing quotation mark: the name after it is the speaker ('…,” said X'), not what is said ("said Israeli Prime Minister…"). */
const QUOTE_JUST_CLOSED = /["”]\s*$/;

/** Where the name phrases standing at the text's speech verbs (outside quotations) are: [start, end) spans, in order. */
export function speakerSpans(text: string): Array<{ start: number; end: number }> {
  const quoted = quoteSpans(text);
  const spans: Array<{ start: number; end: number }> = [];
  for (const verb of speechVerbsIn(text)) {
    if (quoted.some((q) => q.start <= verb.index && verb.index < q.end)) continue;
    const before = NAME_BEFORE.exec(text.slice(0, verb.index));
    if (before?.[1]) spans.push({ start: before.index, end: before.index + before[1].trimEnd().length });
    if (QUOTE_JUST_CLOSED.test(text.slice(Math.max(0, verb.index - 4), verb.index))) {
      const from = verb.index + verb.text.length;
      const after = NAME_AFTER.exec(text.slice(from));
      if (after?.[1]) {
        const start = from + after[0].length - after[1].length;
        spans.push({ start, end: start + after[1].trimEnd().length });
      }
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}

/** The name phrases standing at the text's speech verbs, as written. */
export function speakerPhrases(text: string): string[] {
  return speakerSpans(text).map((s) => text.slice(s.start, s.end));
}

/** Content stems (the scorer's hashes) of the speaker phrases of a text, ascending; empty when no one is named at a verb. */
export function speakerStems(text: string): number[] {
  const stems = new Set<number>();
  for (const phrase of speakerPhrases(text)) for (const stem of prepareSentence(phrase).stems) stems.add(stem);
  return [...stems].sort((x, y) => x - y);
}

/** Rarity-weighted Dice of two sentences' content stems, leaving out the stems in `skip`. */
function diceWithout(a: SentenceFeatures, b: SentenceFeatures, skip: ReadonlySet<number>): number {
  const weights = new Map<number, number>();
  let totalB = 0;
  b.stems.forEach((stem, k) => {
    if (skip.has(stem)) return;
    const w = b.stemWeights[k] as number;
    weights.set(stem, w);
    totalB += w;
  });
  let totalA = 0;
  let shared = 0;
  a.stems.forEach((stem, k) => {
    if (skip.has(stem)) return;
    const w = a.stemWeights[k] as number;
    totalA += w;
    const other = weights.get(stem);
    if (other !== undefined) shared += Math.min(w, other);
  });
  return totalA + totalB > 0 ? (2 * shared) / (totalA + totalB) : 0;
}

/**
 * Below this share of their similarity kept once the speaker's words are set
 * aside, two sentences are alike for who speaks, not for what they report. On
 * the BASIL development events the pairs the scorer calls the same content
 * keep 0.53 or more of it, but for one ("Attorney General John Suthers said
 * the lawsuit was without merit" / "… John Suthers isn't backing down": 0);
 * the two Okafor sentences above keep 0.29.
 */
export const SPEAKER_CARRIES = 0.4;

/**
 * Whether a pair's likeness rests on the speaker named in either sentence:
 * the rarity-weighted Dice of their content words falls below
 * SPEAKER_CARRIES of itself once the words of either's speaker phrase are
 * left out of both. `speakersA` / `speakersB`: speakerStems of each text.
 */
export function speakerCarriesMatch(a: SentenceFeatures, b: SentenceFeatures, speakersA: readonly number[], speakersB: readonly number[]): boolean {
  if (speakersA.length === 0 && speakersB.length === 0) return false;
  const totals = a.total + b.total;
  const whole = totals > 0 ? (2 * sharedWeight(a, b)) / totals : 0;
  if (whole === 0) return false;
  return diceWithout(a, b, new Set([...speakersA, ...speakersB])) < SPEAKER_CARRIES * whole;
}
