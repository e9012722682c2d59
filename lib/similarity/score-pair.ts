/**
 * Sentence-pair scoring: does passage B report the same content as passage A?
 * The aligner calls `prepareSentence` once per passage and `scorePrepared` for
 * each candidate pair, so per-pair work must stay cheap (microseconds).
 *
 * PROVISIONAL implementation (weighted stem overlap); lib/similarity owns the
 * tuned version. The exported names and shapes are the contract.
 */
import type { AlignmentKind } from "../compare/types";
import { tokenize } from "../text/tokens";

export interface SentenceFeatures {
  /** Content stems with their weights (rarer-looking words weigh more). */
  weights: Map<string, number>;
  total: number;
  /** Normalised word sequence, for the "identical" check. */
  normalized: string;
}

export interface PairVerdict {
  /** 0–1 graded similarity. */
  score: number;
  /** null: not the same content at all (no alignment). */
  kind: AlignmentKind | null;
  /** identical / near / paraphrase: reports the same content. */
  same: boolean;
}

export function prepareSentence(text: string): SentenceFeatures {
  const tokens = tokenize(text);
  const weights = new Map<string, number>();
  for (const t of tokens) {
    if (!t.isContent) continue;
    const w = t.isNumber || t.isCapitalized ? 2 : 1;
    weights.set(t.stem, Math.max(weights.get(t.stem) ?? 0, w));
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total, normalized: tokens.map((t) => t.norm).join(" ") };
}

export function scorePrepared(a: SentenceFeatures, b: SentenceFeatures): PairVerdict {
  if (a.normalized.length > 0 && a.normalized === b.normalized) return { score: 1, kind: "identical", same: true };
  let shared = 0;
  for (const [stem, w] of a.weights) if (b.weights.has(stem)) shared += Math.min(w, b.weights.get(stem) ?? 0);
  const union = a.total + b.total - shared;
  const score = union > 0 ? shared / union : 0;
  const kind: AlignmentKind | null = score >= 0.8 ? "near" : score >= 0.5 ? "paraphrase" : score >= 0.25 ? "partial" : null;
  return { score, kind, same: kind !== null && kind !== "partial" };
}

export function scorePair(a: string, b: string): PairVerdict {
  return scorePrepared(prepareSentence(a), prepareSentence(b));
}
