/**
 * The whole pairwise analysis of two documents: segment → align → word diff →
 * omission flags. The one entry point the app, the CLI and reports share.
 */
import type { AliasEntry } from "../entities/aliases";
import { findOmissions } from "../omissions/find-omissions";
import { segmentBlocks } from "../text/segment";
import type { AlignParams } from "../align/params";
import { comparePassages } from "./compare-documents";
import type { ComparableDocument, Comparison } from "./types";

export interface AnalyseOptions {
  /** Analyst-added aliases on top of the built-in list. */
  aliases?: readonly AliasEntry[];
  align?: Partial<AlignParams>;
}

export function analyseDocuments(a: ComparableDocument, b: ComparableDocument, options: AnalyseOptions = {}): Comparison {
  const passagesA = segmentBlocks(a.blocks);
  const passagesB = segmentBlocks(b.blocks);
  const compared = comparePassages(passagesA, passagesB, options.align);
  const omissions = findOmissions(
    { a: { passages: passagesA }, b: { passages: passagesB }, alignments: compared.alignments, onlyA: compared.onlyA, onlyB: compared.onlyB },
    { aliases: options.aliases },
  );
  return { a: a.info, b: b.info, ...compared, omissions };
}
