/**
 * What the story page's coverage view shows, built on the server from the
 * N-way coverage: rows ordered so that gaps come first (a name or passage
 * most sources report and some leave out), each cell with the sentences
 * behind it, and the story flags pointing at their rows.
 */
import { htmlLang, isComparedCell, notComparedReason, storyLanguageNote } from "@/lib/compare/language-note";
import { comparedReports, type Coverage, type CoverageFlag } from "@/lib/omissions/coverage";
import { coverageItems } from "@/lib/omissions/coverage-items";
import type { Passage } from "@/lib/text/types";
import { flagRowKey, gapsFirst } from "@/lib/report/coverage-order";
import type { Importance } from "@/lib/types/comparison";
import { clipAtWord } from "@/lib/text/clip";

/** Sentences shown per source and cell; longer lists say how many more there are. */
const SENTENCES_PER_CELL = 4;
const SENTENCE_CHARS = 420;

export interface CoverageSourceView {
  id: string;
  label: string;
  /** The label of the source it is a copy of (the original of its group of copies), or null. */
  copyOf: string | null;
  /** HTML `lang` of its text, when not English. */
  lang?: string;
  /** False when it is not in the story's language, so not compared (lib/omissions/coverage.ts). */
  compared: boolean;
}

export interface CoverageCellView {
  count: number;
  /** Why the source has no count here ("not compared: in German"): its language; null when it has one. */
  notCompared: string | null;
  /** The sentences behind the count (at most SENTENCES_PER_CELL), with their passage numbers. */
  sentences: Array<{ passage: number; text: string }>;
}

export interface CoverageRowView {
  key: string;
  /** "figure": a figure as the sources give it (an amount most give and some leave out). */
  kind: "entity" | "passage" | "figure";
  label: string;
  cells: CoverageCellView[];
  presentIn: number;
  /** The story flag about this row's gap, if there is one. */
  flag: string | null;
  importance: Importance | null;
}

export interface StoryFlagView {
  key: string;
  /** The item's number, as every story report gives it (coverageItems): fixed, so hiding dismissed items leaves a gap. */
  number: number;
  /** Other flags of the same omission item (a name inside a passage most sources report), shown with it. */
  grouped: string[];
  /** "conflict": a figure the sources disagree on (who gives which is in `figures`); "figure": one some leave out (how each gives it in `figures`). */
  kind: CoverageFlag["kind"];
  text: string;
  term: string;
  importance: Importance;
  absentFrom: string[];
  presentIn: number;
  of: number;
  reasons: string[];
  /** Key of the matrix row it is about. */
  row: string;
  /** The sentences behind it, per source (in the order of `sources`). */
  sentences: CoverageCellView["sentences"][];
  /** Per source: why it is not compared on this flag (another language), so neither reports nor leaves it out; null when it is. */
  notCompared: Array<string | null>;
  /** A conflict or a figure left out: per source, the figure it gives ("Nine people"), null when it gives none. */
  figures?: Array<string | null>;
}

export interface StoryCoverageModel {
  sources: CoverageSourceView[];
  /** Independent reports: sources minus copies, and minus sources not compared (another language). */
  reports: number;
  rows: CoverageRowView[];
  /** Rows left out of `rows` (the matrix shows the strongest `limit`). */
  moreRows: number;
  flags: StoryFlagView[];
  /** What the sources' languages leave uncompared (lib/compare/language-note.ts), or null. */
  languageNote: string | null;
}


/** A row's label: the name; the passage; the figure, with the sentence that gives it (“41 parts” alone says little). */
function rowLabel(row: Coverage["rows"][number]): string {
  if (row.kind === "entity") return row.term ?? "";
  if (row.kind === "figure") return row.text ? `${row.term ?? ""} — ${clipAtWord(row.text, 140)}` : (row.term ?? "");
  return clipAtWord(row.text ?? "", 160);
}

/**
 * `articles`: the story's articles and what each is a syndicated copy of
 * (lib/services/story-overview.ts), so the matrix names the same copy as the
 * articles table does.
 */
export function buildStoryCoverageModel(
  coverage: Coverage,
  passages: ReadonlyArray<readonly Passage[]>,
  articles: ReadonlyArray<{ id: string; copyOf: string | null }> = [],
  limit = 40,
): StoryCoverageModel {
  const flagByRow = new Map<string, CoverageFlag>();
  for (const flag of coverage.flags) {
    const row = flagRowKey(flag.key);
    if (!flagByRow.has(row)) flagByRow.set(row, flag);
  }
  // Which article is a copy of which is the overview's to say (one rule for the table, the matrix and
  // the reports); without it, each group's first column is its original (the story lists originals first).
  const markedCopyOf = new Map(articles.map((a) => [a.id, a.copyOf]));
  const firstOfGroup = new Map<number, string>();
  for (const s of coverage.sources) if (!firstOfGroup.has(s.group)) firstOfGroup.set(s.group, s.id);
  const labelOf = new Map(coverage.sources.map((s) => [s.id, s.label]));
  const sources: CoverageSourceView[] = coverage.sources.map((s) => {
    const first = firstOfGroup.get(s.group);
    const copyOf = markedCopyOf.has(s.id) ? (markedCopyOf.get(s.id) ?? null) : first === undefined || first === s.id ? null : (labelOf.get(first) ?? null);
    return { id: s.id, label: s.label, copyOf, compared: s.compared !== false, ...(s.language ? { lang: htmlLang(s.language) } : {}) };
  });
  const reports = comparedReports(coverage);

  // Gaps first: flagged rows by the flag's rank, then other rows with an absence, then rows every source has.
  const rank = (key: string) => {
    const flag = flagByRow.get(key);
    return flag ? coverage.flags.indexOf(flag) : Number.POSITIVE_INFINITY;
  };
  const ordered = gapsFirst(coverage.rows, rank, isComparedCell(coverage.sources));
  // Every flagged row is kept (up to a bound), so each story flag can open its sentences.
  const rows: CoverageRowView[] = ordered.slice(0, Math.max(limit, Math.min(flagByRow.size, 120))).map((row) => {
    const flag = flagByRow.get(row.key);
    return {
      key: row.key,
      kind: row.kind,
      label: rowLabel(row),
      presentIn: row.presentIn,
      flag: flag?.key ?? null,
      importance: flag ? flag.importance : null,
      cells: row.counts.map((count, i) => {
        const byIndex = passages[i] ?? [];
        const list = row.passages[i] ?? [];
        return {
          count,
          notCompared: notComparedReason(row.kind, coverage.sources[i] ?? { label: "" }),
          sentences: list.slice(0, SENTENCES_PER_CELL).map((index) => ({ passage: index + 1, text: clipAtWord(byIndex[index]?.text ?? byIndex.find((p) => p.index === index)?.text ?? "", SENTENCE_CHARS) })),
        };
      }),
    };
  });
  const sentencesOf = (lists: readonly (readonly number[])[]) =>
    lists.map((list, i) => {
      const byIndex = passages[i] ?? [];
      return list.slice(0, SENTENCES_PER_CELL).map((index) => ({ passage: index + 1, text: clipAtWord(byIndex[index]?.text ?? byIndex.find((p) => p.index === index)?.text ?? "", SENTENCE_CHARS) }));
    });
  // One entry per omission item, grouped as the story reports group them: its lead flag, the item's other flags named beside it.
  const flags: StoryFlagView[] = coverageItems(coverage.flags).map(({ number, lead: f, others }) => {
    return {
      key: f.key,
      number,
      grouped: others.map((m) => (m.kind === "entity" ? (m.term ?? "") : clipAtWord(m.term ?? "", 80))),
      kind: f.kind,
      text: f.text,
      term: f.kind === "entity" ? (f.term ?? "") : clipAtWord(f.term ?? "", 160),
      importance: f.importance,
      // A conflict leaves nothing out: each source's cell says the figure it gives.
      absentFrom: f.kind === "conflict" ? [] : f.absentFrom.map((id) => labelOf.get(id) ?? id),
      presentIn: f.presentIn,
      of: f.of,
      reasons: f.reasons ?? [],
      row: flagRowKey(f.key),
      sentences: sentencesOf(f.passages ?? []),
      notCompared: coverage.sources.map((source) => notComparedReason(f.kind === "entity" ? "entity" : "passage", source)),
      ...(f.figures ? { figures: coverage.sources.map((source) => f.figures?.find((g) => g.sources.includes(source.id))?.phrase ?? null) } : {}),
    };
  });
  return { sources, reports, rows, moreRows: Math.max(0, coverage.rows.length - rows.length), flags, languageNote: storyLanguageNote(coverage.sources) };
}
