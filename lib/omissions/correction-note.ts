/**
 * Where an article says what it, or an earlier version of it, got wrong: a
 * note "Correction: An earlier version of this article gave the death toll
 * as twelve", or a sentence "Police had earlier incorrectly reported that 12
 * people died". A figure said there is what was once said, not the article's
 * report of that quantity: it does not make the figure shared with another
 * article that still gives it, nor is it one the other article leaves out
 * (number-omissions.ts).
 *
 * A note is read whole, every sentence of it ("It also said six were in a
 * critical condition; the figure is three"): the figures it puts right are
 * those the article gives where it reports them. Elsewhere only the sentence
 * that says a figure was wrong is set aside. An "UPDATE:" paragraph is no
 * note: it adds to the report.
 */

/** A passage that is a correction note as a whole: it opens with its label, or says an earlier version erred. */
const NOTE =
  /^\W*(?:corrections?|clarifications?|correction appended)\s*(?:\d+\s*)?[:.\u2013\u2014-]|\ban? (?:earlier|previous|original) version of this (?:article|story|report|post)\b/i;

/**
 * A sentence saying that something was given wrongly. Not "misstated" alone:
 * "a report he misstated his service" is news of someone else's error.
 */
const WRONG = /\b(?:incorrectly|wrongly|mistakenly|erroneously) (?:reported|stated|said|gave|given|put|listed|described)\b/i;

/** Sentence ends: a stop, question or exclamation mark and a space, or a semicolon. */
const SENTENCE_END = /[.!?](?=\s|$)|;/g;

export interface Span {
  start: number;
  end: number;
}

/** Whether a passage opens a correction note (its label, or "an earlier version of this article…"). */
export function opensCorrectionNote(text: string): boolean {
  return NOTE.test(text);
}

/**
 * The stretches of `text` that say what was wrong before: the whole text
 * when it is a note or goes on one (`inNote`: an earlier passage of its
 * paragraph opened it), else the sentences that say so.
 */
export function correctionSpans(text: string, inNote = false): Span[] {
  if (inNote || NOTE.test(text)) return [{ start: 0, end: text.length }];
  if (!WRONG.test(text)) return [];
  const spans: Span[] = [];
  let start = 0;
  for (const end of [...[...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length), text.length]) {
    if (end <= start) continue;
    if (WRONG.test(text.slice(start, end))) spans.push({ start, end });
    start = end;
  }
  return spans;
}

/** Whether `[start, end)` lies in one of `spans`. */
export function inSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
