/**
 * Word-level diff of two passages. diff-match-patch diffs characters; here
 * every distinct word, space run and punctuation mark is first mapped to one
 * private character (the library's own line-mode trick, at word size), so
 * the diff never cuts a word in half ("s[aid]→[tated]") and runs on a string
 * a few times shorter. Semantic cleanup then merges the confetti of tiny
 * equalities into readable chunks.
 */
import DiffMatchPatch from "diff-match-patch";
import { charLength, isLetterNumberOrMarkAt } from "../text/char-classes";
import type { DiffChunk, DiffOp } from "../compare/types";

/**
 * Where the piece starting at `at` ends. A piece is a word (letters, digits
 * and marks, with inner apostrophes, dots, commas and hyphens: "U.S.",
 * "1,000", "don't"), a run of white space, or any single other character —
 * the rule /[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*|\s+|[\s\S]/u,
 * scanned by hand (see lib/text/char-classes.ts; tested against the regex).
 */
export function pieceEnd(text: string, at: number): number {
  const n = text.length;
  if (isLetterNumberOrMarkAt(text, at)) {
    let i = at + charLength(text, at);
    for (;;) {
      while (i < n && isLetterNumberOrMarkAt(text, i)) i += charLength(text, i);
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45) && isLetterNumberOrMarkAt(text, i + 1)) i += 1;
      else return i;
    }
  }
  if (isSpaceAt(text, at)) {
    let i = at + 1;
    while (i < n && isSpaceAt(text, i)) i++;
    return i;
  }
  return at + charLength(text, at);
}

const SPACE = /\s/;

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}
/** Code units available for pieces: the Basic Multilingual Plane minus surrogates. */
const MAX_PIECES = 0xd800 - 1;

export interface WordDiffOptions {
  /** Upper bound on diff time in seconds (diff-match-patch's Diff_Timeout); past it the diff is valid but coarser. */
  timeoutSeconds?: number;
}

// One instance for every call: diffing is synchronous, and the timeout is set per call.
const dmp = new DiffMatchPatch();

export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): DiffChunk[] {
  if (a === b) return a === "" ? [] : [[0, a]];
  dmp.Diff_Timeout = options.timeoutSeconds ?? 0.5;

  const pieces: string[] = [];
  const code = new Map<string, string>();
  const encode = (text: string): string | null => {
    let out = "";
    for (let at = 0; at < text.length; ) {
      const end = pieceEnd(text, at);
      const piece = text.slice(at, end);
      at = end;
      let c = code.get(piece);
      if (c === undefined) {
        if (pieces.length >= MAX_PIECES) return null;
        // Start at 1: NUL would be safe too, but keeping it free makes debugging output readable.
        c = String.fromCharCode(pieces.length + 1);
        pieces.push(piece);
        code.set(piece, c);
      }
      out += c;
    }
    return out;
  };
  const ea = encode(a);
  const eb = ea === null ? null : encode(b);
  if (ea === null || eb === null) {
    // More distinct words than code units: fall back to a plain character diff (still exact, still time-bounded).
    const diffs = dmp.diff_main(a, b);
    dmp.diff_cleanupSemantic(diffs);
    return diffs.map(([op, text]) => [op as DiffOp, text]);
  }

  const diffs = dmp.diff_main(ea, eb, false);
  dmp.diff_cleanupSemantic(diffs);
  const chunks: DiffChunk[] = [];
  for (const [op, encoded] of diffs) {
    let text = "";
    for (let k = 0; k < encoded.length; k++) text += pieces[encoded.charCodeAt(k) - 1] as string;
    if (text !== "") chunks.push([op as DiffOp, text]);
  }
  return chunks;
}
