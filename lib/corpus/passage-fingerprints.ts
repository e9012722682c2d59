/**
 * Fingerprints for "where else does this passage appear": the approach of
 * plagiarism and text-reuse detectors (winnowing, Schleimer et al. 2003; the
 * n-gram shingles of Churnalism and passim). Each passage (sentence) is cut
 * into overlapping 5-word shingles of its normalised words; of every window of
 * 12 consecutive shingles the one with the smallest hash is kept. Two texts
 * that share a run of at least 16 words (12 + 5 − 1) therefore share at least
 * one fingerprint, whatever surrounds the run (shorter runs usually do too),
 * while only about one shingle in seven is stored: ~90 rows for an
 * 800-word article, the largest share of the index's writes (docs/scale.md). Words are compared as `Token.norm` (case, curly quotes,
 * British spelling and number words do not matter); punctuation is ignored.
 */
import { forEachWord, wordForms } from "../text/tokens";
import { hash52 } from "./hash52";
import type { Passage } from "../text/types";

export const SHINGLE_WORDS = 5;
export const WINNOW_WINDOW = 12;

export interface PassageFingerprint {
  /** 52-bit hash of a 5-word shingle (lib/corpus/hash52.ts). */
  hash: number;
  /** Index of the passage (Passage.index) that holds the shingle. */
  passage: number;
}

/** A shingle's hash from its text (lib/corpus/hash52.ts); `textFingerprints` computes the same from word hashes. */
export function shingleHash(text: string): number {
  return combine(text.split(" ").map(wordHash));
}

/**
 * Each distinct word is hashed once (news vocabulary repeats) into two 32-bit
 * lanes; a shingle's hash mixes its words' lanes, so no shingle string is
 * ever built: hashing was a fifth of an article's index entry.
 */
const WORD_MEMO_LIMIT = 200_000;
const wordMemo = new Map<string, number>();

function wordHash(word: string): number {
  let h = wordMemo.get(word);
  if (h === undefined) {
    h = hash52(word);
    if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.clear();
    wordMemo.set(word, h);
  }
  return h;
}

function combine(hashes: readonly number[], from = 0, count = hashes.length): number {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let i = from; i < from + count; i++) {
    const h = hashes[i]!;
    a = Math.imul(a ^ (h >>> 0), 0x01000193) ^ (a >>> 15);
    b = Math.imul(b ^ Math.floor(h / 0x100000000), 0x5bd1e995) ^ (b >>> 13);
    b = Math.imul(b ^ (a >>> 7), 0xcc9e2d51);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x27d4eb2f) ^ Math.imul(a ^ (a >>> 15), 0x165667b1);
  return 0x100000000 * ((b >>> 0) & 0xfffff) + (a >>> 0);
}

/**
 * A word as written → the hash of its normalised form (null: it normalises to
 * nothing). One lookup per word of every stored passage instead of two (the
 * word forms, then the word's hash); the same values, as both are functions
 * of the surface. Bounded like the word-form memo (lib/text/tokens.ts).
 */
const SURFACE_MEMO_LIMIT = 100_000;
const surfaceMemo = new Map<string, number | null>();

function surfaceHash(surface: string): number | null {
  let h = surfaceMemo.get(surface);
  if (h === undefined) {
    const forms = wordForms(surface);
    h = forms ? wordHash(forms.norm) : null;
    if (surfaceMemo.size >= SURFACE_MEMO_LIMIT) surfaceMemo.clear();
    surfaceMemo.set(surface, h);
  }
  return h;
}

/** The hashes of a passage's normalised words, in order. */
function passageWordHashes(text: string): number[] {
  const hashes: number[] = [];
  forEachWord(text, (surface) => {
    const h = surfaceHash(surface);
    if (h !== null) hashes.push(h);
  });
  return hashes;
}

/** Hashes of the 5-word shingles of a passage's word hashes, in order (none for a passage under 5 words). */
function shinglesOf(each: readonly number[]): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= each.length; i++) hashes.push(combine(each, i, SHINGLE_WORDS));
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
  return winnow(shinglesOf(passageWordHashes(text)));
}

/** Fingerprints of every passage, each (hash, passage) once. */
export function passageFingerprints(passages: readonly Pick<Passage, "index" | "text">[]): PassageFingerprint[] {
  const result: PassageFingerprint[] = [];
  for (const passage of passages) {
    for (const hash of textFingerprints(passage.text)) result.push({ hash, passage: passage.index });
  }
  return result;
}
