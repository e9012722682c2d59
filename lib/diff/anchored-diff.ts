/**
 * The raw token diff, content words first. diff-match-patch finds a longest
 * common subsequence in which every token counts the same, so a shared "the"
 * can win over a shared "Ljubljana" a few words away, and the clean-up then
 * has no name left to keep. Here the subsequence is first taken over the
 * content tokens alone (names, numbers, content words: token-weight.ts);
 * those matches are anchors, and only the stretches between two anchors are
 * diffed token by token, function words and punctuation included.
 */
import type DiffMatchPatch from "diff-match-patch";
import { heaviestCommonSubsequence } from "./heaviest-common-subsequence";

export type RawDiff = Array<[number, string]>;

/**
 * `ea` / `eb`: the two token strings (one code unit per token);
 * `weight(code)`: what a token weighs (0: never an anchor); `deadline`: the time in ms
 * (diff-match-patch's clock) by which every call must give up refining.
 */
export function anchoredDiff(dmp: DiffMatchPatch, ea: string, eb: string, weight: (code: number) => number, deadline: number): RawDiff {
  let ca = "";
  let cb = "";
  const atA: number[] = [];
  const atB: number[] = [];
  for (let k = 0; k < ea.length; k++) {
    if (weight(ea.charCodeAt(k)) === 0) continue;
    ca += ea[k];
    atA.push(k);
  }
  for (let k = 0; k < eb.length; k++) {
    if (weight(eb.charCodeAt(k)) === 0) continue;
    cb += eb[k];
    atB.push(k);
  }

  const out: RawDiff = [];
  let fromA = 0;
  let fromB = 0;
  const between = (toA: number, toB: number): void => {
    const sa = ea.slice(fromA, toA);
    const sb = eb.slice(fromB, toB);
    if (sa === "" && sb === "") return;
    if (sa === "") out.push([1, sb]);
    else if (sb === "") out.push([-1, sa]);
    else for (const d of dmp.diff_main(sa, sb, false, deadline)) out.push(d);
  };
  for (const [ia, ib] of contentMatches(dmp, ca, cb, weight, deadline)) {
    const anchorA = atA[ia] as number;
    const anchorB = atB[ib] as number;
    between(anchorA, anchorB);
    out.push([0, ea[anchorA] as string]);
    fromA = anchorA + 1;
    fromB = anchorB + 1;
  }
  between(ea.length, eb.length);
  return out;
}

/** Matched positions in the two content strings: the heaviest common subsequence, or diff-match-patch's on long strings. */
function contentMatches(dmp: DiffMatchPatch, ca: string, cb: string, weight: (code: number) => number, deadline: number): Array<[number, number]> {
  const heaviest = heaviestCommonSubsequence(ca, cb, weight);
  if (heaviest !== null) return heaviest;
  const pairs: Array<[number, number]> = [];
  let ia = 0;
  let ib = 0;
  for (const [op, text] of dmp.diff_main(ca, cb, false, deadline)) {
    if (op < 0) ia += text.length;
    else if (op > 0) ib += text.length;
    else for (let k = 0; k < text.length; k++) pairs.push([ia++, ib++]);
  }
  return pairs;
}
