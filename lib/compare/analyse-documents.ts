/**
 * The whole pairwise analysis of two documents: segment → align → word diff →
 * omission flags. The one entry point the app, the CLI and reports share.
 */
import type { AliasEntry } from "../entities/aliases";
import { findOmissionItems } from "../omissions/find-omissions";
import type { AlignParams } from "../align/params";
import { comparePassages } from "./compare-documents";
import { prepareDocument, type PreparedDocument } from "./prepared-document";
import type { ComparableDocument, Comparison, SourceInfo } from "../types/comparison";
import { sameLanguage } from "../text/language";
import { pairLabels, type SideLabels } from "./source-labels";

export interface AnalyseOptions {
  /** Analyst-added aliases on top of the built-in list. */
  aliases?: readonly AliasEntry[];
  align?: Partial<AlignParams>;
  /**
   * How the view names the two sides (a story's "Meridian Press (1)" and "(3)"): the reasons and notes
   * say them as the rest of the view does. By default the pair's own rule (source-labels.ts), which
   * tells two articles of one outlet apart ("Brackley Gazette (6 Dec)"). Words only: no finding nor key depends on them.
   */
  labels?: SideLabels;
}

export function analyseDocuments(a: ComparableDocument, b: ComparableDocument, options: AnalyseOptions = {}): Comparison {
  return analysePrepared(prepareDocument(a), prepareDocument(b), options);
}

/** The same on prepared documents: what they already know of themselves is not worked out again. */
export function analysePrepared(a: PreparedDocument, b: PreparedDocument, options: AnalyseOptions = {}): Comparison {
  const compared = comparePassages(a.passages, b.passages, options.align, { a: a.alignment, b: b.alignment });
  const labels = options.labels ?? pairLabels(a.info, b.info);
  const grouped = findOmissionItems(
    {
      a: { passages: a.passages, reading: a.reading, title: a.info.title, outlet: a.info.outlet, label: labels.a },
      b: { passages: b.passages, reading: b.reading, title: b.info.title, outlet: b.info.outlet, label: labels.b },
      alignments: compared.alignments,
      onlyA: compared.onlyA,
      onlyB: compared.onlyB,
    },
    { aliases: options.aliases },
  );
  const crossLanguage = !sameLanguage(a.reading.language, b.reading.language);
  return { a: withLanguage(a), b: withLanguage(b), ...compared, ...grouped, ...(crossLanguage ? { crossLanguage: true as const } : {}) };
}

/** The article's details, with its language when it is not English (names were then not compared). */
function withLanguage(doc: PreparedDocument): SourceInfo {
  const { language } = doc.reading;
  if (!language.english) return { ...doc.info, language: language.code };
  // Details carried over from an earlier result may name a language this text is not in.
  return doc.info.language === undefined ? doc.info : { ...doc.info, language: undefined };
}
