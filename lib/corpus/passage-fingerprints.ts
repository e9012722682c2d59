/**
 * Fingerprints for "where else does this passage appear": the approach of
 * plagiarism and text-reuse detectors (winnowing, Schleimer et al. 2003; the
 * n-gram shingles of Churnalism and passim). Each passage (sentence) is cut
 * into overlapping 5-word shingles of its normalised words; of every window of
 * 8 consecutive shingles the one with the smallest hash is kept. Two texts
 * that share a run of at least 12 words (8 + 5 − 1) therefore share at least
 * one fingerprint, whatever surrounds the run, while only about a fifth of the
 * shingles are stored. Words are compared as `Token.norm` (case, curly quotes,
 * British spelling and number words do not matter); punctuation is ignored.
 */
import { forEachWord, wordForms } from "../text/tokens";
import { hash52 } from "./hash52";
import type { Passage } from "../text/types";

export const SHINGLE_WORDS = 5;
export const WINNOW_WINDOW = 8;

export interface PassageFingerprint {
  /** 52-bit hash of a 5-word shingle (lib/corpus/hash52.ts). */
  hash: number;
  /** Index of the passage (Passage.index) that holds the shingle. */
  passage: number;
}

/** A shingle's hash (lib/corpus/hash52.ts). */
export function shingleHash(text: string): number {
  return hash52(text);
}

/** The normalised words of a passage, in order. */
export function passageWords(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (surface) => {
    const forms = wordForms(surface);
    if (forms) words.push(forms.norm);
  });
  return words;
}

/** Hashes of the passage's 5-word shingles, in order (none for a passage under 5 words). */
export function shingleHashes(words: readonly string[]): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.push(shingleHash(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  return hashes;
}

/**
 * Winnowing: the minimum of every window of `window` consecutive hashes (the
 * rightmost on ties, as in the paper), each kept once. A sequence shorter than
 * one window keeps its minimum.
 */
export function winnow(hashes: readonly number[], window = WINNOW_WINDOW): number[] {
  if (hashes.length === 0) return [];
  const span = Math.min(window, hashes.length);
  const kept: number[] = [];
  let lastPosition = -1;
  for (let start = 0; start + span <= hashes.length; start++) {
    let best = start;
    for (let i = start + 1; i < start + span; i++) if (hashes[i]! <= hashes[best]!) best = i;
    if (best !== lastPosition) {
      kept.push(hashes[best]!);
      lastPosition = best;
    }
  }
  return [...new Set(kept)];
}

/** The fingerprints of a passage's text (no duplicates). */
export function textFingerprints(text: string): number[] {
  return winnow(shingleHashes(passageWords(text)));
}

/** Fingerprints of every passage, each (hash, passage) once. */
export function passageFingerprints(passages: readonly Pick<Passage, "index" | "text">[]): PassageFingerprint[] {
  const result: PassageFingerprint[] = [];
  for (const passage of passages) {
    for (const hash of textFingerprints(passage.text)) result.push({ hash, passage: passage.index });
  }
  return result;
}
