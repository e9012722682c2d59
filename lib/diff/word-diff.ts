/**
 * Word-level diff of two passages, for a reader comparing two outlets: what
 * both say stays on screen, what each adds shows where it adds it. The steps:
 *
 * 1. Cut both sides into tokens (words, punctuation marks) with the white
 *    space kept beside them, not diffed (word-pieces.ts says why), and map
 *    every distinct token to one private character — diff-match-patch's
 *    line-mode trick at word size, so no word is ever cut in half.
 * 2. Match tokens by weight, names and figures first (weighted-token-diff.ts).
 * 3. Merge shared runs that carry nothing (a "the", a comma) into the edits
 *    around them; keep those that hold a name, a figure or two content words
 *    (keep-shared-content.ts).
 * 4. Decode, and tidy the chunks for reading (tidy-chunks.ts).
 *
 * Concatenating ops 0 and −1 gives `a` exactly, 0 and +1 gives `b`.
 */
import DiffMatchPatch from "diff-match-patch";
import type { DiffChunk, DiffOp } from "../types/comparison";
import { keepSharedContent, type EncodedDiff, type RunMeasure } from "./keep-shared-content";
import { tidyChunks } from "./tidy-chunks";
import { tokenWeight } from "./token-weight";
import { weightedTokenDiff } from "./weighted-token-diff";
import { splitTokens, type TokenizedSide } from "./word-pieces";
import { normalizePunctuation } from "../text/normalize";

/** Code units available for tokens: the Basic Multilingual Plane minus surrogates. */
const MAX_TOKENS = 0xd800 - 1;

export interface WordDiffOptions {
  /** Upper bound on diff time in seconds (diff-match-patch's Diff_Timeout); past it the diff is valid but coarser. */
  timeoutSeconds?: number;
}

// One instance for every call: diffing is synchronous, and the timeout is set per call.
const dmp = new DiffMatchPatch();

export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): DiffChunk[] {
  if (a === b) return a === "" ? [] : [[0, a]];
  dmp.Diff_Timeout = options.timeoutSeconds ?? 0.5;

  const sideA = splitTokens(a);
  const sideB = splitTokens(b);
  const codebook = new Codebook();
  const ea = codebook.encode(sideA.tokens);
  const eb = ea === null ? null : codebook.encode(sideB.tokens);
  if (ea === null || eb === null) {
    // More distinct tokens than code units: fall back to a plain character diff (still exact, still time-bounded).
    const diffs = dmp.diff_main(a, b);
    dmp.diff_cleanupSemantic(diffs);
    return diffs.map(([op, text]) => [op as DiffOp, text]);
  }
  // One deadline for every diff-match-patch call of this diff: the timeout bounds the whole diff, as before.
  const timeout = dmp.Diff_Timeout;
  const deadline = timeout <= 0 ? Number.MAX_VALUE : Date.now() + timeout * 1000;
  const raw = weightedTokenDiff(dmp, ea, eb, (code) => codebook.tokenWeight(code), deadline);
  return tidyChunks(render(keepSharedContent(raw, codebook), sideA, sideB));
}

// Anything outside printable ASCII, and the backtick: where quote styles, dashes and ligatures can differ.
const TYPOGRAPHIC = /[^\x20-\x5f\x61-\x7e]/;

/**
 * Distinct tokens ↔ private code units. Tokens that differ only in
 * typography ("Colorado's" / "Colorado’s") share a code, so they hold the
 * alignment around them; render() still shows the two spellings apart.
 * Each code also knows what the clean-up needs: its token's weight and length.
 */
class Codebook implements RunMeasure {
  private readonly codes = new Map<string, string>();
  // Index = code unit; 0 is never handed out, so debugging output stays readable.
  private readonly weights: number[] = [0];
  private readonly lengths: number[] = [0];

  encode(tokens: readonly string[]): string | null {
    let out = "";
    for (const token of tokens) {
      const key = TYPOGRAPHIC.test(token) ? normalizePunctuation(token) : token;
      let c = this.codes.get(key);
      if (c === undefined) {
        if (this.weights.length > MAX_TOKENS) return null;
        c = String.fromCharCode(this.weights.length);
        this.codes.set(key, c);
        this.weights.push(tokenWeight(token));
        // Plus one for the space that usually follows: a run of short words reads longer than one long word of the same letters.
        this.lengths.push(token.length + 1);
      }
      out += c;
    }
    return out;
  }

  tokenWeight(code: number): number {
    return this.weights[code] as number;
  }

  weight(encoded: string): number {
    let sum = 0;
    for (let k = 0; k < encoded.length; k++) sum += this.weights[encoded.charCodeAt(k)] as number;
    return sum;
  }

  length(encoded: string): number {
    let sum = 0;
    for (let k = 0; k < encoded.length; k++) sum += this.lengths[encoded.charCodeAt(k)] as number;
    return sum;
  }
}

/**
 * Back from token ops to text chunks: each token takes the white space after
 * it along into its chunk. A shared token spelt differently on the two sides
 * (quote style) becomes a deletion plus an insertion of that one token. Between two shared tokens the spaces of the two
 * sides usually agree; where they do not (a no-break space, a line break) they
 * become a small edit of their own.
 */
function render(diffs: readonly EncodedDiff[], sideA: TokenizedSide, sideB: TokenizedSide): DiffChunk[] {
  const chunks: DiffChunk[] = [];
  // Text joins the last chunk while the op stays the same: one chunk per run, not per token.
  const emit = (op: DiffOp, text: string): void => {
    const last = chunks[chunks.length - 1];
    if (last !== undefined && last[0] === op) last[1] += text;
    else chunks.push([op, text]);
  };
  const emitPair = (textA: string, textB: string): void => {
    if (textA === textB) emit(0, textA);
    else {
      emit(-1, textA);
      emit(1, textB);
    }
  };
  emitPair(sideA.lead, sideB.lead);
  let ia = 0;
  let ib = 0;
  for (const [op, encoded] of diffs) {
    for (let k = 0; k < encoded.length; k++) {
      if (op === 0) {
        emitPair(sideA.tokens[ia] as string, sideB.tokens[ib] as string);
        emitPair(sideA.gaps[ia] as string, sideB.gaps[ib] as string);
        ia++;
        ib++;
      } else if (op < 0) {
        emit(-1, (sideA.tokens[ia] as string) + (sideA.gaps[ia] as string));
        ia++;
      } else {
        emit(1, (sideB.tokens[ib] as string) + (sideB.gaps[ib] as string));
        ib++;
      }
    }
  }
  return chunks;
}
