/**
 * Two articles → a Comparison: segment both, align their passages, word-diff
 * every aligned pair. Omissions are filled in by lib/omissions downstream
 * (left empty here so this stays the alignment step only).
 */
import { alignPassages, type KnownFeatures } from "../align/align-passages";
import type { AlignParams } from "../align/params";
import { wordDiff } from "../diff/word-diff";
import { segmentBlocks } from "../text/segment";
import type { Passage } from "../text/types";
import { joinRefs } from "./join-refs";
import type { Alignment, ComparableDocument, Comparison, ComparisonStats, PassageRef } from "../types/comparison";

export type PassageComparison = Pick<Comparison, "similarity" | "alignments" | "onlyA" | "onlyB" | "stats">;

export function compareDocuments(a: ComparableDocument, b: ComparableDocument, params?: Partial<AlignParams>): Comparison {
  const result = comparePassages(segmentBlocks(a.blocks), segmentBlocks(b.blocks), params);
  return { a: a.info, b: b.info, ...result, omissions: [], items: [] };
}

/** The same on already segmented passages (e.g. stored ones). */
export function comparePassages(
  passagesA: readonly Passage[],
  passagesB: readonly Passage[],
  params?: Partial<AlignParams>,
  known?: KnownFeatures,
): PassageComparison {
  const aligned = alignPassages(passagesA, passagesB, params, known);
  const refsA = (ids: number[]) => ids.map((k) => toRef(passagesA[k] as Passage));
  const refsB = (ids: number[]) => ids.map((k) => toRef(passagesB[k] as Passage));
  const alignments: Alignment[] = aligned.pairs.map((pair) => {
    const a = refsA(pair.a);
    const b = refsB(pair.b);
    return { kind: pair.kind, score: pair.score, a, b, diff: wordDiff(joinRefs(a), joinRefs(b)), moved: pair.moved };
  });
  const stats: ComparisonStats = {
    passagesA: passagesA.length,
    passagesB: passagesB.length,
    identical: 0,
    near: 0,
    paraphrase: 0,
    partial: 0,
    moved: alignments.filter((x) => x.moved).length,
    onlyA: aligned.onlyA.length,
    onlyB: aligned.onlyB.length,
    notComparedA: aligned.notCompared.a,
    notComparedB: aligned.notCompared.b,
  };
  for (const x of alignments) stats[x.kind]++;
  return { similarity: aligned.similarity, alignments, onlyA: refsA(aligned.onlyA), onlyB: refsB(aligned.onlyB), stats };
}

function toRef(p: Passage): PassageRef {
  return { index: p.index, text: p.text, paragraph: p.paragraph, role: p.role, start: p.start, end: p.end };
}
