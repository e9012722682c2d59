/**
 * The whole pairwise analysis of two documents: segment → align → word diff →
 * omission flags. The one entry point the app, the CLI and reports share.
 */
import type { AliasEntry } from "../entities/aliases";
import { findOmissionItems } from "../omissions/find-omissions";
import type { AlignParams } from "../align/params";
import { comparePassages } from "./compare-documents";
import { prepareDocument, type PreparedDocument } from "./prepared-document";
import type { ComparableDocument, Comparison } from "../types/comparison";

export interface AnalyseOptions {
  /** Analyst-added aliases on top of the built-in list. */
  aliases?: readonly AliasEntry[];
  align?: Partial<AlignParams>;
}

export function analyseDocuments(a: ComparableDocument, b: ComparableDocument, options: AnalyseOptions = {}): Comparison {
  return analysePrepared(prepareDocument(a), prepareDocument(b), options);
}

/** The same on prepared documents: what they already know of themselves is not worked out again. */
export function analysePrepared(a: PreparedDocument, b: PreparedDocument, options: AnalyseOptions = {}): Comparison {
  const compared = comparePassages(a.passages, b.passages, options.align, { a: a.alignment, b: b.alignment });
  const grouped = findOmissionItems(
    {
      a: { passages: a.passages, reading: a.reading, title: a.info.title, outlet: a.info.outlet },
      b: { passages: b.passages, reading: b.reading, title: b.info.title, outlet: b.info.outlet },
      alignments: compared.alignments,
      onlyA: compared.onlyA,
      onlyB: compared.onlyB,
    },
    { aliases: options.aliases },
  );
  return { a: a.info, b: b.info, ...compared, ...grouped };
}
