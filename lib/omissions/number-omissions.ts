/**
 * Number flags: aligned passages that report the same thing with different
 * figures or dates ("three-day" vs "two-day"), or where one gives a figure the
 * other leaves out.
 */
import type { Alignment, Omission } from "../types/comparison";
import { missingValues, extractNumbers, type NumberMention } from "./numbers";
import { shortHash, normalizedWords } from "./stable-key";
import { joinRefs } from "../compare/join-refs";
import type { Tokenizer } from "../entities/token-memo";
import { tokenize } from "../text/tokens";

function list(ms: readonly NumberMention[]): string {
  return ms.map((m) => m.surface).join(", ");
}

function values(ms: readonly NumberMention[]): string {
  return ms.map((m) => m.value).sort().join(",");
}

/** `tokens`: the comparison's tokenizer (see OmissionContext), so a passage is not tokenised again here. */
export function numberOmissions(alignments: readonly Alignment[], tokens: Tokenizer = tokenize): Omission[] {
  const flags: Omission[] = [];
  for (const al of alignments) {
    // A partial pair reports overlapping but different things: its figures need not agree.
    if (al.kind === "partial") continue;
    const aText = joinRefs(al.a);
    const bText = joinRefs(al.b);
    const aNums = extractNumbers(aText, tokens(aText));
    const bNums = extractNumbers(bText, tokens(bText));
    const onlyA = missingValues(aNums, bNums);
    const onlyB = missingValues(bNums, aNums);
    if (onlyA.length === 0 && onlyB.length === 0) continue;
    const both = onlyA.length > 0 && onlyB.length > 0;
    const changed = onlyA.some((x) => onlyB.some((y) => y.kind === x.kind));
    const missingFrom = changed || onlyA.length > 0 ? "b" : "a";
    const pairKey = shortHash(`${normalizedWords(aText, tokens)}|${normalizedWords(bText, tokens)}`);
    flags.push({
      kind: "number",
      missingFrom,
      term: both ? `${list(onlyA)} → ${list(onlyB)}` : list(onlyA.length > 0 ? onlyA : onlyB),
      text: missingFrom === "b" ? aText : bText,
      countA: onlyA.length,
      countB: onlyB.length,
      severity: changed ? 0.75 : 0.4,
      passagesA: al.a.map((r) => r.index),
      passagesB: al.b.map((r) => r.index),
      note: both
        ? `A says ${list(onlyA)}; B says ${list(onlyB)}`
        : `${missingFrom === "b" ? "A" : "B"} gives ${list(onlyA.length > 0 ? onlyA : onlyB)}; the matching passage in ${missingFrom.toUpperCase()} does not`,
      // The pair's own diff is already the word diff of these same joined texts.
      diff: al.diff,
      key: `number:${missingFrom}:${values(onlyA)}>${values(onlyB)}:${pairKey}`,
    });
  }
  return flags;
}
