/**
 * Word-level diff of two passages. diff-match-patch diffs characters; here
 * every distinct word, space run and punctuation mark is first mapped to one
 * private character (the library's own line-mode trick, at word size), so
 * the diff never cuts a word in half ("s[aid]→[tated]") and runs on a string
 * a few times shorter. Semantic cleanup then merges the confetti of tiny
 * equalities into readable chunks.
 */
import DiffMatchPatch from "diff-match-patch";
import type { DiffChunk, DiffOp } from "../compare/types";

/** Words (with inner apostrophes, dots, commas and hyphens), runs of space, or any single other character. */
const PIECE = /[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*|\s+|[\s\S]/gu;
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
    PIECE.lastIndex = 0;
    for (let m = PIECE.exec(text); m !== null; m = PIECE.exec(text)) {
      const piece = m[0];
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
