/**
 * The raw token diff, by weight. diff-match-patch finds a longest common
 * subsequence in which every token counts the same, so a shared "the" or
 * "first" can win over a shared "Ljubljana" a few words away, and the
 * clean-up then has no name left to keep. Here the common subsequence is the
 * heaviest one: names and numbers weigh most, other content words less,
 * function words and punctuation a little (so that, between equal choices,
 * the one that keeps "but God wants" together wins).
 *
 * The weighted table costs length × length, so it is used only while the two
 * stretches left after the common prefix and suffix are short (sentences, a
 * paragraph). Longer ones are anchored on content tokens matched by
 * diff-match-patch, and only the stretches between anchors are diffed token
 * by token — everything under one deadline.
 */
import type DiffMatchPatch from "diff-match-patch";
import { heaviestCommonSubsequence } from "./heaviest-common-subsequence";

export type RawDiff = Array<[number, string]>;

/** A content token must outweigh a run of function words and punctuation (weight 0 → 1, 1 → 11, 2 → 21). */
const CONTENT_SCALE = 10;

/**
 * `ea` / `eb`: the two token strings (one code unit per token);
 * `weight(code)`: what a token tells a reader (0 for function words and
 * punctuation); `deadline`: the time in ms (diff-match-patch's clock) by
 * which every diff-match-patch call gives up refining.
 */
export function weightedTokenDiff(dmp: DiffMatchPatch, ea: string, eb: string, weight: (code: number) => number, deadline: number): RawDiff {
  const out: RawDiff = [];
  let prefix = 0;
  while (prefix < ea.length && prefix < eb.length && ea.charCodeAt(prefix) === eb.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < ea.length - prefix &&
    suffix < eb.length - prefix &&
    ea.charCodeAt(ea.length - 1 - suffix) === eb.charCodeAt(eb.length - 1 - suffix)
  )
    suffix++;
  if (prefix > 0) out.push([0, ea.slice(0, prefix)]);
  const ma = ea.slice(prefix, ea.length - suffix);
  const mb = eb.slice(prefix, eb.length - suffix);
  const scaled = (code: number): number => weight(code) * CONTENT_SCALE + 1;
  const matches = ma === "" || mb === "" ? [] : heaviestCommonSubsequence(ma, mb, scaled);
  if (matches !== null) pushMatched(out, ma, mb, matches, (sa, sb) => (sa === "" ? [[1, sb]] : [[-1, sa], [1, sb]]));
  else anchorOnContent(out, dmp, ma, mb, weight, deadline);
  if (suffix > 0) out.push([0, ea.slice(ea.length - suffix)]);
  return out;
}

/**
 * Appends the diff of `sa` / `sb` given matched index pairs, in order: each
 * match is a shared token, and what lies between two matches goes to
 * `between` (never both empty).
 */
function pushMatched(
  out: RawDiff,
  sa: string,
  sb: string,
  matches: ReadonlyArray<readonly [number, number]>,
  between: (a: string, b: string) => RawDiff,
): void {
  let fromA = 0;
  let fromB = 0;
  const gap = (toA: number, toB: number): void => {
    const a = sa.slice(fromA, toA);
    const b = sb.slice(fromB, toB);
    if (a === "" && b === "") return;
    if (b === "") out.push([-1, a]);
    else for (const d of between(a, b)) out.push(d);
  };
  for (const [i, j] of matches) {
    gap(i, j);
    out.push([0, sa[i] as string]);
    fromA = i + 1;
    fromB = j + 1;
  }
  gap(sa.length, sb.length);
}

/** The long-input path: content tokens matched by diff-match-patch are anchors; diff-match-patch again between them. */
function anchorOnContent(out: RawDiff, dmp: DiffMatchPatch, sa: string, sb: string, weight: (code: number) => number, deadline: number): void {
  let ca = "";
  let cb = "";
  const atA: number[] = [];
  const atB: number[] = [];
  for (let k = 0; k < sa.length; k++) {
    if (weight(sa.charCodeAt(k)) === 0) continue;
    ca += sa[k];
    atA.push(k);
  }
  for (let k = 0; k < sb.length; k++) {
    if (weight(sb.charCodeAt(k)) === 0) continue;
    cb += sb[k];
    atB.push(k);
  }
  const anchors: Array<[number, number]> = [];
  let ia = 0;
  let ib = 0;
  for (const [op, text] of dmp.diff_main(ca, cb, false, deadline)) {
    if (op < 0) ia += text.length;
    else if (op > 0) ib += text.length;
    else for (let k = 0; k < text.length; k++) anchors.push([atA[ia++] as number, atB[ib++] as number]);
  }
  pushMatched(out, sa, sb, anchors, (a, b) => (a === "" ? [[1, b]] : dmp.diff_main(a, b, false, deadline)));
}
