/**
 * The aligner compares at most `maxPassages` passages per side (a guard
 * against absurd input, lib/align/params.ts) and lists every passage past the
 * cap as unmatched, so the omission pass would call each of them "only in A".
 * That is not a finding, it is text nobody looked at: this takes those
 * passages out of the unmatched lists and the passage flags, and says how many
 * were left uncompared so the page can tell the analyst.
 */
import { DEFAULT_ALIGN_PARAMS } from "../align/params";
import type { Comparison, Omission, PassageRef } from "../compare/types";

export interface NotCompared {
  /** Passages of each side past the cap, never aligned. */
  a: number;
  b: number;
  /** The cap: passages per side that were compared. */
  limit: number;
}

/** A one-sided passage flag about passages that were never compared says nothing about the other side. */
function aboutUncomparedOnly(flag: Omission, limit: number): boolean {
  if (flag.kind !== "passage") return false;
  const present = flag.missingFrom === "a" ? flag.passagesB : flag.passagesA;
  return present.length > 0 && present.every((index) => index >= limit);
}

export function setAsideUncompared(
  comparison: Comparison,
  limit: number = DEFAULT_ALIGN_PARAMS.maxPassages,
): { comparison: Comparison; notCompared: NotCompared | null } {
  const a = Math.max(0, comparison.stats.passagesA - limit);
  const b = Math.max(0, comparison.stats.passagesB - limit);
  if (a === 0 && b === 0) return { comparison, notCompared: null };
  const compared = (ref: PassageRef) => ref.index < limit;
  const onlyA = comparison.onlyA.filter(compared);
  const onlyB = comparison.onlyB.filter(compared);
  return {
    comparison: {
      ...comparison,
      onlyA,
      onlyB,
      omissions: comparison.omissions.filter((flag) => !aboutUncomparedOnly(flag, limit)),
      stats: { ...comparison.stats, onlyA: onlyA.length, onlyB: onlyB.length },
    },
    notCompared: { a, b, limit },
  };
}
